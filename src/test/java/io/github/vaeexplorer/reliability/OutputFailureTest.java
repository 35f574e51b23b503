package io.github.vaeexplorer.reliability;

import static io.github.vaeexplorer.reliability.Harness.assertCliFails;
import static io.github.vaeexplorer.reliability.Harness.cli;
import static io.github.vaeexplorer.reliability.Harness.inputs;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.github.vaeexplorer.command.TrainVaeCommand;
import io.github.vaeexplorer.nd4j.NativeBackend;

import ij.ImagePlus;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Outputs that cannot be written: a clear message, no half-written file under the final name, and nothing of
 * another kind overwritten. (A full disk is simulated with a failing stream in ModelFileFullDiskTest.)
 */
class OutputFailureTest {

	@TempDir
	static Path dir;
	private static Harness harness;
	private static ImagePlus stack;
	private static Path tif, model;

	@BeforeAll
	static void start() {
		NativeBackend.ensureLoaded();
		harness = new Harness();
		stack = Harness.shapes(16, 16, 6);
		tif = Harness.saveTiff(stack, dir.resolve("s.tif"));
		model = Harness.trainTinyModel(tif, dir.resolve("ok.vae.zip"), 2);
	}

	@AfterAll
	static void stop() {
		harness.close();
	}

	@Test
	void unwritableFolder() throws IOException {
		Path notAFolder = Files.write(dir.resolve("plain-file"), new byte[] { 1 });
		Path out = notAFolder.resolve("sweep.tif");
		assertCliFails(cli("sweep", "--model", model.toString(), "--out", out.toString()), "does not exist");
		assertCliFails(cli("train", "--input", tif.toString(), "--model", notAFolder.resolve("m.vae.zip").toString(),
			"--epochs", "1", "--architecture", "dense", "--size", "16"), "does not exist");
		harness.assertCommandFails(TrainVaeCommand.class, inputs("image", stack, "model", notAFolder.resolve(
			"m.vae.zip").toString(), "epochs", 1, "architecture", "dense", "size", 16), "does not exist");
	}

	@Test
	void existingFileOfAnotherKindIsNotOverwritten() throws IOException {
		byte[] notes = "precious notes".getBytes(StandardCharsets.UTF_8);
		Path text = Files.write(dir.resolve("notes.txt"), notes);
		assertCliFails(cli("sweep", "--model", model.toString(), "--out", text.toString()), "not overwriting");
		assertArrayEquals(notes, Files.readAllBytes(text));
		assertCliFails(cli("train", "--input", tif.toString(), "--model", text.toString(), "--epochs", "1",
			"--architecture", "dense", "--size", "16"), "not overwriting");
		assertArrayEquals(notes, Files.readAllBytes(text));
		Harness.assertNoPartialFiles(dir);
	}

	@Test
	void existingFileOfTheSameKindIsReplaced() throws IOException {
		Path out = dir.resolve("again.tif");
		assertEquals(0, cli("sweep", "--model", model.toString(), "--out", out.toString(), "--steps", "2").code);
		assertEquals(0, cli("sweep", "--model", model.toString(), "--out", out.toString(), "--steps", "3").code);
		assertEquals(3, ij.IJ.openImage(out.toString()).getStackSize());
		assertEquals(0, cli("train", "--input", tif.toString(), "--model", model.toString(), "--epochs", "1",
			"--architecture", "dense", "--size", "16", "--latent", "2").code);
		assertFalse(Files.exists(dir.resolve("again.tif.partial")));
		Harness.assertNoPartialFiles(dir);
	}
}
