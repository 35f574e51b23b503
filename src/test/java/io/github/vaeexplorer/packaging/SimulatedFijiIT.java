package io.github.vaeexplorer.packaging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.github.vaeexplorer.data.synthetic.ShapesGenerator;
import io.github.vaeexplorer.data.synthetic.ShapesSpec;
import io.github.vaeexplorer.nd4j.NativeBackend;
import io.github.vaeexplorer.nd4j.NativePlatform;

import ij.IJ;
import ij.ImagePlus;
import ij.io.FileSaver;

import java.awt.GraphicsEnvironment;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A Fiji.app made in {@code target/fiji-sim/}: Fiji's core jars at pom-scijava's versions in {@code jars/}, then the
 * update site of {@code target/fiji-update-site/} copied in as Fiji's updater would install it on this machine
 * ({@code plugins/}, {@code jars/}, {@code jars/<this platform>/}). It is started the way Fiji's launcher starts
 * Fiji: {@code jars/*.jar}, {@code jars/*}{@code /*.jar}, {@code plugins/*.jar} and {@code plugins/*}{@code /*.jar}
 * on the class path and {@code jars/<platform>/} on the module path (where two jars with one module name stop the
 * JVM). ImageJ's own main class stands in for Fiji's, which is not on Maven Central. A batch macro trains and sweeps
 * through the plugin's menu commands.
 */
@Timeout(value = 8, unit = TimeUnit.MINUTES) // Fiji gets up to 4 minutes for its macro
class SimulatedFijiIT {

	@Test
	void fijiWithTheUpdateSiteTrainsAndSweeps() throws IOException, InterruptedException {
		Assumptions.assumeTrue(System.getenv("DISPLAY") != null && !GraphicsEnvironment.isHeadless(),
			"ImageJ 1.x's run() needs a display: run under xvfb-run");
		NativePlatform platform = NativeBackend.detectPlatform();
		Path fiji = Paths.get("target", "fiji-sim", "Fiji.app").toAbsolutePath();
		deleteTree(fiji.getParent());
		installFijiCore(fiji.resolve("jars"));
		Path site = Paths.get("target", "fiji-update-site").toAbsolutePath();
		copyJars(site.resolve("plugins"), fiji.resolve("plugins"));
		copyJars(site.resolve("jars"), fiji.resolve("jars"));
		copyJars(site.resolve("jars").resolve(platform.fijiFolder()), fiji.resolve("jars").resolve(platform
			.fijiFolder()));

		Path work = Files.createDirectories(fiji.getParent().resolve("work"));
		ImagePlus shapes = new ShapesGenerator(ShapesSpec.builder().imageSize(32).count(120).seed(5).build())
			.generate().stack();
		Path stack = work.resolve("shapes.tif"), model = work.resolve("fiji.vae.zip"), sweep = work.resolve(
			"sweep.tif");
		assertTrue(new FileSaver(shapes).saveAsTiffStack(stack.toString()));
		String macro = "open(\"" + stack + "\");\n" +
			"run(\"Train VAE...\", \"model=[" + model + "] architecture=dense latent=3 epochs=1 batch=32 size=16\");\n" +
			"run(\"Latent Sweep...\", \"model=[" + model + "] dim=0 steps=5\");\n" +
			"saveAs(\"Tiff\", \"" + sweep + "\");\n" +
			"print(\"native build: [\" + call(\"java.lang.System.getProperty\", \"" + NativeBackend.EXTENSION_PROPERTY +
			"\") + \"]\");\n";
		String log = launch(fiji, platform, work, macro);

		assertTrue(Files.isRegularFile(model), "no model file; Fiji printed:\n" + log);
		ImagePlus swept = IJ.openImage(sweep.toString());
		assertEquals(5, swept.getStackSize(), log);
		assertEquals(32, swept.getWidth(), "the sweep has the source's size");
		assertTrue(log.contains("native build: [" + platform.updateSiteBuild() + "]") || !NativeBackend.cpuCanRun(
			platform.updateSiteBuild(), NativeBackend.cpuFlags(platform)), log);
		assertFalse(log.contains("Exception") || log.contains("Error"), log);
	}

	/** Fiji's core jars that the plugin uses, at pom-scijava's versions (the build's own copies of them). */
	private static void installFijiCore(Path jars) throws IOException {
		Set<String> core = new HashSet<>(Arrays.asList(System.getProperty("vae.fijiCoreArtifacts", "").split(",")));
		Files.createDirectories(jars);
		int copied = 0;
		for (Path jar : list(Paths.get("target", "dependency"))) {
			if (core.contains(jar.getFileName().toString().replaceFirst("-\\d.*$", ""))) {
				Files.copy(jar, jars.resolve(jar.getFileName()));
				copied++;
			}
		}
		assertEquals(core.size(), copied, "every Fiji core artifact of " + core + " is a dependency of the build");
	}

	/** Starts the Fiji.app as Fiji's launcher would on this platform, with a batch macro; returns what it printed. */
	private static String launch(Path fiji, NativePlatform platform, Path work, String macro) throws IOException,
		InterruptedException
	{
		List<Path> classPath = new ArrayList<>();
		classPath.addAll(list(fiji.resolve("jars")));
		for (Path folder : folders(fiji.resolve("jars"))) classPath.addAll(list(folder));
		classPath.addAll(list(fiji.resolve("plugins")));
		for (Path folder : folders(fiji.resolve("plugins"))) classPath.addAll(list(folder));
		Path file = work.resolve("fiji.ijm"), log = work.resolve("fiji.log");
		Files.write(file, macro.getBytes(StandardCharsets.UTF_8));
		List<String> command = Arrays.asList(Paths.get(System.getProperty("java.home"), "bin", "java").toString(),
			"-Xmx2g", "--module-path=" + fiji.resolve("jars").resolve(platform.fijiFolder()), "-Dij.dir=" + fiji,
			"-Dplugins.dir=" + fiji, "-Dfiji.dir=" + fiji, "-cp", classPath.stream().map(Path::toString).collect(
				Collectors.joining(File.pathSeparator)), "ij.ImageJ", "-ijpath", fiji.toString(), "-batch", file
					.toString());
		Process process = new ProcessBuilder(command).directory(fiji.toFile()).redirectErrorStream(true)
			.redirectOutput(log.toFile()).start();
		if (!process.waitFor(4, TimeUnit.MINUTES)) {
			process.destroyForcibly();
			fail("Fiji did not finish in 4 minutes; see " + log);
		}
		String text = new String(Files.readAllBytes(log), StandardCharsets.UTF_8);
		assertEquals(0, process.exitValue(), text);
		return text;
	}

	private static void copyJars(Path from, Path to) throws IOException {
		Files.createDirectories(to);
		for (Path jar : list(from)) Files.copy(jar, to.resolve(jar.getFileName()));
	}

	private static List<Path> list(Path dir) throws IOException {
		if (!Files.isDirectory(dir)) return new ArrayList<>();
		try (Stream<Path> files = Files.list(dir)) {
			return files.filter(p -> p.getFileName().toString().endsWith(".jar")).sorted().collect(Collectors.toList());
		}
	}

	private static List<Path> folders(Path dir) throws IOException {
		try (Stream<Path> files = Files.list(dir)) {
			return files.filter(Files::isDirectory).sorted().collect(Collectors.toList());
		}
	}

	private static void deleteTree(Path dir) throws IOException {
		if (!Files.exists(dir)) return;
		try (Stream<Path> all = Files.walk(dir)) {
			for (Path p : all.sorted(Comparator.reverseOrder()).collect(Collectors.toList())) Files.delete(p);
		}
	}
}
