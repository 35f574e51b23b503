package io.github.vaeexplorer.command;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.vaeexplorer.data.synthetic.ShapesDataset;
import io.github.vaeexplorer.data.synthetic.ShapesGenerator;
import io.github.vaeexplorer.data.synthetic.ShapesSpec;
import io.github.vaeexplorer.metrics.MetricsReport;
import io.github.vaeexplorer.model.Objective;
import io.github.vaeexplorer.nd4j.NativeBackend;
import io.github.vaeexplorer.study.StudyArm;
import io.github.vaeexplorer.study.StudyResult;

import ij.ImagePlus;
import ij.measure.ResultsTable;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scijava.Context;

/** {@code Latent Metrics...} and {@code Beta Study...} through a headless SciJava context, as a script calls them. */
class MetricsCommandsTest {

	@TempDir
	static Path dir;
	private static Context context;
	private static CommandRunner runner;
	private static ShapesDataset shapes;
	private static Path model, factors;

	@BeforeAll
	static void trainTinyModel() throws IOException {
		NativeBackend.ensureLoaded();
		context = CommandContexts.create();
		runner = new CommandRunner(context);
		shapes = new ShapesGenerator(ShapesSpec.builder().imageSize(16).count(64).seed(9).build()).generate();
		factors = dir.resolve("factors.csv");
		shapes.factors().write(factors);
		model = dir.resolve("tiny.vae.zip");
		Map<String, Object> in = new HashMap<>();
		in.put("image", shapes.stack());
		in.put("model", model.toString());
		in.put("architecture", "dense");
		in.put("latent", 3);
		in.put("epochs", 1);
		in.put("size", 16);
		in.put("objective", "tcvae");
		runner.run(TrainVaeCommand.class, in);
	}

	@AfterAll
	static void dispose() {
		context.dispose();
	}

	private static Map<String, Object> metricsInputs(String factorPath) {
		Map<String, Object> in = new HashMap<>();
		in.put("image", shapes.stack());
		in.put("model", model.toString());
		in.put("factors", factorPath);
		return in;
	}

	@Test
	void latentMetricsGivesATableASummaryAndTheReport() {
		long[] before = checksum(shapes.stack());
		Map<String, Object> out = runner.run(LatentMetricsCommand.class, metricsInputs(factors.toString()));
		ResultsTable table = (ResultsTable) out.get("metrics");
		MetricsReport report = (MetricsReport) out.get("report");
		assertEquals("mig", table.getStringValue("metric", 0));
		assertEquals(report.mig(), table.getValue("value", 0), 1e-6);
		assertTrue(((String) out.get("summary")).startsWith("Latent metrics of tiny on shapes: MIG "), (String) out.get(
			"summary"));
		assertArrayEquals(before, checksum(shapes.stack()), "the source stack must not change");
	}

	@Test
	void latentMetricsWithoutFactorsHasNoMig() {
		MetricsReport report = (MetricsReport) runner.run(LatentMetricsCommand.class, metricsInputs("")).get("report");
		assertTrue(Double.isNaN(report.mig()));
		assertNotNull(report.gaps());
	}

	@Test
	void aMissingFactorFileIsNamed() {
		IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> runner.run(
			LatentMetricsCommand.class, metricsInputs(dir.resolve("nope.csv").toString())));
		assertTrue(e.getMessage().startsWith("factors "), e.getMessage());
	}

	@Test
	void aFactorTableOfTheWrongLengthIsNamed() throws IOException {
		Path shortTable = dir.resolve("short.csv");
		Files.write(shortTable, "a\n1\n2\n".getBytes(java.nio.charset.StandardCharsets.UTF_8));
		IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> runner.run(
			LatentMetricsCommand.class, metricsInputs(shortTable.toString())));
		assertEquals("factors has 2 rows but the stack has 64 slices; the factor table needs one row a slice", e
			.getMessage());
	}

	@Test
	void betaStudyGivesATablePlotsAMontageAndASummary() {
		Map<String, Object> in = new HashMap<>();
		in.put("image", shapes.stack());
		in.put("betas", "0, 2");
		in.put("seeds", 1);
		in.put("architecture", "dense");
		in.put("latent", 2);
		in.put("epochs", 1);
		in.put("size", 16);
		in.put("factors", factors.toString());
		Map<String, Object> out = runner.run(BetaStudyCommand.class, in);
		StudyResult study = (StudyResult) out.get("study");
		assertEquals(2, study.runs().size());
		assertEquals(2 + 2 + 2, ((ResultsTable) out.get("results")).size());
		assertEquals(study.metrics().size(), ((ImagePlus) out.get("plots")).getStackSize());
		assertNotNull(out.get("montage"));
		assertTrue(((String) out.get("summary")).startsWith("Beta study on shapes: beta=0 (1 seeds):"), (String) out
			.get("summary"));
	}

	@Test
	void objectivesStudyPutsEachObjectiveSideBySide() {
		Map<String, Object> in = new HashMap<>();
		in.put("image", shapes.stack());
		in.put("objectives", "beta:0, adversarial:1");
		in.put("seeds", 1);
		in.put("architecture", "dense");
		in.put("latent", 2);
		in.put("epochs", 1);
		in.put("size", 16);
		Map<String, Object> out = runner.run(BetaStudyCommand.class, in);
		StudyResult study = (StudyResult) out.get("study");
		assertEquals(2, study.runs().size());
		assertEquals("beta:0", study.runs().get(0).arm().key());
		assertEquals(Objective.ADVERSARIAL, study.runs().get(1).model().config().objective());
		assertEquals(1.0, study.runs().get(1).model().config().adversarialWeight(), 0.0);
		ResultsTable table = (ResultsTable) out.get("results");
		assertEquals("adversarial:1", table.getStringValue("objective", 1));
		assertTrue(Double.isFinite(table.getValue("prior_mmd", 1)));
		assertNotNull(out.get("montage"));
		assertTrue(((String) out.get("summary")).contains("adversarial:1 (1 seeds):"), (String) out.get("summary"));
		assertEquals("objectives: objective must be beta, capacity, tcvae or adversarial (got 'vae')", assertThrows(
			IllegalArgumentException.class, () -> StudyArm.parse("beta:0,vae:1")).getMessage());
		assertEquals("objectives must be objective:weight pairs separated by commas, e.g. beta:0,beta:4," +
			"adversarial:1 (got 'beta')", assertThrows(IllegalArgumentException.class, () -> StudyArm.parse("beta"))
				.getMessage());
	}

	@Test
	void betasMustBeNumbers() {
		assertArrayEquals(new double[] { 0, 1, 4.5 }, BetaStudyCommand.parseBetas(" 0,1 , 4.5"), 0.0);
		assertEquals("betas must be numbers separated by commas (got '0;1')", assertThrows(
			IllegalArgumentException.class, () -> BetaStudyCommand.parseBetas("0;1")).getMessage());
	}

	private static long[] checksum(ImagePlus imp) {
		long[] sums = new long[imp.getStackSize()];
		for (int i = 1; i <= sums.length; i++) {
			Object pixels = imp.getStack().getPixels(i);
			sums[i - 1] = java.util.Arrays.hashCode((byte[]) pixels);
		}
		return sums;
	}
}
