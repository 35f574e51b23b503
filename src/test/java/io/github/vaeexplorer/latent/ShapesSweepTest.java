package io.github.vaeexplorer.latent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.vaeexplorer.data.ConversionResult;
import io.github.vaeexplorer.history.EpochRecord;
import io.github.vaeexplorer.model.Architecture;
import io.github.vaeexplorer.model.LatentStatistics;
import io.github.vaeexplorer.model.VaeConfig;
import io.github.vaeexplorer.model.VaeModel;
import io.github.vaeexplorer.model.VaeTestKit;
import io.github.vaeexplorer.nd4j.NativeBackend;
import io.github.vaeexplorer.train.TrainingListener;
import io.github.vaeexplorer.train.TrainingResult;

import ij.ImagePlus;

import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The science check: a beta-VAE (conv, beta = 4) trained on dSprites-like shapes disentangles at least a few
 * factors, and sweeping its most informative dimension moves a measurable property of the decoded shape (its
 * position or its area) steadily in one direction.
 * <p>
 * The KL warm-up matters: with beta = 4 from the first epoch the posterior collapses onto the prior for many epochs
 * (all KL ~ 0) before it recovers, or for good at learning_rate 2e-3; ramping beta over 10 epochs escapes by epoch
 * 6-11 for every seed tried.
 */
@Tag("slow")
class ShapesSweepTest {

	private static final int SIZE = 32;
	private static VaeModel model;

	@BeforeAll
	@Timeout(value = 20, unit = TimeUnit.MINUTES) // trains a conv model: 7 minutes on a busy 2-core machine
	static void trainOnShapes() {
		NativeBackend.ensureLoaded();
		ConversionResult data = VaeTestKit.shapes(SIZE, 1500, 11);
		VaeConfig config = VaeConfig.builder().architecture(Architecture.CONV).size(SIZE).latent(10).beta(4)
			.warmup(10).epochs(20).batch(64).learningRate(1e-3).validation(0.1).seed(6).build();
		long start = System.nanoTime();
		TrainingResult result = VaeTestKit.train(config, data, new TrainingListener() {

			@Override
			public void epochDone(EpochRecord record, int lastEpoch) {
				System.out.println("ShapesSweepTest " + record.describe(lastEpoch));
			}
		}, null);
		assertEquals(TrainingResult.Status.COMPLETED, result.status(), result.message());
		model = result.model();
		LatentStatistics s = model.statistics();
		System.out.printf(Locale.ROOT, "ShapesSweepTest: trained in %.1f s; active dims %s; KL per dim %s%n",
			(System.nanoTime() - start) / 1e9, Arrays.toString(s.activeDims()), Arrays.toString(s.klPerDim()));
	}

	@Test
	void atLeastThreeDimensionsAreActive() {
		LatentStatistics s = model.statistics();
		assertTrue(s.activeDims().length >= 3, "active dims " + Arrays.toString(s.activeDims()) + ", variance of " +
			"the means " + Arrays.toString(s.muVariance()) + ", KL " + Arrays.toString(s.klPerDim()));
	}

	@Test
	void sweepingTheTopKlDimensionMovesTheShapeSteadily() {
		int dim = DimensionChoice.resolve("auto", model.statistics());
		LatentSweep sweep = new LatentSweep(dim, -2, 2, 9);
		float[][] frames = model.decode(sweep.codes(Anchor.zero().resolve(model, null)));
		double[] area = new double[9], cx = new double[9], cy = new double[9];
		for (int i = 0; i < 9; i++) {
			double[] m = VaeTestKit.moments(frames[i], SIZE);
			area[i] = m[0];
			cx[i] = m[1];
			cy[i] = m[2];
		}
		String table = String.format(Locale.ROOT, "z%d sweep: area %s%n centroid x %s%n centroid y %s", dim, round(
			area), round(cx), round(cy));
		System.out.println("ShapesSweepTest " + table);
		boolean xMoves = isMonotonic(cx, 0.05) && Math.abs(cx[8] - cx[0]) > 2;
		boolean yMoves = isMonotonic(cy, 0.05) && Math.abs(cy[8] - cy[0]) > 2;
		double areaTolerance = 0.005 * Math.max(area[0], area[8]);
		boolean areaChanges = isMonotonic(area, areaTolerance) && Math.abs(area[8] - area[0]) > 0.15 * area[0];
		assertTrue(xMoves || yMoves || areaChanges, "no property changes steadily: " + table);
	}

	@Test
	void theRenderedSweepIsALabelledStackInTheSourceScale() {
		int dim = DimensionChoice.resolve("auto", model.statistics());
		ImagePlus sweep = new LatentSweep(dim, -2, 2, 9).render(model, Anchor.zero().resolve(model, null), "shapes",
			null);
		assertEquals("Sweep z" + dim + " of shapes", sweep.getTitle());
		assertEquals(9, sweep.getStackSize());
		assertEquals(SIZE, sweep.getWidth());
		assertEquals(ImagePlus.GRAY32, sweep.getType());
		assertEquals("z" + dim + "=-2.00", sweep.getStack().getSliceLabel(1));
		assertEquals("z" + dim + "=2.00", sweep.getStack().getSliceLabel(9));
		// 8-bit shapes: the decoded probabilities come back in 0..255
		float max = 0;
		for (int i = 1; i <= 9; i++) {
			for (float v : (float[]) sweep.getStack().getPixels(i)) max = Math.max(max, v);
		}
		assertTrue(max > 100 && max <= 255.001, "brightest pixel " + max);
	}

	/** Non-decreasing or non-increasing, allowing steps back of at most {@code tolerance}. */
	private static boolean isMonotonic(double[] v, double tolerance) {
		boolean up = true, down = true;
		for (int i = 1; i < v.length; i++) {
			if (v[i] < v[i - 1] - tolerance) up = false;
			if (v[i] > v[i - 1] + tolerance) down = false;
		}
		return up || down;
	}

	private static String round(double[] v) {
		StringBuilder sb = new StringBuilder();
		for (double x : v) sb.append(String.format(Locale.ROOT, " %.1f", x));
		return sb.toString().trim();
	}
}
