package io.github.vaeexplorer.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.vaeexplorer.data.synthetic.ShapesDataset;
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
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** The {@code cluster}, {@code outliers} and {@code shift} verbs in-process: files, JSON, one-line errors. */
@Timeout(value = 3, unit = TimeUnit.MINUTES)
class AnalysisVerbsTest {

	@TempDir
	static Path dir;
	private static Path stack, factors, model;

	private final CliCapture cli = new CliCapture();

	@BeforeAll
	static void trainTinyModel() throws IOException {
		ShapesDataset shapes = new ShapesGenerator(ShapesSpec.builder().imageSize(16).count(48).seed(2).build())
			.generate();
		stack = dir.resolve("shapes16.tif");
		assertTrue(new FileSaver(shapes.stack()).saveAsTiffStack(stack.toString()));
		factors = dir.resolve("factors.csv");
		shapes.factors().write(factors);
		model = dir.resolve("tiny.vae.zip");
		CliCapture training = new CliCapture();
		assertEquals(0, training.run("train", "--input", stack.toString(), "--model", model.toString(),
			"--architecture", "dense", "--size", "16", "--latent", "3", "--epochs", "1"), training.err());
	}

	@Test
	void clusterWritesSliceAndClusterAndPrintsSilhouetteAndSizes() throws IOException {
		Path csv = dir.resolve("clusters.csv"), prototypes = dir.resolve("prototypes.tif");
		assertEquals(0, cli.run("cluster", "--model", model.toString(), "--input", stack.toString(), "--out", csv
			.toString(), "--k", "3", "--seed", "4", "--stack", prototypes.toString()), cli.err());
		JsonObject json = JsonParser.parseString(cli.out()).getAsJsonObject();
		double silhouette = json.get("silhouette").getAsDouble();
		assertTrue(silhouette >= -1 && silhouette <= 1, "silhouette " + silhouette);
		int total = 0;
		for (int i = 0; i < 3; i++) total += json.getAsJsonArray("sizes").get(i).getAsInt();
		assertEquals(48, total);
		List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
		assertEquals("slice,cluster", lines.get(0));
		assertEquals(49, lines.size());
		assertTrue(lines.get(1).matches("1,[012]"), lines.get(1));
		ImagePlus picture = IJ.openImage(prototypes.toString());
		assertEquals(3 * 6, picture.getStackSize());
		assertTrue(picture.getStack().getSliceLabel(1).startsWith("cluster 0 prototype"));
	}

	@Test
	void gmmClustersToo() throws IOException {
		Path csv = dir.resolve("gmm.csv");
		assertEquals(0, cli.run("cluster", "--model", model.toString(), "--input", stack.toString(), "--out", csv
			.toString(), "--k", "2", "--method", "gmm"), cli.err());
		assertEquals("gmm", JsonParser.parseString(cli.out()).getAsJsonObject().get("method").getAsString());
	}

	@Test
	void outliersWriteTheScoreWithItsPartsAndTheTopSlices() throws IOException {
		Path csv = dir.resolve("scores.csv"), top = dir.resolve("top.tif");
		assertEquals(0, cli.run("outliers", "--model", model.toString(), "--input", stack.toString(), "--out", csv
			.toString(), "--top", "5", "--stack", top.toString()), cli.err());
		List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
		assertEquals("slice,score,reconstruction,kl,nll_bits,complexity_bits,corrected_bits,rank", lines.get(0));
		assertEquals(49, lines.size());
		String[] first = lines.get(1).split(",");
		double score = Double.parseDouble(first[1]), bits = Double.parseDouble(first[4]), complexity = Double
			.parseDouble(first[5]), corrected = Double.parseDouble(first[6]);
		assertEquals(bits - complexity, corrected, 1e-3);
		assertTrue(score >= 0, "a distance from the median: " + score);
		assertEquals(5, IJ.openImage(top.toString()).getStackSize());
	}

	@Test
	void shiftPrintsEffectSizesAndPValuesAndWritesThePath() {
		Path tif = dir.resolve("shift.tif");
		assertEquals(0, cli.run("shift", "--model", model.toString(), "--input", stack.toString(), "--table", factors
			.toString(), "--column", "shape", "--from", "0", "--to", "1", "--steps", "4", "--out", tif.toString()), cli
				.err());
		JsonObject json = JsonParser.parseString(cli.out()).getAsJsonObject();
		assertEquals(3, json.getAsJsonArray("effect_size").size());
		assertEquals(3, json.getAsJsonArray("p_value").size());
		assertTrue(json.get("n_from").getAsInt() >= 2);
		ImagePlus path = IJ.openImage(tif.toString());
		assertEquals(4, path.getStackSize());
		assertEquals(16, path.getWidth());
	}

	@Test
	void badKeysAndTablesGetOneLineErrors() {
		assertEquals(1, cli.run("shift", "--model", model.toString(), "--input", stack.toString(), "--table", factors
			.toString(), "--column", "colour", "--from", "0", "--to", "1", "--out", dir.resolve("s.tif").toString()));
		assertTrue(cli.err().startsWith("error: column 'colour' is not in "), cli.err());
		CliCapture other = new CliCapture();
		assertEquals(1, other.run("shift", "--model", model.toString(), "--input", stack.toString(), "--table", factors
			.toString(), "--column", "shape", "--from", "0", "--to", "7", "--out", dir.resolve("s.tif").toString()));
		assertEquals("error: column shape has 0 slice(s) labelled '7': each group needs at least 2\n", other.err());
		CliCapture third = new CliCapture();
		assertEquals(1, third.run("cluster", "--model", model.toString(), "--input", stack.toString(), "--out", dir
			.resolve("c.csv").toString(), "--method", "ward"));
		assertEquals("error: method must be one of kmeans, gmm (got 'ward')\n", third.err());
		CliCapture fourth = new CliCapture();
		assertEquals(1, fourth.run("outliers", "--model", model.toString(), "--input", stack.toString()));
		assertTrue(fourth.err().startsWith("error: --out is required"), fourth.err());
	}
}
