package io.github.vaeexplorer.packaging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.github.vaeexplorer.ij.VaeExplorerMenu;
import io.github.vaeexplorer.nd4j.NativePlatform;

import java.io.IOException;
import java.lang.module.FindException;
import java.lang.module.ModuleFinder;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.ZipFile;

import org.junit.jupiter.api.Test;

/**
 * The installations {@code mvn package} lays out, checked against the rules of Fiji's launcher and updater: the
 * update site in {@code target/fiji-update-site/} and the plain-ImageJ folder in {@code target/imagej-plugin/}.
 */
class UpdateSiteLayoutIT {

	private static final Path SITE = Paths.get("target", "fiji-update-site");
	private static final Path PLAIN = Paths.get("target", "imagej-plugin", "plugins");
	/** What one platform's user downloads from the update site at most. */
	private static final long MAX_PLATFORM_BYTES = 150_000_000L;

	@Test
	void theSiteHasFijisFoldersAndOnePluginJar() throws IOException {
		assertEquals(Arrays.asList("jars", "plugins"), names(SITE, Files::isDirectory));
		assertEquals(1, jars(SITE.resolve("plugins")).size());
		assertTrue(jars(SITE.resolve("plugins")).get(0).getFileName().toString().startsWith("VAE_Explorer-"));
		Set<String> platformFolders = Arrays.stream(NativePlatform.values()).map(NativePlatform::fijiFolder).collect(
			Collectors.toCollection(TreeSet::new));
		assertEquals(new ArrayList<>(platformFolders), names(SITE.resolve("jars"), Files::isDirectory));
	}

	@Test
	void everyFolderHoldsAtMostOneJarPerModuleName() throws IOException {
		for (Path folder : folders()) {
			Map<String, List<String>> byModule = new HashMap<>();
			for (Path jar : jars(folder)) {
				JarIdentity id = JarIdentity.of(jar);
				byModule.computeIfAbsent(id.moduleName, k -> new ArrayList<>()).add(jar.getFileName().toString());
			}
			byModule.forEach((module, files) -> assertEquals(1, files.size(), folder + ": module " + module +
				" in " + files));
		}
		for (NativePlatform platform : NativePlatform.values()) {
			Path folder = SITE.resolve("jars").resolve(platform.fijiFolder());
			try {
				ModuleFinder.of(folder).findAll(); // what the JVM's boot layer does with Fiji's --module-path
			}
			catch (FindException e) {
				fail(folder + " on Fiji's module path: " + e.getMessage());
			}
		}
	}

	@Test
	void noJarTakesTheVersionlessNameOfAnotherArtifactFijiShips() throws IOException {
		Map<String, ManagedArtifacts.Artifact> managed = ManagedArtifacts.read(ManagedArtifacts.pomScijava());
		assertTrue(managed.size() > 500, "pom-scijava manages " + managed.size() + " artifacts");
		for (Path folder : folders()) {
			for (Path jar : jars(folder)) {
				JarIdentity id = JarIdentity.of(jar);
				String base = withoutPlatform(id.versionlessName()).replaceFirst("\\.jar$", "");
				ManagedArtifacts.Artifact fiji = managed.get(base);
				if (fiji == null) continue;
				assertEquals(fiji.groupId + ":" + fiji.artifactId + ":" + fiji.version, id.groupId + ":" + id.artifactId +
					":" + id.version, jar + " has the versionless name of " + fiji + ", which Fiji ships");
			}
		}
	}

	@Test
	void nothingFijisCoreShipsIsOnTheSite() throws IOException {
		Set<String> core = new HashSet<>(Arrays.asList(System.getProperty("vae.fijiCoreArtifacts", "").split(",")));
		assertTrue(core.contains("scijava-common") && core.contains("ij"), "vae.fijiCoreArtifacts: " + core);
		for (Path folder : folders()) {
			for (Path jar : jars(folder)) {
				assertFalse(core.contains(JarIdentity.of(jar).artifactId), jar + " is in Fiji's core");
			}
		}
	}

	@Test
	void eachPlatformsDownloadIsAtMost150MB() throws IOException {
		long common = size(jars(SITE.resolve("plugins"))) + size(jars(SITE.resolve("jars")));
		StringBuilder sizes = new StringBuilder("update-site download per platform (bytes):");
		for (NativePlatform platform : NativePlatform.values()) {
			long total = common + size(jars(SITE.resolve("jars").resolve(platform.fijiFolder())));
			sizes.append(' ').append(platform.fijiFolder()).append('=').append(total);
			assertTrue(total <= MAX_PLATFORM_BYTES, platform.fijiFolder() + ": " + total + " bytes");
		}
		System.out.println(sizes);
	}

	@Test
	void eachPlatformFolderHoldsWhatNativeBackendLoadsThere() throws IOException {
		for (NativePlatform platform : NativePlatform.values()) {
			Path folder = SITE.resolve("jars").resolve(platform.fijiFolder());
			Set<String> entries = entries(jars(folder));
			for (String resource : new String[] { platform.nd4jLibrary(platform.updateSiteBuild()), platform
				.openblasLibrary(), platform.javacppLibrary() })
			{
				assertTrue(entries.contains(resource), folder + " lacks " + resource);
			}
			for (Path jar : jars(folder)) {
				assertTrue(jar.getFileName().toString().contains("-" + platform.javacppName()), jar + " in " + folder);
			}
		}
		for (Path jar : jars(SITE.resolve("jars"))) {
			for (NativePlatform platform : NativePlatform.values()) {
				assertFalse(jar.getFileName().toString().contains(platform.javacppName()), jar + " belongs in jars/" +
					platform.fijiFolder());
			}
		}
	}

	@Test
	void thePlainImageJFolderIsTheWholeInstallForEveryPlatform() throws IOException {
		assertEquals(Arrays.asList("jars"), names(PLAIN, Files::isDirectory));
		List<Path> plugin = jars(PLAIN);
		assertEquals(1, plugin.size());
		List<Path> libraries = jars(PLAIN.resolve("jars"));
		assertFalse(libraries.stream().anyMatch(p -> p.getFileName().toString().startsWith("ij-")), "ij.jar is ImageJ's");
		Set<String> entries = entries(libraries);
		for (NativePlatform platform : NativePlatform.values()) {
			assertTrue(entries.contains(platform.nd4jLibrary("")), platform.javacppName() + " portable build");
			for (String build : platform.cpuSpecificBuilds()) assertTrue(entries.contains(platform.nd4jLibrary(build)),
				platform.javacppName() + build);
			assertTrue(entries.contains(platform.openblasLibrary()) && entries.contains(platform.javacppLibrary()),
				platform.javacppName());
		}
		List<URL> urls = new ArrayList<>();
		for (Path p : libraries) urls.add(p.toUri().toURL());
		urls.add(plugin.get(0).toUri().toURL());
		try (URLClassLoader loader = new URLClassLoader(urls.toArray(new URL[0]), ClassLoader.getPlatformClassLoader())) {
			assertNull(VaeExplorerMenu.missingLibrary(loader));
		}
		Path zip = Paths.get("target").resolve(plugin.get(0).getFileName().toString().replace(".jar",
			"-imagej-plugin.zip"));
		try (ZipFile z = new ZipFile(zip.toFile())) {
			Set<String> zipped = z.stream().filter(e -> !e.isDirectory()).map(e -> e.getName()).collect(Collectors
				.toSet());
			Set<String> laidOut = new HashSet<>();
			laidOut.add("plugins/" + plugin.get(0).getFileName());
			for (Path p : libraries) laidOut.add("plugins/jars/" + p.getFileName());
			assertEquals(laidOut, zipped, zip + " holds what target/imagej-plugin/plugins/ holds");
		}
	}

	// -- Helpers --

	private static List<Path> folders() throws IOException {
		List<Path> folders = new ArrayList<>(Arrays.asList(SITE.resolve("plugins"), SITE.resolve("jars")));
		for (String platform : names(SITE.resolve("jars"), Files::isDirectory)) folders.add(SITE.resolve("jars")
			.resolve(platform));
		return folders;
	}

	private static String withoutPlatform(String versionless) {
		for (NativePlatform platform : NativePlatform.values()) {
			int at = versionless.indexOf("-" + platform.javacppName());
			if (at > 0) return versionless.substring(0, at) + ".jar";
		}
		return versionless;
	}

	private static List<String> names(Path dir, java.util.function.Predicate<Path> filter) throws IOException {
		try (Stream<Path> files = Files.list(dir)) {
			return files.filter(filter).map(p -> p.getFileName().toString()).sorted().collect(Collectors.toList());
		}
	}

	private static List<Path> jars(Path dir) throws IOException {
		try (Stream<Path> files = Files.list(dir)) {
			return files.filter(p -> p.getFileName().toString().endsWith(".jar")).sorted().collect(Collectors.toList());
		}
	}

	private static long size(List<Path> files) throws IOException {
		long total = 0;
		for (Path f : files) total += Files.size(f);
		return total;
	}

	private static Set<String> entries(List<Path> jars) throws IOException {
		Set<String> entries = new HashSet<>();
		for (Path jar : jars) {
			try (ZipFile zip = new ZipFile(jar.toFile())) {
				zip.stream().forEach(e -> entries.add(e.getName()));
			}
		}
		return entries;
	}
}
