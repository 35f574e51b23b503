package io.github.vaeexplorer.ij;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.vaeexplorer.ui.GuiTestKit;
import io.github.vaeexplorer.data.synthetic.ShapesDataset;
import io.github.vaeexplorer.data.synthetic.ShapesGenerator;
import io.github.vaeexplorer.data.synthetic.ShapesSpec;
import io.github.vaeexplorer.model.ModelFile;

import ij.ImageJ;
import ij.ImagePlus;
import ij.WindowManager;
import ij.macro.Interpreter;
import ij.measure.ResultsTable;

import java.io.IOException;
import java.nio.file.Path;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code Train VAE...} with an objective, {@code Latent Metrics...} and {@code Beta Study...} from an ImageJ macro
 * under a real display (run with {@code xvfb-run}).
 */
class MetricsMacroTest {

	@TempDir
	static Path dir;
	private static ImageJ imagej;

	@BeforeAll
	static void startImageJ() throws IOException {
		GuiTestKit.assumeDisplay();
		imagej = GuiTestKit.startImageJ();
	}

	@AfterAll
	static void quit() {
		GuiTestKit.quitImageJ(imagej);
	}

	@Test
	void macroTrainsWithAnObjectiveMeasuresAndStudies() throws IOException {
		ShapesDataset shapes = new ShapesGenerator(ShapesSpec.builder().imageSize(16).count(48).seed(5).build())
			.generate();
		ImagePlus stack = shapes.stack();
		stack.setTitle("metrics-shapes");
		stack.show();
		Path model = dir.resolve("macro-tc.vae.zip"), factors = dir.resolve("factors.csv");
		shapes.factors().write(factors);
		String macro = "selectImage(\"metrics-shapes\");\n" +
			"run(\"Train VAE...\", \"model=[" + model + "] architecture=dense latent=3 epochs=1 batch=16 size=16 " +
			"objective=tcvae beta=6\");\n" +
			"run(\"Latent Metrics...\", \"model=[" + model + "] factors=[" + factors + "]\");\n" +
			"selectImage(\"metrics-shapes\");\n" +
			"run(\"Beta Study...\", \"betas=0,2 seeds=1 architecture=dense latent=2 epochs=1 size=16\");\n";
		new Interpreter().run(macro);
		assertEquals("tcvae", ModelFile.load(model).config().objective().key());
		ResultsTable metrics = ResultsTable.getResultsTable("VAE Explorer metrics");
		assertNotNull(metrics, "the metrics table is shown");
		assertEquals("mig", metrics.getStringValue("metric", 0));
		ResultsTable study = ResultsTable.getResultsTable("VAE Explorer results");
		assertNotNull(study, "the study table is shown");
		assertEquals(2 + 2 + 2, study.size());
		assertNotNull(WindowManager.getImage("Beta study traversals"), "the montage is shown");
		ImagePlus plots = WindowManager.getImage("Beta study plots");
		assertNotNull(plots, "the plots are shown");
		assertTrue(plots.getStackSize() >= 10, "one plot a metric");
	}
}
