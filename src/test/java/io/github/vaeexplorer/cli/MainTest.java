package io.github.vaeexplorer.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
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

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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

	private final CliCapture cli = new CliCapture();

	@BeforeAll
	static void trainTinyModel() throws IOException {
		ImagePlus imp = new ShapesGenerator(ShapesSpec.builder().imageSize(16).count(80).seed(3).build()).generate()
			.stack();
		stack = dir.resolve("shapes16.tif");
		assertTrue(new FileSaver(imp).saveAsTiffStack(stack.toString()));
		model = dir.resolve("tiny.vae.zip");
		CliCapture training = new CliCapture();
		int code = training.run("train", "--input", stack.toString(), "--model", model.toString(), "--architecture", "conv",
			"--size", "16", "--latent", "4", "--epochs", "2", "--batch", "16");
		assertEquals(0, code, training.err());
	}

	private void assertOneLineError(int code, String start) {
		assertEquals(1, code);
		String e = cli.err();
		assertTrue(e.startsWith("error: " + start), e);
		assertEquals(1, e.trim().split("\n").length, "one line: " + e);
	}

	@Test
	void theSourceIsNeverTheOutput() throws IOException {
		byte[] before = Files.readAllBytes(stack);
		for (String verb : new String[] { "reconstruct", "interpolate" }) {
			assertOneLineError(cli.run(verb, "--model", model.toString(), "--input", stack.toString(), "--out", dir
				.resolve(".").resolve(stack.getFileName()).toString()), "--out ");
			assertTrue(cli.err().contains("is the --input image: the source is never replaced"), cli.err());
			cli.resetErr();
		}
		assertArrayEquals(before, Files.readAllBytes(stack), "the source stack is untouched");
	}

	@Test
	void infoPrintsTheContractsJson() {
		assertEquals(0, cli.run("info", "--model", model.toString()));
		JsonObject json = JsonParser.parseString(cli.out()).getAsJsonObject();
		assertEquals("conv", json.getAsJsonObject("config").get("architecture").getAsString());
		assertEquals(2, json.getAsJsonArray("history").size());
		assertTrue(json.getAsJsonArray("history").get(0).getAsJsonObject().has("validation_loss"));
		assertEquals(4, json.getAsJsonArray("kl_per_dim").size());
		assertTrue(json.has("active_dims"));
	}

	@Test
	void sweepWritesALabelledStack() {
		Path tif = dir.resolve("sweep.tif");
		assertEquals(0, cli.run("sweep", "--model", model.toString(), "--out", tif.toString(), "--steps", "7", "--dim",
			"2"), cli.err());
		ImagePlus sweep = IJ.openImage(tif.toString());
		assertEquals(7, sweep.getStackSize());
		assertEquals("z2=-3.00", sweep.getStack().getSliceLabel(1));
		assertEquals(16, sweep.getWidth());
	}

	@Test
	void gridWritesTheHyperstackOfEveryDimensionTimesSteps() {
		Path tif = dir.resolve("grid.tif");
		assertEquals(0, cli.run("grid", "--model", model.toString(), "--out", tif.toString(), "--dims", "all", "--steps",
			"3", "--range", "observed"), cli.err());
		ImagePlus grid = IJ.openImage(tif.toString());
		assertEquals(12, grid.getStackSize());
		assertEquals(3, grid.getNSlices());
		assertEquals(4, grid.getNFrames());
		assertTrue(grid.getStack().getSliceLabel(1).matches("z\\d=[+-]\\d+\\.\\d\\d"), grid.getStack().getSliceLabel(1));
		assertTrue(cli.out().contains("Traversal grid, rows: z"), cli.out());
	}

	@Test
	void interpolationEndsAreTheReconstructionsOfTheTwoSlices() throws IOException {
		Path interpolation = dir.resolve("interpolation.tif"), recon = dir.resolve("recon.tif"), errors = dir.resolve(
			"errors.csv");
		assertEquals(0, cli.run("interpolate", "--model", model.toString(), "--input", stack.toString(), "--out",
			interpolation.toString(), "--first", "5", "--last", "9", "--steps", "4", "--path", "spherical"), cli.err());
		assertEquals(0, cli.run("reconstruct", "--model", model.toString(), "--input", stack.toString(), "--out", recon
			.toString(), "--table", errors.toString()), cli.err());
		ImagePlus path = IJ.openImage(interpolation.toString()), r = IJ.openImage(recon.toString());
		assertEquals("spherical t=0.000 (slice 5)", path.getStack().getSliceLabel(1));
		assertEquals(4, path.getStackSize());
		assertEquals(80, r.getStackSize());
		assertArrayEquals((float[]) r.getStack().getPixels(5), (float[]) path.getStack().getPixels(1), 0f);
		assertArrayEquals((float[]) r.getStack().getPixels(9), (float[]) path.getStack().getPixels(4), 0f);
		List<String> lines = Files.readAllLines(errors, StandardCharsets.UTF_8);
		assertEquals("slice,mse,bce_nats", lines.get(0));
		assertEquals(81, lines.size());
		assertTrue(lines.get(1).startsWith("1,"), lines.get(1));
		assertTrue(cli.out().contains("Reconstruction of shapes16.tif: mean squared error"), cli.out());
	}

	@Test
	void sampleWritesCountImagesFromThePrior() {
		Path tif = dir.resolve("samples.tif");
		assertEquals(0, cli.run("sample", "--model", model.toString(), "--out", tif.toString(), "--count", "5", "--seed",
			"2"), cli.err());
		ImagePlus samples = IJ.openImage(tif.toString());
		assertEquals(5, samples.getStackSize());
		assertEquals("prior sample 5 (seed 2)", samples.getStack().getSliceLabel(5));
	}

	@Test
	void encodeWritesTheTableAsCsv() throws IOException {
		Path csv = dir.resolve("latents.csv");
		assertEquals(0, cli.run("encode", "--model", model.toString(), "--input", stack.toString(), "--out", csv
			.toString()), cli.err());
		List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
		assertEquals("slice,mu_0,mu_1,mu_2,mu_3,logvar_0,logvar_1,logvar_2,logvar_3", lines.get(0));
		assertEquals(81, lines.size());
		String[] row = lines.get(80).split(",");
		assertEquals(9, row.length);
		assertEquals("80", row[0]);
		for (String v : row) assertTrue(Double.isFinite(Double.parseDouble(v)), v);
	}

	@Test
	void encodeRefusesToOverwriteAnImageWithItsCsv() throws IOException {
		Path tif = dir.resolve("precious.tif");
		assertTrue(new FileSaver(IJ.openImage(stack.toString())).saveAsTiffStack(tif.toString()));
		long size = Files.size(tif);
		assertOneLineError(cli.run("encode", "--model", model.toString(), "--input", stack.toString(), "--out", tif
			.toString()), "precious.tif: exists and is not a CSV table; not overwriting it");
		assertEquals(size, Files.size(tif));
	}

	@Test
	void tableIsOnlyForVerbsThatMakeATableBesideAnImage() {
		assertOneLineError(cli.run("sweep", "--model", model.toString(), "--out", dir.resolve("t.tif").toString(),
			"--table", dir.resolve("t.csv").toString()), "unknown key '--table' for sweep");
	}

	@Test
	void trainWithoutInputIsAUsageError() {
		assertOneLineError(cli.run("train", "--model", dir.resolve("x.vae.zip").toString()), "--input is required");
	}

	@Test
	void missingInputFileIsNamed() {
		assertOneLineError(cli.run("train", "--input", dir.resolve("nope.tif").toString(), "--model", dir.resolve(
			"x.vae.zip").toString()), "--input " + dir.resolve("nope.tif") + " does not exist");
	}

	@Test
	void textFileAsModelIsNamedAndNothingIsWritten() throws IOException {
		Path text = dir.resolve("notes.txt");
		Files.write(text, "not a model".getBytes(StandardCharsets.UTF_8));
		Path tif = dir.resolve("never.tif");
		assertOneLineError(cli.run("sweep", "--model", text.toString(), "--out", tif.toString()), "notes.txt: ");
		assertFalse(Files.exists(tif));
	}

	@Test
	void zeroStepsIsRefusedWithoutAPartialFile() throws IOException {
		Path tif = dir.resolve("zero.tif");
		assertOneLineError(cli.run("sweep", "--model", model.toString(), "--out", tif.toString(), "--steps", "0"),
			"steps must be");
		assertFalse(Files.exists(tif));
		try (Stream<Path> files = Files.list(dir)) {
			assertFalse(files.anyMatch(p -> p.getFileName().toString().endsWith(".partial")));
		}
	}

	@Test
	void dimOutOfRangeIsRefused() {
		assertOneLineError(cli.run("sweep", "--model", model.toString(), "--out", dir.resolve("d.tif").toString(), "--dim",
			"9"), "dim must be from 0 to 3");
	}

	@Test
	void unknownKeyIsNamed() {
		assertOneLineError(cli.run("sweep", "--model", model.toString(), "--out", dir.resolve("k.tif").toString(),
			"--stepz", "3"), "unknown key 'stepz'");
	}

	@Test
	void unknownVerbIsAUsageError() {
		assertEquals(2, cli.run("fly"));
		assertTrue(cli.err().startsWith("error: unknown verb 'fly'"));
	}

	@Test
	void interactiveIsRefusedWithoutADisplay() {
		assertOneLineError(cli.run("interactive", "--model", model.toString()), "interactive needs a display");
	}
}
