package io.github.vaeexplorer.data;

import static org.junit.jupiter.api.Assertions.assertEquals;

import ij.ImagePlus;
import ij.ImageStack;
import ij.process.ByteProcessor;
import ij.process.FloatProcessor;
import ij.process.ShortProcessor;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Percentiles follow numpy's linear rule, exactly, for every pixel type. */
class PercentileEstimatorTest {

	private final PercentileEstimator estimator = new PercentileEstimator();

	@Test
	void valuesZeroTo999GiveNumpyPercentilesForFloatImages() {
		final float[] values = shuffled(1000, 7);
		final Normalisation norm = estimator.estimate(new ImagePlus("f", new FloatProcessor(40, 25, values)));
		assertEquals(0.999, norm.low(0), 1e-9);
		assertEquals(998.001, norm.high(0), 1e-9);
	}

	@Test
	void valuesZeroTo999GiveNumpyPercentilesForSixteenBitHistograms() {
		final float[] values = shuffled(1000, 8);
		final short[] pixels = new short[values.length];
		for (int i = 0; i < pixels.length; i++) {
			pixels[i] = (short) values[i];
		}
		final Normalisation norm = estimator.estimate(new ImagePlus("s", new ShortProcessor(40, 25, pixels, null)));
		assertEquals(0.999, norm.low(0), 1e-9);
		assertEquals(998.001, norm.high(0), 1e-9);
	}

	@Test
	void histogramPercentileEqualsSortedPercentile() {
		final Random random = new Random(9);
		final long[] counts = new long[256];
		final float[] expanded = new float[3000];
		for (int i = 0; i < expanded.length; i++) {
			final int v = (int) Math.min(255, Math.abs(random.nextGaussian() * 60));
			counts[v]++;
			expanded[i] = v;
		}
		Arrays.sort(expanded);
		for (final double p : new double[] { 0, 0.1, 1, 33.3, 50, 99.9, 100 }) {
			assertEquals(PercentileEstimator.percentileOfSorted(expanded, expanded.length, p),
				PercentileEstimator.percentileOfHistogram(counts, p), 1e-9, "percent " + p);
		}
	}

	@Test
	void eightBitStackUsesAllPlanes() {
		final ImageStack stack = new ImageStack(10, 10);
		for (int p = 0; p < 10; p++) {
			final byte[] pixels = new byte[100];
			for (int i = 0; i < 100; i++) {
				pixels[i] = (byte) (p * 100 + i < 256 ? (p * 100 + i) / 4 : 250);
			}
			stack.addSlice(null, new ByteProcessor(10, 10, pixels));
		}
		final float[] expected = new float[1000];
		for (int p = 0; p < 10; p++) {
			for (int i = 0; i < 100; i++) {
				expected[p * 100 + i] = p * 100 + i < 256 ? (p * 100 + i) / 4 : 250;
			}
		}
		Arrays.sort(expected);
		final Normalisation norm = estimator.estimate(new ImagePlus("b", stack));
		assertEquals(PercentileEstimator.percentileOfSorted(expected, 1000, 0.1), norm.low(0), 1e-12);
		assertEquals(PercentileEstimator.percentileOfSorted(expected, 1000, 99.9), norm.high(0), 1e-12);
	}

	@Test
	void largeFloatImagesAreSubsampledWithADeterministicStride() {
		// 2 planes of 500 values 0..999 in order; a limit of 100 gives stride 10, i.e. values 0, 10, ..., 990.
		final ImageStack stack = new ImageStack(25, 20);
		for (int p = 0; p < 2; p++) {
			final float[] pixels = new float[500];
			for (int i = 0; i < 500; i++) {
				pixels[i] = p * 500 + i;
			}
			stack.addSlice(null, new FloatProcessor(25, 20, pixels));
		}
		final float[] expected = new float[100];
		for (int i = 0; i < 100; i++) {
			expected[i] = 10 * i;
		}
		final Normalisation norm = new PercentileEstimator(100).estimate(new ImagePlus("big", stack));
		assertEquals(PercentileEstimator.percentileOfSorted(expected, 100, 0.1), norm.low(0), 1e-9);
		assertEquals(PercentileEstimator.percentileOfSorted(expected, 100, 99.9), norm.high(0), 1e-9);
		assertEquals(989.01, norm.high(0), 1e-9);
	}

	@Test
	void channelWithoutFiniteValuesGetsUnitRange() {
		final float[] pixels = new float[16];
		Arrays.fill(pixels, Float.NaN);
		pixels[3] = Float.POSITIVE_INFINITY;
		final Normalisation norm = estimator.estimate(new ImagePlus("nan", new FloatProcessor(4, 4, pixels)));
		assertEquals(new Normalisation(new double[] { 0 }, new double[] { 1 }), norm);
	}

	@Test
	void singleValueGivesThatValueForBothBounds() {
		assertEquals(5.0, PercentileEstimator.percentileOfSorted(new float[] { 5 }, 1, 0.1));
		assertEquals(5.0, PercentileEstimator.percentileOfSorted(new float[] { 5 }, 1, 99.9));
	}

	private static float[] shuffled(final int n, final long seed) {
		final float[] values = new float[n];
		for (int i = 0; i < n; i++) {
			values[i] = i;
		}
		final Random random = new Random(seed);
		for (int i = n - 1; i > 0; i--) {
			final int j = random.nextInt(i + 1);
			final float tmp = values[i];
			values[i] = values[j];
			values[j] = tmp;
		}
		return values;
	}
}
