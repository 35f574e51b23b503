package io.github.vaeexplorer.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.vaeexplorer.data.synthetic.ShapesGenerator;
import io.github.vaeexplorer.data.synthetic.ShapesSpec;
import io.github.vaeexplorer.history.EpochRecord;
import io.github.vaeexplorer.model.Architecture;
import io.github.vaeexplorer.model.ModelFile;
import io.github.vaeexplorer.model.VaeConfig;
import io.github.vaeexplorer.model.VaeModel;
import io.github.vaeexplorer.nd4j.NativeBackend;
import io.github.vaeexplorer.train.CancellationToken;
import io.github.vaeexplorer.train.TrainingJob;
import io.github.vaeexplorer.train.TrainingListener;
import io.github.vaeexplorer.train.TrainingListeners;
import io.github.vaeexplorer.train.TrainingResult;

import ij.IJ;
import ij.ImageJ;
import ij.ImagePlus;

import java.awt.Frame;
import java.awt.event.WindowEvent;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import javax.swing.JFrame;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The training monitor under a real display ({@code xvfb-run}): its buttons stop a real training run within one
 * batch, keeping the completed epochs or nothing.
 */
class TrainingMonitorTest {

	@TempDir
	static Path dir;
	private static ImageJ imagej;
	private static ImagePlus stack;

	/** Dense, many epochs: the run is always stopped long before it ends. */
	private static final VaeConfig LONG_RUN = VaeConfig.builder().architecture(Architecture.DENSE).size(32).latent(
		6).beta(2).epochs(1000).batch(32).validation(0.1).seed(3).build();

	@BeforeAll
	static void data() throws IOException {
		GuiTestKit.assumeDisplay();
		NativeBackend.ensureLoaded();
		imagej = GuiTestKit.startImageJ();
		stack = new ShapesGenerator(ShapesSpec.builder().imageSize(32).count(400).seed(12).build()).generate().stack();
		stack.setTitle("monitor-shapes");
	}

	@AfterAll
	static void quit() {
		GuiTestKit.quitImageJ(imagej);
	}

	/** A training run on its own thread, counting epochs and the batches that end after a moment. */
	private static final class Run implements TrainingListener {

		final AtomicInteger epochs = new AtomicInteger();
		final AtomicLong stopAt = new AtomicLong(Long.MAX_VALUE);
		final AtomicInteger batchesAfterStop = new AtomicInteger();
		final Thread thread;
		volatile TrainingResult result;

		Run(TrainingMonitor monitor, Path file) {
			TrainingListener both = TrainingListeners.of(monitor, this);
			thread = new Thread(() -> result = new TrainingJob(both, monitor.token()).run(stack, LONG_RUN, null,
				file), "training");
			thread.start();
		}

		@Override
		public void batchDone(int epoch, int batch, int batchesPerEpoch, double loss) {
			if (System.nanoTime() > stopAt.get()) batchesAfterStop.incrementAndGet();
		}

		@Override
		public void epochDone(EpochRecord record, int lastEpoch) {
			epochs.incrementAndGet();
		}

		void awaitEpochs(int n) {
			GuiTestKit.waitUntil(() -> epochs.get() >= n || !thread.isAlive(), 120_000, n + " epochs");
			assertTrue(thread.isAlive(), "training still runs");
		}

		/** Presses a button and returns the milliseconds until the training thread ended. */
		long press(javax.swing.JButton button) throws InterruptedException {
			GuiTestKit.onEdt(() -> {
				button.doClick(); // fires its action when the (68 ms) press ends
				stopAt.set(System.nanoTime());
			});
			long start = System.nanoTime();
			thread.join(30_000);
			assertFalse(thread.isAlive(), "the training thread ended");
			return (System.nanoTime() - start) / 1_000_000;
		}
	}

	@Test
	void stopAndKeepEndsTheThreadAfterThisBatchAndSavesTheCompletedEpochs() throws Exception {
		TrainingMonitor monitor = TrainingMonitor.open("Train VAE: keep.vae.zip");
		Path file = dir.resolve("keep.vae.zip");
		Run run = new Run(monitor, file);
		run.awaitEpochs(30);
		long ms = run.press(monitor.stopAndKeepButton());
		assertTrue(run.batchesAfterStop.get() <= 1, run.batchesAfterStop.get() + " batches ran after the click");
		assertEquals(CancellationToken.Mode.STOP_AND_KEEP, monitor.token().mode());
		assertEquals(TrainingResult.Status.STOPPED, run.result.status(), run.result.message());
		VaeModel kept = ModelFile.load(file);
		assertEquals(run.epochs.get(), kept.history().size(), "history = the completed epochs");
		assertEquals("Training stopped; kept epoch " + run.epochs.get() + ".", run.result.message());

		monitor.finished(run.result.message(), false);
		GuiTestKit.flushEdt();
		assertEquals(run.epochs.get(), monitor.chart().epochsShown());
		assertEquals(TrainingMonitor.SAMPLES, monitor.strip().shown());
		assertFalse(monitor.stopAndKeepButton().isEnabled());
		System.out.println("Stop and keep: training thread ended " + ms + " ms after the click");
		GuiTestKit.screenshot(Paths.get("target", "screenshots", "training-monitor.png"), monitor.frame());
		GuiTestKit.onEdt(() -> monitor.frame().dispose());
	}

	@Test
	void cancelEndsTheThreadAndSavesNothing() throws Exception {
		TrainingMonitor monitor = TrainingMonitor.open("Train VAE: discard.vae.zip");
		Path file = dir.resolve("discard.vae.zip");
		Run run = new Run(monitor, file);
		run.awaitEpochs(2);
		run.press(monitor.cancelButton());
		assertTrue(run.batchesAfterStop.get() <= 1, run.batchesAfterStop.get() + " batches ran after the click");
		assertEquals(TrainingResult.Status.DISCARDED, run.result.status());
		assertNull(run.result.model());
		assertFalse(Files.exists(file), "nothing saved");
		try (java.util.stream.Stream<Path> files = Files.list(dir)) {
			assertFalse(files.anyMatch(p -> p.getFileName().toString().startsWith("discard")), "no partial file");
		}
		GuiTestKit.onEdt(() -> monitor.frame().dispose());
	}

	@Test
	void closingTheWindowDuringTrainingAsksWhichStop() {
		TrainingMonitor keepGoing = TrainingMonitor.open("Train VAE: ask");
		keepGoing.setCloseQuestion(parent -> TrainingMonitor.CloseChoice.KEEP_TRAINING);
		close(keepGoing.frame());
		assertFalse(keepGoing.token().isCancelled());
		assertTrue(keepGoing.frame().isDisplayable(), "still open");

		keepGoing.setCloseQuestion(parent -> TrainingMonitor.CloseChoice.DISCARD);
		close(keepGoing.frame());
		assertEquals(CancellationToken.Mode.DISCARD, keepGoing.token().mode());
		assertFalse(keepGoing.frame().isDisplayable(), "closed");

		TrainingMonitor finished = TrainingMonitor.open("Train VAE: done");
		finished.setCloseQuestion(parent -> {
			throw new AssertionError("a finished run must not ask");
		});
		finished.finished("Trained 1 epoch(s).", false);
		GuiTestKit.flushEdt();
		close(finished.frame());
		assertFalse(finished.frame().isDisplayable());
		assertFalse(finished.token().isCancelled());
	}

	private static void close(JFrame frame) {
		GuiTestKit.onEdt(() -> frame.dispatchEvent(new WindowEvent(frame, WindowEvent.WINDOW_CLOSING)));
	}

	@Test
	void trainVaeThroughTheMenuBridgeShowsTheMonitorWhoseStopKeepsTheModel() throws Exception {
		ImagePlus image = stack.duplicate();
		image.setTitle("menu-shapes");
		GuiTestKit.onEdt(() -> image.show());
		Path file = dir.resolve("menu.vae.zip");
		Thread plugin = new Thread(() -> IJ.run(image, "Train VAE...", "model=[" + file + "] architecture=dense " +
			"latent=4 epochs=1000 batch=32 size=16 validation=0.1"), "menu");
		plugin.start();
		String title = "Train VAE: menu.vae.zip";
		GuiTestKit.waitUntil(() -> GuiTestKit.frame(title) != null, 60_000, "the monitor window");
		Frame frame = GuiTestKit.frame(title);
		LossChart chart = GuiTestKit.onEdt(() -> find(frame, LossChart.class));
		GuiTestKit.waitUntil(() -> GuiTestKit.onEdt(chart::epochsShown) >= 2, 120_000, "two epochs on the chart");
		javax.swing.JButton stop = GuiTestKit.onEdt(() -> find(frame, javax.swing.JButton.class));
		assertEquals("Stop and keep", stop.getText());
		GuiTestKit.onEdt(() -> stop.doClick());
		plugin.join(30_000);
		assertFalse(plugin.isAlive(), "the menu command returned");
		GuiTestKit.flushEdt();
		VaeModel kept = ModelFile.load(file);
		assertEquals(GuiTestKit.onEdt(chart::epochsShown).intValue(), kept.history().size());
		assertFalse(frame.isDisplayable(), "run by a macro or script, the monitor closes when training ends");
	}

	private static <T> T find(java.awt.Container root, Class<T> type) {
		for (java.awt.Component c : root.getComponents()) {
			if (type.isInstance(c)) return type.cast(c);
			if (c instanceof java.awt.Container) {
				T found = find((java.awt.Container) c, type);
				if (found != null) return found;
			}
		}
		return null;
	}
}
