package io.github.vaeexplorer.ui;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.vaeexplorer.data.Normalisation;
import io.github.vaeexplorer.data.OutputImageFactory;
import io.github.vaeexplorer.data.SourceGeometry;
import io.github.vaeexplorer.data.synthetic.ShapesGenerator;
import io.github.vaeexplorer.data.synthetic.ShapesSpec;
import io.github.vaeexplorer.history.TrainingHistory;
import io.github.vaeexplorer.latent.Anchor;
import io.github.vaeexplorer.latent.LiveDecoder;
import io.github.vaeexplorer.latent.TraversalSession;
import io.github.vaeexplorer.model.Architecture;
import io.github.vaeexplorer.model.LatentStatistics;
import io.github.vaeexplorer.model.ModelFile;
import io.github.vaeexplorer.model.VaeConfig;
import io.github.vaeexplorer.model.VaeModel;
import io.github.vaeexplorer.model.VaeNetwork;
import io.github.vaeexplorer.nd4j.NativeBackend;

import ij.IJ;
import ij.ImageJ;
import ij.ImagePlus;
import ij.WindowManager;
import ij.macro.Interpreter;
import ij.measure.ResultsTable;
import ij.plugin.frame.Recorder;

import java.awt.Component;
import java.awt.Frame;
import java.awt.event.ActionEvent;
import java.awt.event.KeyEvent;
import java.io.IOException;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import javax.swing.Action;
import javax.swing.JComponent;
import javax.swing.JSlider;
import javax.swing.KeyStroke;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The interactive traversal window under a real display ({@code xvfb-run}), driven through its Swing components on
 * a hand-made model (seeded initial weights, set statistics).
 */
class TraversalDialogTest {

	@TempDir
	static Path dir;
	private static ImageJ imagej;
	private static Path modelFile;
	private static VaeModel model;
	private static ImagePlus source;
	private final List<TraversalDialog> opened = new ArrayList<>();

	@BeforeAll
	static void makeModel() throws IOException {
		GuiTestKit.assumeDisplay();
		NativeBackend.ensureLoaded();
		imagej = GuiTestKit.startImageJ();
		source = new ShapesGenerator(ShapesSpec.builder().imageSize(32).count(400).seed(3).build()).generate().stack();
		source.setTitle("trav-shapes");
		modelFile = dir.resolve("trav.vae.zip");
		model = handMadeModel();
		ModelFile.save(model, modelFile);
		model = ModelFile.load(modelFile);
	}

	/**
	 * A dense 32×32 network with its seeded initial weights, and statistics that rank the eight dimensions and call
	 * the two weakest collapsed (the window sorts and folds by them): no training needed, nothing to wait for.
	 */
	private static VaeModel handMadeModel() {
		VaeConfig config = VaeConfig.builder().architecture(Architecture.DENSE).size(32).latent(8).seed(2).build();
		double[] kl = { 0.9, 3.1, 0.004, 1.7, 2.4, 0.002, 0.6, 1.2 };
		double[] zeros = new double[kl.length], ones = new double[kl.length], low = new double[kl.length],
			high = new double[kl.length];
		for (int d = 0; d < kl.length; d++) {
			zeros[d] = 0.05 * d;
			ones[d] = 1;
			low[d] = -2.5;
			high[d] = 2.5;
		}
		return new VaeModel(VaeNetwork.create(config), new Normalisation(new double[] { 0 }, new double[] { 255 }),
			new SourceGeometry(32, 32, 1, 32), new TrainingHistory(), new LatentStatistics(kl, zeros, ones, low, high),
			null);
	}

	@AfterEach
	void closeWindows() {
		for (TraversalDialog d : opened) GuiTestKit.onEdt(() -> d.frame().dispose());
		opened.clear();
		GuiTestKit.onEdt(() -> {
			ResultsTable.getResultsTable().reset(); // else closing the Results window asks to save them
			WindowManager.closeAllWindows();
		});
	}

	@AfterAll
	static void quit() {
		GuiTestKit.quitImageJ(imagej);
	}

	private TraversalDialog open(Anchor anchor, ImagePlus image) {
		TraversalDialog dialog = TraversalDialog.open(new TraversalSession(ModelFile.load(modelFile), modelFile,
			anchor, image));
		opened.add(dialog);
		settle(dialog);
		return dialog;
	}

	/** Waits until the worker has rendered everything asked of it and the Swing thread has shown it. */
	private static void settle(TraversalDialog dialog) {
		try {
			assertTrue(dialog.session().decoder().awaitIdle(20, TimeUnit.SECONDS), "the decoder went idle");
		}
		catch (InterruptedException e) {
			throw new AssertionError(e);
		}
		GuiTestKit.flushEdt();
	}

	/** The preview the decoder's plain output gives for a code: what the window must show, bit for bit. */
	private static float[] expectedPixels(float[] z) {
		float[] decoded = model.decode(new float[][] { z })[0];
		ImagePlus image = new OutputImageFactory().create("expected", Collections.singletonList(decoded), null, model
			.normalisation(), model.geometry(), null);
		return (float[]) image.getProcessor().getPixels();
	}

	private static float[] previewPixels(TraversalDialog dialog) {
		return (float[]) dialog.preview().image().getStack().getPixels(1);
	}

	private static int topDim() {
		return model.statistics().rankedByKl()[0];
	}

	@Test
	void slidersFollowTheKlOrderAndCollapsedOnesAreFoldedAway() {
		// The same network with statistics that call the two weakest dimensions collapsed.
		VaeModel loaded = ModelFile.load(modelFile);
		LatentStatistics stats = loaded.statistics();
		int[] ranked = stats.rankedByKl();
		double[] variance = new double[ranked.length];
		Arrays.fill(variance, 1.0);
		variance[ranked[ranked.length - 1]] = 0.001;
		variance[ranked[ranked.length - 2]] = 0.001;
		LatentStatistics forced = new LatentStatistics(stats.klPerDim(), stats.muMean(), variance, stats.muMin(), stats
			.muMax());
		TraversalDialog dialog = TraversalDialog.open(new TraversalSession(new VaeModel(loaded.network(), loaded
			.normalisation(), loaded.geometry(), loaded.history(), forced, null), modelFile, Anchor.zero(), source));
		opened.add(dialog);
		settle(dialog);
		List<Integer> activeOrder = new ArrayList<>(), collapsedOrder = new ArrayList<>();
		GuiTestKit.onEdt(() -> {
			for (Component c : ((JComponent) dialog.row(ranked[0]).getParent()).getComponents()) {
				activeOrder.add(((DimensionRow) c).dim());
			}
			for (Component c : dialog.collapsedPanel().getComponents()) collapsedOrder.add(((DimensionRow) c).dim());
		});
		List<Integer> expectedActive = new ArrayList<>();
		for (int i = 0; i < ranked.length - 2; i++) expectedActive.add(ranked[i]);
		assertEquals(expectedActive, activeOrder);
		assertEquals(Arrays.asList(ranked[ranked.length - 2], ranked[ranked.length - 1]), collapsedOrder);
		assertFalse(GuiTestKit.onEdt(() -> dialog.collapsedPanel().isVisible()), "collapsed dims start folded");
		assertEquals("Show 2 collapsed dimensions", dialog.collapsedToggle().getText());
		GuiTestKit.onEdt(() -> dialog.collapsedToggle().doClick());
		assertTrue(GuiTestKit.onEdt(() -> dialog.collapsedPanel().isVisible()));
		assertEquals(ranked[0], dialog.selectedDim());
	}

	@Test
	void movingASliderShowsTheDecoderOutputForThatCode() throws IOException {
		TraversalDialog dialog = open(Anchor.zero(), source);
		int d = topDim();
		long[] painted = { -1 };
		dialog.setPaintListener((frame, at) -> painted[0] = frame.id());
		GuiTestKit.onEdt(() -> dialog.row(d).slider().setValue(150));
		settle(dialog);
		float[] z = new float[model.latent()];
		z[d] = (float) (150 / 100.0);
		LiveDecoder.Frame shown = dialog.preview().shown();
		assertArrayEquals(z, shown.code(), 0f);
		assertArrayEquals(expectedPixels(z), previewPixels(dialog), 0f);
		ImagePlus preview = dialog.preview().image();
		assertEquals("Traversal of trav-shapes", preview.getTitle());
		assertEquals(32, preview.getWidth());
		assertEquals(TraversalSession.label(z), preview.getStack().getSliceLabel(1));
		assertEquals("+1.50", DimensionRow.format(dialog.row(d).value()));
		long last = shown.id();
		GuiTestKit.waitUntil(() -> painted[0] == last, 5000, "the preview to paint the frame");

		int second = model.statistics().rankedByKl()[1];
		GuiTestKit.onEdt(() -> dialog.row(second).slider().setValue(-80));
		settle(dialog);
		GuiTestKit.screenshot(Paths.get("target", "screenshots", "traversal-dialog.png"), dialog.frame(),
			preview.getWindow());
	}

	@Test
	void staleRequestsAreDroppedAndTheLastCodeIsShown() {
		TraversalDialog dialog = open(Anchor.zero(), source);
		int d = topDim();
		LiveDecoder decoder = dialog.session().decoder();
		long requestsBefore = decoder.requestCount(), rendersBefore = decoder.renderCount();
		GuiTestKit.onEdt(() -> {
			JSlider slider = dialog.row(d).slider();
			for (int i = 1; i <= 200; i++) slider.setValue(-300 + 3 * i);
		});
		settle(dialog);
		long requests = decoder.requestCount() - requestsBefore, renders = decoder.renderCount() - rendersBefore;
		assertEquals(200, requests);
		assertTrue(renders < requests / 2, renders + " renders for " + requests + " requests");
		float[] z = new float[model.latent()];
		z[d] = 3f;
		assertArrayEquals(z, dialog.preview().shown().code(), 0f);
		assertArrayEquals(expectedPixels(z), previewPixels(dialog), 0f);
	}

	@Test
	void arrowKeysMoveTheFocusedSliderByATenth() {
		TraversalDialog dialog = open(Anchor.zero(), source);
		int d = topDim();
		GuiTestKit.onEdt(() -> {
			JSlider slider = dialog.row(d).slider();
			Object right = slider.getInputMap(JComponent.WHEN_FOCUSED).get(KeyStroke.getKeyStroke(KeyEvent.VK_RIGHT, 0));
			Object down = slider.getInputMap(JComponent.WHEN_FOCUSED).get(KeyStroke.getKeyStroke(KeyEvent.VK_DOWN, 0));
			Action up = slider.getActionMap().get(right);
			for (int i = 0; i < 3; i++) up.actionPerformed(new ActionEvent(slider, ActionEvent.ACTION_PERFORMED, ""));
			slider.getActionMap().get(down).actionPerformed(new ActionEvent(slider, ActionEvent.ACTION_PERFORMED, ""));
		});
		settle(dialog);
		assertEquals(0.2f, dialog.session().code()[d], 1e-6f);
		assertEquals(0.2f, dialog.preview().shown().code()[d], 1e-6f);
	}

	@Test
	void resetAndRandomAnchorsAreSeeded() {
		TraversalDialog dialog = open(Anchor.zero(), source);
		int d = topDim();
		GuiTestKit.onEdt(() -> dialog.row(d).slider().setValue(-200));
		GuiTestKit.onEdt(() -> dialog.button("reset").doClick());
		settle(dialog);
		assertArrayEquals(new float[model.latent()], dialog.preview().shown().code(), 0f);
		assertEquals(0, dialog.row(d).slider().getValue());

		GuiTestKit.onEdt(() -> dialog.button("random").doClick());
		GuiTestKit.onEdt(() -> dialog.button("random").doClick());
		settle(dialog);
		Random random = new Random(1);
		float[] second = new float[model.latent()];
		for (int i = 0; i < 2; i++) {
			for (int k = 0; k < second.length; k++) second[k] = (float) random.nextGaussian();
		}
		assertArrayEquals(second, dialog.session().anchorCode(), 0f);
		assertArrayEquals(second, dialog.preview().shown().code(), 0f);
		assertEquals("random #2 (seed 1)", dialog.session().anchorDescription());
		assertEquals(TraversalDialog.RANDOM, dialog.anchorKind().getSelectedItem());
		assertEquals(Math.round(second[d] * 100), dialog.row(d).slider().getValue());
		assertNull(TraversalDialog.sweepMacro(dialog.session(), d), "a random anchor has no macro line");
	}

	@Test
	void meanAnchorIsTheMeanEncoding() {
		TraversalDialog dialog = open(Anchor.zero(), source);
		GuiTestKit.onEdt(() -> dialog.anchorKind().setSelectedItem(TraversalDialog.MEAN));
		settle(dialog);
		settle(dialog); // the anchor's frame is requested by the encoding task
		float[] mean = Anchor.parse("mean").resolve(model, null);
		assertArrayEquals(mean, dialog.session().anchorCode(), 0f);
		assertArrayEquals(expectedPixels(mean), previewPixels(dialog), 0f);
	}

	@Test
	void sliceAnchorFollowsTheImagesSlider() {
		ImagePlus stack = source.duplicate();
		stack.setTitle("follow-shapes");
		GuiTestKit.onEdt(() -> stack.show());
		TraversalDialog dialog = open(Anchor.parse("slice:2"), stack);
		assertArrayEquals(Anchor.parse("slice:2").resolve(model, stack), dialog.session().anchorCode(), 0f);
		assertEquals(TraversalDialog.SLICE, dialog.anchorKind().getSelectedItem());
		assertTrue(dialog.followBox().isSelected());
		GuiTestKit.onEdt(() -> stack.setSlice(7));
		float[] seventh = Anchor.parse("slice:7").resolve(model, stack);
		GuiTestKit.waitUntil(() -> Arrays.equals(seventh, dialog.session().anchorCode()), 10000,
			"the anchor to follow slice 7");
		settle(dialog);
		assertEquals("slice:7 of follow-shapes", dialog.session().anchorDescription());
		assertArrayEquals(expectedPixels(seventh), previewPixels(dialog), 0f);
	}

	@Test
	void sweepMakesTheLatentSweepStackAndRecordsTheMacroThatMakesItAgain() {
		GuiTestKit.onEdt(() -> source.show());
		TraversalDialog dialog = open(Anchor.parse("mean"), source);
		int d = model.statistics().rankedByKl()[1];
		Recorder recorder = GuiTestKit.onEdt(() -> new Recorder(false));
		try {
			GuiTestKit.onEdt(() -> dialog.row(d).slider().requestFocusInWindow());
			GuiTestKit.onEdt(() -> dialog.row(d).slider().setValue(40)); // selects the row
			assertEquals(d, dialog.selectedDim());
			GuiTestKit.onEdt(() -> dialog.button("sweep").doClick());
			String title = "Sweep z" + d + " of trav-shapes";
			GuiTestKit.waitUntil(() -> WindowManager.getImage(title) != null, 10000, "the sweep window");
			ImagePlus sweep = WindowManager.getImage(title);
			String recorded = GuiTestKit.onEdt(() -> recorder.getText());
			String line = "run(\"Latent Sweep...\", \"model=[" + modelFile + "] dim=" + d +
				" from=-3 to=3 steps=11 anchor=mean\");";
			assertTrue(recorded.contains("selectImage(\"trav-shapes\");\n" + line), recorded);
			assertEquals(11, sweep.getStackSize());

			float[][] fromDialog = new float[11][];
			for (int i = 0; i < 11; i++) fromDialog[i] = (float[]) sweep.getStack().getPixels(i + 1);
			String[] labels = sweep.getStack().getSliceLabels();
			sweep.changes = false;
			GuiTestKit.onEdt(() -> sweep.close());
			new Interpreter().run(recorded.substring(recorded.indexOf("selectImage(\"trav-shapes\")")));
			ImagePlus replayed = WindowManager.getImage(title);
			assertNotNull(replayed, "the recorded macro made the sweep again");
			for (int i = 0; i < 11; i++) {
				assertArrayEquals(fromDialog[i], (float[]) replayed.getStack().getPixels(i + 1), 0f, "slice " + (i + 1));
				assertEquals(labels[i], replayed.getStack().getSliceLabel(i + 1));
			}
		}
		finally {
			GuiTestKit.onEdt(() -> recorder.close());
		}
	}

	@Test
	void gridShowsEveryActiveDimensionAroundTheCurrentCode() {
		TraversalDialog dialog = open(Anchor.zero(), source);
		GuiTestKit.onEdt(() -> dialog.button("grid").doClick());
		String title = "Traversal grid of trav-shapes";
		GuiTestKit.waitUntil(() -> WindowManager.getImage(title) != null, 10000, "the grid window");
		ImagePlus grid = WindowManager.getImage(title);
		assertEquals(model.statistics().activeDims().length * TraversalSession.GRID_STEPS, grid.getStackSize());
	}

	@Test
	void copyZAddsTheCodeToTheResultsTable() {
		TraversalDialog dialog = open(Anchor.zero(), source);
		int d = topDim();
		GuiTestKit.onEdt(() -> ResultsTable.getResultsTable().reset());
		GuiTestKit.onEdt(() -> dialog.row(d).slider().setValue(-125));
		GuiTestKit.onEdt(() -> dialog.button("copy").doClick());
		ResultsTable table = ResultsTable.getResultsTable();
		assertEquals(1, table.size());
		assertEquals(-1.25, table.getValue("z" + d, 0), 1e-6);
		assertEquals("zero", table.getStringValue("anchor", 0));
	}

	@Test
	void closingStopsTheWorkerAndTwoWindowsOnOneModelAreIndependent() throws InterruptedException {
		TraversalDialog first = open(Anchor.zero(), source), second = open(Anchor.zero(), source);
		String worker = "VAE Explorer traversal of trav";
		GuiTestKit.onEdt(() -> first.frame().dispose());
		GuiTestKit.flushEdt();
		LiveDecoder decoder = first.session().decoder();
		assertTrue(decoder.isClosed());
		assertTrue(decoder.awaitTermination(10, TimeUnit.SECONDS), "the worker thread ended");
		assertEquals(-1, decoder.request(new float[model.latent()]), "a closed decoder takes no requests");

		int d = topDim();
		GuiTestKit.onEdt(() -> second.row(d).slider().setValue(-50));
		settle(second);
		float[] z = new float[model.latent()];
		z[d] = -0.5f;
		assertArrayEquals(expectedPixels(z), previewPixels(second), 0f);
		long workers = Thread.getAllStackTraces().keySet().stream().filter(t -> t.getName().equals(worker) && t
			.isAlive()).count();
		assertEquals(1, workers, "only the open window's worker is alive");
	}

	@Test
	void theMenuCommandOpensTheWindow() {
		IJ.run("Interactive Traversal...", "model=[" + modelFile + "] anchor=mean");
		String title = "Interactive Traversal: trav.vae.zip";
		GuiTestKit.waitUntil(() -> GuiTestKit.frame(title) != null, 10000, "the traversal window");
		Frame frame = GuiTestKit.frame(title);
		GuiTestKit.waitUntil(() -> WindowManager.getImage("Traversal of trav") != null || WindowManager.getImage(
			"Traversal of trav-shapes") != null, 10000, "the preview");
		GuiTestKit.onEdt(() -> frame.dispose());
	}
}
