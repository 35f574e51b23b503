package io.github.vaeexplorer.ij;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.vaeexplorer.data.synthetic.ShapesDataset;
import io.github.vaeexplorer.data.synthetic.ShapesGenerator;
import io.github.vaeexplorer.data.synthetic.ShapesSpec;
import io.github.vaeexplorer.ui.GuiTestKit;

import ij.ImageJ;
import ij.ImagePlus;
import ij.WindowManager;
import ij.macro.Interpreter;
import ij.measure.ResultsTable;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code Cluster Latents...}, {@code Outlier Scores...} and {@code Condition Shift...} from an ImageJ macro under a
 * real display (run with {@code xvfb-run}): their tables land in ImageJ's Results table, their stacks are shown.
 */
@Timeout(value = 4, unit = TimeUnit.MINUTES)
class AnalysisMacroTest {

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
	void macroClustersScoresAndShifts() throws IOException {
		ShapesDataset shapes = new ShapesGenerator(ShapesSpec.builder().imageSize(16).count(40).seed(6).build())
			.generate();
		ImagePlus stack = shapes.stack();
		stack.setTitle("analysis-shapes");
		stack.show();
		Path model = dir.resolve("analysis.vae.zip"), factors = dir.resolve("factors.csv");
		shapes.factors().write(factors);
		new Interpreter().run("selectImage(\"analysis-shapes\");\n" +
			"run(\"Train VAE...\", \"model=[" + model + "] architecture=dense latent=3 epochs=1 batch=16 size=16\");\n" +
			"selectImage(\"analysis-shapes\");\n" +
			"run(\"Cluster Latents...\", \"model=[" + model + "] k=3 method=gmm seed=2\");\n");
		ResultsTable results = ResultsTable.getResultsTable();
		assertEquals(40, results.size());
		assertTrue(results.columnExists("cluster"));
		assertNotNull(WindowManager.getImage("Clusters of analysis-shapes"), "the prototypes are shown");
		new Interpreter().run("selectImage(\"analysis-shapes\");\n" +
			"run(\"Outlier Scores...\", \"model=[" + model + "] top=4\");\n");
		results = ResultsTable.getResultsTable();
		assertEquals(40, results.size());
		assertTrue(results.columnExists("score") && results.columnExists("complexity_bits"));
		assertEquals(4, WindowManager.getImage("Outliers of analysis-shapes").getStackSize());
		new Interpreter().run("selectImage(\"analysis-shapes\");\n" +
			"run(\"Condition Shift...\", \"model=[" + model + "] table=[" + factors + "] column=shape from=0 to=2 " +
			"steps=5\");\n");
		results = ResultsTable.getResultsTable();
		assertEquals(3, results.size());
		assertTrue(results.columnExists("effect_size") && results.columnExists("p_value"));
		assertEquals(5, WindowManager.getImage("Shift 0 to 2 of analysis-shapes").getStackSize());
	}
}
