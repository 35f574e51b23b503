package io.github.vaeexplorer.ij;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.vaeexplorer.ui.GuiTestKit;
import io.github.vaeexplorer.data.synthetic.ShapesGenerator;
import io.github.vaeexplorer.data.synthetic.ShapesSpec;

import ij.IJ;
import ij.ImageJ;
import ij.ImagePlus;
import ij.WindowManager;
import ij.gui.PlotWindow;
import ij.macro.Interpreter;
import ij.measure.ResultsTable;
import ij.plugin.frame.Recorder;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The ImageJ 1.x path under a real display (run with {@code xvfb-run}): menu entries from plugins.config, the
 * Macro Recorder recording our keys, and the recorded macro replaying to the same output.
 */
class MacroReplayTest {

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
	void macroTrainsAndSweeps() {
		ImagePlus stack = new ShapesGenerator(ShapesSpec.builder().imageSize(16).count(64).seed(9).build()).generate()
			.stack();
		stack.setTitle("macro-shapes");
		stack.show();
		Path model = dir.resolve("macro.vae.zip");
		String macro = "selectImage(\"macro-shapes\");\n" +
			"run(\"Train VAE...\", \"model=[" + model + "] architecture=dense latent=3 epochs=1 batch=16 size=16\");\n" +
			"run(\"Latent Sweep...\", \"model=[" + model + "] dim=0 from=-1 to=1 steps=4 anchor=mean\");\n";
		new Interpreter().run(macro);
		assertTrue(Files.isRegularFile(model));
		ImagePlus sweep = WindowManager.getImage("Sweep z0 of macro-shapes");
		assertNotNull(sweep, "the sweep window is open");
		assertEquals(4, sweep.getStackSize());
		assertEquals("z0=1.00", sweep.getStack().getSliceLabel(4));
	}

	@Test
	void macrosExploreAModelAndShowImagesPlotsAndTables() {
		ImagePlus stack = new ShapesGenerator(ShapesSpec.builder().imageSize(16).count(40).seed(2).build()).generate()
			.stack();
		stack.setTitle("explore-shapes");
		stack.show();
		Path model = dir.resolve("explore.vae.zip");
		String m = "model=[" + model + "]";
		String macro = "selectImage(\"explore-shapes\");\n" +
			"run(\"Train VAE...\", \"" + m + " architecture=dense latent=3 epochs=1 batch=16 size=16\");\n" +
			"run(\"Traversal Grid...\", \"" + m + " dims=all steps=3 range=observed\");\n" +
			"selectImage(\"explore-shapes\");\n" +
			"run(\"Interpolate Slices...\", \"" + m + " first=2 last=7 steps=4 path=spherical\");\n" +
			"selectImage(\"explore-shapes\");\n" +
			"run(\"Reconstruct Stack...\", \"" + m + "\");\n" +
			"print(\"mse columns: \" + nResults + \" \" + (getResult(\"mse\", 0) > 0));\n" +
			"selectImage(\"explore-shapes\");\n" +
			"run(\"Encode Stack...\", \"" + m + "\");\n" +
			"run(\"Sample From Prior...\", \"" + m + " count=3 seed=4\");\n" +
			"selectImage(\"explore-shapes\");\n" +
			"run(\"Model Info...\", \"" + m + "\");\n";
		new Interpreter().run(macro);
		ImagePlus grid = WindowManager.getImage("Traversal grid of explore-shapes");
		assertNotNull(grid, "the grid window is open");
		assertEquals(9, grid.getStackSize());
		assertNotNull(WindowManager.getImage("Traversal grid montage of explore-shapes"));
		assertEquals(4, WindowManager.getImage("Interpolation 2-7 of explore-shapes").getStackSize());
		assertEquals(40, WindowManager.getImage("Reconstruction of explore-shapes").getStackSize());
		assertEquals(3, WindowManager.getImage("Samples from explore").getStackSize());
		String log = String.valueOf(IJ.getLog());
		assertTrue(log.contains("mse columns: 40 1"), "Reconstruct Stack fills the Results table:\n" + log);
		ResultsTable encodings = ResultsTable.getResultsTable();
		assertEquals(40, encodings.size(), "Encode Stack fills the Results table");
		assertEquals(7, encodings.getHeadings().length);
		assertTrue(encodings.columnExists("logvar_2"));
		for (String plot : new String[] { "Training history of explore", "KL per dimension of explore",
			"Encodings of explore-shapes (explore)" }) {
			ImagePlus shown = WindowManager.getImage(plot);
			assertNotNull(shown, plot + " is shown");
			assertTrue(shown.getWindow() instanceof PlotWindow, plot);
		}
	}

	@Test
	void recordedMacroReplaysToTheSameSweep() {
		Path model = dir.resolve("rec.vae.zip");
		ImagePlus stack = new ShapesGenerator(ShapesSpec.builder().imageSize(16).count(48).seed(4).build()).generate()
			.stack();
		stack.setTitle("rec-shapes");
		stack.show();
		IJ.run(stack, "Train VAE...", "model=[" + model + "] architecture=dense latent=2 epochs=1 batch=16 size=16");

		Recorder recorder = new Recorder(false);
		Recorder.record = true;
		Recorder.recordInMacros = true;
		IJ.run("Latent Sweep...", "model=[" + model + "] dim=1 from=-2 to=2 steps=3 anchor=zero");
		String recorded = Recorder.getCommand() == null ? recorderText(recorder) : recorderText(recorder);
		Recorder.record = false;
		recorder.close();
		assertTrue(recorded.contains("run(\"Latent Sweep...\""), recorded);
		assertTrue(recorded.contains("dim=1") && recorded.contains("steps=3"), recorded);

		ImagePlus first = WindowManager.getCurrentImage();
		float[] expected = ((float[]) first.getStack().getPixels(3)).clone();
		first.changes = false;
		first.close();
		new Interpreter().run(recorded);
		ImagePlus replayed = WindowManager.getCurrentImage();
		assertEquals("Sweep z1 of rec", replayed.getTitle().substring(0, "Sweep z1 of rec".length()));
		assertArrayEquals(expected, (float[]) replayed.getStack().getPixels(3), 0f);
	}

	private static String recorderText(Recorder recorder) {
		return recorder.getText();
	}
}
