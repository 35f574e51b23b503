package io.github.vaeexplorer.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.vaeexplorer.data.synthetic.ShapesDataset;
import io.github.vaeexplorer.data.synthetic.ShapesGenerator;
import io.github.vaeexplorer.data.synthetic.ShapesSpec;
import io.github.vaeexplorer.model.ModelFile;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import ij.io.FileSaver;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The {@code metrics} and {@code study} verbs in-process: JSON on stdout, files in --out, one-line errors. */
class MetricsVerbsTest {

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
			"--architecture", "dense", "--size", "16", "--latent", "3", "--epochs", "1", "--objective", "capacity",
			"--capacity", "5"), training.err());
	}

	@Test
	void trainStoresTheObjectiveGivenOnTheCommandLine() {
		assertEquals("capacity", ModelFile.load(model).config().objective().key());
		assertEquals(5, ModelFile.load(model).config().capacity(), 0.0);
	}

	@Test
	void metricsPrintsJsonWithMigAndGaps() {
		assertEquals(0, cli.run("metrics", "--model", model.toString(), "--input", stack.toString(), "--factors", factors
			.toString()), cli.err());
		JsonObject json = JsonParser.parseString(cli.out()).getAsJsonObject();
		double mig = json.get("mig").getAsDouble();
		assertTrue(mig >= 0 && mig <= 1, "mig " + mig);
		assertEquals(5, json.getAsJsonArray("factors").size());
		assertTrue(json.getAsJsonObject("gaps").has("prior_precision"));
		assertTrue(json.getAsJsonObject("smoothness").has("max_step_ratio"));
	}

	@Test
	void codesWrittenByEncodeScoreExactlyAsTheModelDoes() throws IOException {
		Path codes = dir.resolve("codes.csv");
		assertEquals(0, cli.run("encode", "--model", model.toString(), "--input", stack.toString(), "--out", codes
			.toString()), cli.err());
		cli.resetOut();
		assertEquals(0, cli.run("metrics", "--model", model.toString(), "--input", stack.toString(), "--factors", factors
			.toString()), cli.err());
		JsonObject viaModel = JsonParser.parseString(cli.out()).getAsJsonObject();
		cli.resetOut();
		assertEquals(0, cli.run("metrics", "--latents", codes.toString(), "--factors", factors.toString()), cli.err());
		JsonObject viaCodes = JsonParser.parseString(cli.out()).getAsJsonObject();
		assertEquals(48, viaCodes.get("rows").getAsInt());
		assertEquals(3, viaCodes.get("latent").getAsInt());
		assertEquals(viaModel.get("mig").getAsDouble(), viaCodes.get("mig").getAsDouble(), 1e-5);
		assertEquals(viaModel.get("sap").getAsDouble(), viaCodes.get("sap").getAsDouble(), 1e-5);
		assertEquals(viaModel.get("factors"), viaCodes.get("factors"));
	}

	@Test
	void codesThatAreTheFactorsThemselvesGetAPerfectGapForEachFactor() throws IOException {
		java.util.List<String> lines = Files.readAllLines(factors, StandardCharsets.UTF_8);
		int columns = lines.get(0).split(",").length;
		StringBuilder csv = new StringBuilder("slice");
		for (int d = 0; d < columns; d++) csv.append(",mu_").append(d);
		for (int i = 1; i < lines.size(); i++) csv.append('\n').append(i).append(',').append(lines.get(i));
		Path oracle = dir.resolve("oracle.csv");
		Files.write(oracle, csv.toString().getBytes(StandardCharsets.UTF_8));
		assertEquals(0, cli.run("metrics", "--latents", oracle.toString(), "--factors", factors.toString()), cli.err());
		JsonObject json = JsonParser.parseString(cli.out()).getAsJsonObject();
		for (com.google.gson.JsonElement f : json.getAsJsonArray("factors")) {
			JsonObject factor = f.getAsJsonObject();
			if (factor.get("entropy").getAsDouble() == 0) continue;
			assertEquals(1.0, factor.get("mi_normalised").getAsDouble(), 1e-9, factor.toString());
		}
	}

	@Test
	void codesWithoutMuColumnsOrFactorsAreOneLineErrors() throws IOException {
		Path bad = dir.resolve("bad-codes.csv");
		Files.write(bad, "slice,z0\n1,0.5\n".getBytes(StandardCharsets.UTF_8));
		assertEquals(1, cli.run("metrics", "--latents", bad.toString(), "--factors", factors.toString()));
		assertTrue(cli.err().contains("no column mu_0"), cli.err());
		cli.resetErr();
		assertEquals(1, cli.run("metrics", "--latents", bad.toString()));
		assertTrue(cli.err().contains("--factors"), cli.err());
		assertEquals(1, cli.err().trim().split("\n").length);
	}

	@Test
	void samplesScoreAgainstTheDataWithoutAModel() throws IOException {
		assertEquals(0, cli.run("metrics", "--input", stack.toString(), "--samples", stack.toString()), cli.err());
		JsonObject same = JsonParser.parseString(cli.out()).getAsJsonObject();
		assertEquals(1.0, same.get("sample_precision").getAsDouble(), 0.0);
		assertEquals(1.0, same.get("sample_recall").getAsDouble(), 0.0);
		assertEquals(48, same.get("data_images").getAsInt());
		assertEquals(5, same.get("k").getAsInt());
		assertEquals(16, same.get("feature_size").getAsInt());

		// The data in 32-bit (as our sample writes, de-normalised) score as the 8-bit data do; white slices, far from
		// every shape on its black background, cover nothing.
		ij.ImagePlus floats = ij.IJ.openImage(stack.toString());
		new ij.process.StackConverter(floats).convertToGray32();
		Path asFloat = dir.resolve("shapes16-32bit.tif");
		assertTrue(new FileSaver(floats).saveAsTiffStack(asFloat.toString()));
		ij.ImageStack white = new ij.ImageStack(16, 16);
		for (int i = 0; i < 10; i++) {
			ij.process.ByteProcessor p = new ij.process.ByteProcessor(16, 16);
			p.setValue(255);
			p.fill();
			white.addSlice(p);
		}
		Path far = dir.resolve("white.tif");
		assertTrue(new FileSaver(new ij.ImagePlus("white", white)).saveAsTiffStack(far.toString()));
		cli.resetOut();
		assertEquals(0, cli.run("metrics", "--input", stack.toString(), "--samples", asFloat.toString()), cli.err());
		JsonObject floatScores = JsonParser.parseString(cli.out()).getAsJsonObject();
		assertEquals(1.0, floatScores.get("sample_precision").getAsDouble(), 0.0);
		assertEquals(1.0, floatScores.get("sample_recall").getAsDouble(), 0.0);
		cli.resetOut();
		assertEquals(0, cli.run("metrics", "--input", stack.toString(), "--samples", far.toString()), cli.err());
		JsonObject farScores = JsonParser.parseString(cli.out()).getAsJsonObject();
		assertEquals(0.0, farScores.get("sample_precision").getAsDouble(), 0.0);
		assertEquals(0.0, farScores.get("sample_recall").getAsDouble(), 0.0);
	}

	@Test
	void samplesWithAModelOrMissingAreOneLineErrors() {
		assertEquals(1, cli.run("metrics", "--input", stack.toString(), "--samples", stack.toString(), "--model", model
			.toString()));
		assertTrue(cli.err().contains("needs no model"), cli.err());
		assertEquals(1, cli.err().trim().split("\n").length);
		cli.resetErr();
		assertEquals(1, cli.run("metrics", "--input", stack.toString(), "--samples", dir.resolve("none.tif")
			.toString()));
		assertTrue(cli.err().contains("--samples") && cli.err().contains("does not exist"), cli.err());
	}

	@Test
	void metricsWithoutInputIsAOneLineError() {
		assertEquals(1, cli.run("metrics", "--model", model.toString()));
		assertEquals("error: --input is required (the stack to measure on)", cli.err().trim());
	}

	@Test
	void metricsWithAnUnknownKeyNamesIt() {
		assertEquals(1, cli.run("metrics", "--model", model.toString(), "--input", stack.toString(), "--factor", "x"));
		assertTrue(cli.err().startsWith("error: unknown key 'factor' for Latent Metrics..."), cli.err());
	}

	@Test
	void studyPrintsJsonAndWritesItsFiles() {
		Path folder = dir.resolve("study");
		assertEquals(0, cli.run("study", "--input", stack.toString(), "--betas", "0,1", "--seeds", "1", "--epochs", "1",
			"--architecture", "dense", "--size", "16", "--latent", "2", "--out", folder.toString()), cli.err());
		JsonObject json = JsonParser.parseString(cli.out()).getAsJsonObject();
		assertEquals(2, json.getAsJsonArray("runs").size());
		assertTrue(json.get("complete").getAsBoolean());
		for (String file : new String[] { "study.json", "study.csv", "montage.png", "montage.tif", "plots.png",
			"plots.tif", "beta0-seed42.vae.zip", "beta1-seed42.vae.zip", "chosen.vae.zip" })
		{
			assertTrue(Files.isRegularFile(folder.resolve(file)), file);
		}
		assertEquals(1.0, ModelFile.load(folder.resolve("beta1-seed42.vae.zip")).config().beta(), 0.0);
		JsonObject chosen = json.getAsJsonObject("ranking").getAsJsonObject("chosen");
		double beta = Double.parseDouble(chosen.get("settings").getAsString().substring("beta:".length()));
		assertEquals(beta, ModelFile.load(folder.resolve("chosen.vae.zip")).config().beta(), 0.0);
		assertEquals(2, json.getAsJsonObject("ranking").getAsJsonArray("models").size());
	}
}
