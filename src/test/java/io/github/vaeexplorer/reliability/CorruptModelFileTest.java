package io.github.vaeexplorer.reliability;

import static io.github.vaeexplorer.reliability.Harness.assertCliFails;
import static io.github.vaeexplorer.reliability.Harness.cli;
import static io.github.vaeexplorer.reliability.Harness.inputs;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.vaeexplorer.command.LatentSweepCommand;
import io.github.vaeexplorer.model.ModelFile;
import io.github.vaeexplorer.model.ModelFileException;
import io.github.vaeexplorer.model.VaeModel;
import io.github.vaeexplorer.nd4j.NativeBackend;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Damaged model files, each loaded through the CLI ({@code info}) and a command ({@code Latent Sweep}): a one-line
 * message naming the file, never a hang, a crash or an OutOfMemoryError. A flipped byte the zip format does not
 * protect (a timestamp, say) may load, but then the model must decode exactly as the original.
 */
class CorruptModelFileTest {

	@TempDir
	static Path dir;
	private static Harness harness;
	private static Path good;
	private static byte[] bytes;
	private static float[] reference;

	@BeforeAll
	static void start() throws IOException {
		NativeBackend.ensureLoaded();
		harness = new Harness();
		Path tif = Harness.saveTiff(Harness.shapes(16, 24, 8), dir.resolve("s.tif"));
		good = Harness.trainTinyModel(tif, dir.resolve("good.vae.zip"), 3);
		bytes = Files.readAllBytes(good);
		reference = ModelFile.load(good).decode(new float[][] { { 0.5f, -1f, 1f } })[0];
	}

	@AfterAll
	static void stop() {
		harness.close();
	}

	/**
	 * Either refused with a named one-line message by both paths (returns true), or loaded with identical behaviour
	 * (returns false).
	 */
	private static boolean check(Path file) {
		VaeModel loaded;
		try {
			loaded = ModelFile.load(file);
		}
		catch (ModelFileException e) {
			assertTrue(e.getMessage().startsWith(file.getFileName() + ": "), e.getMessage());
			assertCliFails(cli("info", "--model", file.toString()), file.getFileName() + ": ");
			harness.assertCommandFails(LatentSweepCommand.class, inputs("model", file.toString()), file.getFileName() +
				": ");
			return true;
		}
		assertArrayEquals(reference, loaded.decode(new float[][] { { 0.5f, -1f, 1f } })[0], 0f, file + " loaded but " +
			"decodes differently");
		return false;
	}

	@Test
	void missingEmptyTextAndIncompleteFiles() throws IOException {
		assertTrue(check(dir.resolve("missing.vae.zip")));
		assertTrue(check(Files.write(dir.resolve("empty.vae.zip"), new byte[0])));
		assertTrue(check(Files.write(dir.resolve("text.vae.zip"), "just some notes".getBytes(StandardCharsets.UTF_8))));
		Path noWeights = dir.resolve("noweights.vae.zip");
		try (OutputStream out = Files.newOutputStream(noWeights); ZipOutputStream zip = new ZipOutputStream(out)) {
			zip.putNextEntry(new ZipEntry("config.json"));
			zip.write("{}".getBytes(StandardCharsets.UTF_8));
			zip.closeEntry();
		}
		assertTrue(check(noWeights));
	}

	@Test
	void truncatedAtFiftyRandomOffsets() throws IOException {
		Random random = new Random(50);
		for (int i = 0; i < 50; i++) {
			int length = random.nextInt(bytes.length);
			Path file = Files.write(dir.resolve("cut" + i + ".vae.zip"), Arrays.copyOf(bytes, length));
			assertTrue(check(file), "a file cut at " + length + " of " + bytes.length + " bytes is refused");
		}
	}

	@Test
	void twentyRandomSingleByteFlips() throws IOException {
		Random random = new Random(20);
		int harmless = 0;
		for (int i = 0; i < 20; i++) {
			byte[] copy = bytes.clone();
			int at = random.nextInt(copy.length);
			copy[at] ^= (byte) (1 << random.nextInt(8));
			if (!check(Files.write(dir.resolve("flip" + i + ".vae.zip"), copy))) harmless++;
		}
		assertTrue(harmless <= 4, harmless + " of 20 flips went unnoticed; only zip metadata may be harmless");
	}
}
