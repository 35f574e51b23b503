package io.github.vaeexplorer.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.vaeexplorer.data.synthetic.ShapesGenerator;
import io.github.vaeexplorer.data.synthetic.ShapesSpec;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import ij.IJ;
import ij.ImagePlus;
import ij.io.FileSaver;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command line, in-process: verbs, exit codes, one-line errors, and no partial files.
 */
class MainTest {

	@TempDir
	static Path dir;
	private static Path stack;
	private static Path model;

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();
	private final ByteArrayOutputStream err = new ByteArrayOutputStream();

	@BeforeAll
	static void trainTinyModel() throws IOException {
		ImagePlus imp = new ShapesGenerator(ShapesSpec.builder().imageSize(16).count(80).seed(3).build()).generate()
			.stack();
		stack = dir.resolve("shapes16.tif");
		assertTrue(new FileSaver(imp).saveAsTiffStack(stack.toString()));
		model = dir.resolve("tiny.vae.zip");
		MainTest t = new MainTest();
		int code = t.run("train", "--input", stack.toString(), "--model", model.toString(), "--architecture", "conv",
			"--size", "16", "--latent", "4", "--epochs", "2", "--batch", "16");
		assertEquals(0, code, t.err());
	}

	private int run(String... args) {
		return new Main(new PrintStream(out, true), new PrintStream(err, true)).run(args);
	}

	private String err() {
		return new String(err.toByteArray(), StandardCharsets.UTF_8);
	}

	private String out() {
		return new String(out.toByteArray(), StandardCharsets.UTF_8);
	}

	private void assertOneLineError(int code, String start) {
		assertEquals(1, code);
		String e = err();
		assertTrue(e.startsWith("error: " + start), e);
		assertEquals(1, e.trim().split("\n").length, "one line: " + e);
	}

	@Test
	void infoPrintsTheContractsJson() {
		assertEquals(0, run("info", "--model", model.toString()));
		JsonObject json = JsonParser.parseString(out()).getAsJsonObject();
		assertEquals("conv", json.getAsJsonObject("config").get("architecture").getAsString());
		assertEquals(2, json.getAsJsonArray("history").size());
		assertTrue(json.getAsJsonArray("history").get(0).getAsJsonObject().has("validation_loss"));
		assertEquals(4, json.getAsJsonArray("kl_per_dim").size());
		assertTrue(json.has("active_dims"));
	}

	@Test
	void sweepWritesALabelledStack() {
		Path tif = dir.resolve("sweep.tif");
		assertEquals(0, run("sweep", "--model", model.toString(), "--out", tif.toString(), "--steps", "7", "--dim",
			"2"), err());
		ImagePlus sweep = IJ.openImage(tif.toString());
		assertEquals(7, sweep.getStackSize());
		assertEquals("z2=-3.00", sweep.getStack().getSliceLabel(1));
		assertEquals(16, sweep.getWidth());
	}

	@Test
	void trainWithoutInputIsAUsageError() {
		assertOneLineError(run("train", "--model", dir.resolve("x.vae.zip").toString()), "--input is required");
	}

	@Test
	void missingInputFileIsNamed() {
		assertOneLineError(run("train", "--input", dir.resolve("nope.tif").toString(), "--model", dir.resolve(
			"x.vae.zip").toString()), "--input " + dir.resolve("nope.tif") + " does not exist");
	}

	@Test
	void textFileAsModelIsNamedAndNothingIsWritten() throws IOException {
		Path text = dir.resolve("notes.txt");
		Files.write(text, "not a model".getBytes(StandardCharsets.UTF_8));
		Path tif = dir.resolve("never.tif");
		assertOneLineError(run("sweep", "--model", text.toString(), "--out", tif.toString()), "notes.txt: ");
		assertFalse(Files.exists(tif));
	}

	@Test
	void zeroStepsIsRefusedWithoutAPartialFile() throws IOException {
		Path tif = dir.resolve("zero.tif");
		assertOneLineError(run("sweep", "--model", model.toString(), "--out", tif.toString(), "--steps", "0"),
			"steps must be");
		assertFalse(Files.exists(tif));
		try (Stream<Path> files = Files.list(dir)) {
			assertFalse(files.anyMatch(p -> p.getFileName().toString().endsWith(".partial")));
		}
	}

	@Test
	void dimOutOfRangeIsRefused() {
		assertOneLineError(run("sweep", "--model", model.toString(), "--out", dir.resolve("d.tif").toString(), "--dim",
			"9"), "dim must be from 0 to 3");
	}

	@Test
	void unknownKeyIsNamed() {
		assertOneLineError(run("sweep", "--model", model.toString(), "--out", dir.resolve("k.tif").toString(),
			"--stepz", "3"), "unknown key 'stepz'");
	}

	@Test
	void unknownVerbIsAUsageError() {
		assertEquals(2, run("fly"));
		assertTrue(err().startsWith("error: unknown verb 'fly'"));
	}

	@Test
	void interactiveIsRefusedWithoutADisplay() {
		assertOneLineError(run("interactive", "--model", model.toString()), "interactive needs a display");
	}
}
