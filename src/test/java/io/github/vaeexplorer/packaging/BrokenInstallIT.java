package io.github.vaeexplorer.packaging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged command line ({@code java -jar target/VAE_Explorer-*.jar}) on a platform whose natives are not
 * installed, or that ND4J does not support: JavaCPP is told it runs elsewhere ({@code -Dorg.bytedeco.javacpp.platform})
 * and the CLI must answer with one line naming what is missing, exit code 1, and no stack trace.
 */
class BrokenInstallIT {

	@Test
	void missingNativesAreNamedOnTheCommandLine() throws IOException, InterruptedException {
		List<String> err = cli("macosx-arm64", "info", "--model", "any.vae.zip");
		assertEquals(Arrays.asList("error: VAE Explorer's installation lacks ND4J's native library for macosx-arm64 " +
			"(nd4j-native-1.0.0-M2.1-macosx-arm64.jar in jars/macos-arm64/). In Fiji: Help > Update..., enable the " +
			"VAE Explorer update site and apply its changes; in plain ImageJ: copy the whole plugins/ folder of the VAE " +
			"Explorer download into ImageJ's plugins/ folder. Then restart."), err);
	}

	@Test
	void anUnsupportedPlatformIsNamedOnTheCommandLine() throws IOException, InterruptedException {
		List<String> err = cli("windows-arm64", "info", "--model", "any.vae.zip");
		assertEquals(Arrays.asList("error: VAE Explorer does not run on windows-arm64: ND4J 1.0.0-M2.1 has native " +
			"libraries for linux-x86_64, linux-arm64, macosx-x86_64, macosx-arm64, windows-x86_64 only."), err);
	}

	@Test
	void verbsThatNeedNoNativesWorkWithoutThem(@TempDir Path dir) throws IOException, InterruptedException {
		Path out = dir.resolve("shapes.tif");
		Process process = new ProcessBuilder(java("windows-arm64", "sample_data", "--sample", "shapes", "--out", out
			.toString())).redirectErrorStream(true).start();
		String text = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertTrue(process.waitFor(2, TimeUnit.MINUTES));
		assertEquals(0, process.exitValue(), text);
		assertTrue(Files.size(out) > 0);
	}

	/** Runs the packaged CLI as JavaCPP would on {@code platform}; asserts exit code 1; returns its stderr lines. */
	private static List<String> cli(String platform, String... args) throws IOException, InterruptedException {
		Process process = new ProcessBuilder(java(platform, args)).redirectOutput(ProcessBuilder.Redirect.DISCARD)
			.start();
		String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
		if (!process.waitFor(2, TimeUnit.MINUTES)) {
			process.destroyForcibly();
			fail("the CLI did not finish");
		}
		assertEquals(1, process.exitValue(), err);
		return Arrays.stream(err.split("\n")).filter(l -> !l.isEmpty()).collect(Collectors.toList());
	}

	/** The command line of the packaged CLI as JavaCPP would see it on {@code platform}. */
	private static List<String> java(String platform, String... args) throws IOException {
		Path jar;
		try (Stream<Path> files = Files.list(Paths.get("target"))) {
			jar = files.filter(p -> p.getFileName().toString().matches("VAE_Explorer-[^-]+(-SNAPSHOT)?\\.jar"))
				.findFirst().orElseThrow(() -> new AssertionError("run mvn package first"));
		}
		List<String> command = new ArrayList<>(Arrays.asList(Paths.get(System.getProperty("java.home"), "bin",
			"java").toString(), "-Dorg.bytedeco.javacpp.platform=" + platform, "-jar", jar.toString()));
		command.addAll(Arrays.asList(args));
		return command;
	}
}
