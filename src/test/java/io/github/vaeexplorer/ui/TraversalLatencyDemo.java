package io.github.vaeexplorer.ui;

import io.github.vaeexplorer.data.Normalisation;
import io.github.vaeexplorer.data.SourceGeometry;
import io.github.vaeexplorer.history.TrainingHistory;
import io.github.vaeexplorer.latent.Anchor;
import io.github.vaeexplorer.latent.LiveDecoder;
import io.github.vaeexplorer.latent.TraversalSession;
import io.github.vaeexplorer.model.Architecture;
import io.github.vaeexplorer.model.LatentStatistics;
import io.github.vaeexplorer.model.VaeConfig;
import io.github.vaeexplorer.model.VaeModel;
import io.github.vaeexplorer.model.VaeNetwork;
import io.github.vaeexplorer.nd4j.NativeBackend;

import ij.ImageJ;

import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

import javax.swing.JSlider;

/**
 * Manual benchmark (not a test): the time from a slider move to the preview painted on screen, for the reference
 * conv and dense architectures at 64×64 (z = 10, untrained weights: the cost does not depend on their values).
 * Needs a display ({@code xvfb-run}). Run with the test classpath:
 *
 * <pre>
 * xvfb-run -a java -cp target/classes:target/test-classes:$(cat cp.txt) io.github.vaeexplorer.ui.TraversalLatencyDemo [moves]
 * </pre>
 *
 * Prints one line of JSON per architecture: "move" (slider moved, waiting for each paint before the next move:
 * median and 95th percentile in ms), "decode" (the worker's share of it), and "drag" (moves every 16 ms, as a
 * dragged slider sends them: the latency of the frames painted, and how many requests were dropped as stale).
 */
public final class TraversalLatencyDemo {

	private TraversalLatencyDemo() {}

	public static void main(String[] args) throws Exception {
		int moves = args.length > 0 ? Integer.parseInt(args[0]) : 200;
		System.err.println(NativeBackend.ensureLoaded());
		ImageJ imagej = new ImageJ(ImageJ.NO_SHOW);
		for (Architecture arch : new Architecture[] { Architecture.CONV, Architecture.DENSE }) {
			System.out.println(measure(arch, moves));
		}
		imagej.dispose();
		System.exit(0);
	}

	private static String measure(Architecture arch, int moves) throws Exception {
		VaeConfig config = VaeConfig.builder().architecture(arch).size(64).latent(10).build();
		int k = config.latent();
		double[] kl = new double[k], ones = new double[k], zeros = new double[k];
		for (int d = 0; d < k; d++) {
			kl[d] = k - d;
			ones[d] = 1;
		}
		VaeModel model = new VaeModel(VaeNetwork.create(config), new Normalisation(new double[] { 0 }, new double[] {
			255 }), new SourceGeometry(64, 64, 1, 64), new TrainingHistory(), new LatentStatistics(kl, zeros, ones,
				zeros, ones), null);
		TraversalDialog dialog = TraversalDialog.open(new TraversalSession(model, Paths.get(arch.name().toLowerCase(
			Locale.ROOT) + "-untrained.vae.zip"), Anchor.zero(), null));
		BlockingQueue<long[]> painted = new ArrayBlockingQueue<>(10_000);
		dialog.setPaintListener((frame, at) -> painted.offer(new long[] { Math.round(frame.code()[0] * 100), at,
			frame.requestedAt(), frame.renderedAt() }));
		JSlider slider = dialog.row(0).slider();
		dialog.session().decoder().awaitIdle(30, TimeUnit.SECONDS);
		Thread.sleep(500);
		painted.clear();

		// One move at a time: each waits for its paint.
		List<Double> latency = new ArrayList<>(), decode = new ArrayList<>();
		int warmup = 30;
		for (int i = 0; i < warmup + moves; i++) {
			int value = (i % 2 == 0 ? 1 : -1) * (10 + i % 290);
			long[] start = new long[1];
			GuiTestKit.onEdt(() -> {
				start[0] = System.nanoTime();
				slider.setValue(value);
			});
			long[] p;
			do {
				p = painted.poll(10, TimeUnit.SECONDS);
				if (p == null) throw new IllegalStateException("no paint within 10 s");
			}
			while (p[0] != value);
			if (i >= warmup) {
				latency.add((p[1] - start[0]) / 1e6);
				decode.add((p[3] - p[2]) / 1e6);
			}
		}

		// A drag: a move every 16 ms, whatever the decoder does.
		long requestsBefore = dialog.session().decoder().requestCount();
		long rendersBefore = dialog.session().decoder().renderCount();
		painted.clear();
		for (int i = 0; i < 180; i++) {
			int value = -290 + 3 * i;
			GuiTestKit.onEdt(() -> slider.setValue(value));
			Thread.sleep(16);
		}
		dialog.session().decoder().awaitIdle(30, TimeUnit.SECONDS);
		Thread.sleep(300);
		List<Double> drag = new ArrayList<>();
		for (long[] p : painted) drag.add((p[1] - p[2]) / 1e6);
		long requests = dialog.session().decoder().requestCount() - requestsBefore;
		long renders = dialog.session().decoder().renderCount() - rendersBefore;
		GuiTestKit.onEdt(() -> dialog.frame().dispose());
		GuiTestKit.onEdt(() -> dialog.preview().image().close());

		return String.format(Locale.ROOT, "{\"architecture\": \"%s\", \"moves\": %d, " +
			"\"move_to_paint_ms\": {\"median\": %.1f, \"p95\": %.1f}, \"decode_ms\": {\"median\": %.1f, \"p95\": %.1f}, " +
			"\"drag\": {\"requests\": %d, \"rendered\": %d, \"painted_latency_ms\": {\"median\": %.1f, \"p95\": %.1f}}}",
			arch.name().toLowerCase(Locale.ROOT), moves, percentile(latency, 50), percentile(latency, 95), percentile(
				decode, 50), percentile(decode, 95), requests, renders, percentile(drag, 50), percentile(drag, 95));
	}

	private static double percentile(List<Double> values, double p) {
		if (values.isEmpty()) return Double.NaN;
		double[] sorted = values.stream().mapToDouble(Double::doubleValue).toArray();
		Arrays.sort(sorted);
		int index = (int) Math.ceil(p / 100 * sorted.length) - 1;
		return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
	}
}
