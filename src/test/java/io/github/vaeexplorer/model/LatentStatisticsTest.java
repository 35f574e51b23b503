package io.github.vaeexplorer.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class LatentStatisticsTest {

	/** Three samples, three dimensions: dim 0 spread widely, dim 1 a little (variance 0.08/3), dim 2 constant. */
	private static final float[][] MU = { { 0, 0, 5 }, { 2, 0.2f, 5 }, { 4, 0.4f, 5 } };

	@Test
	void klPerDimIsTheMeanClosedFormKlOfTheGivenSamples() {
		float[][] klMu = { { 1, 0, 0 }, { 3, 0, 0 } };
		float[][] klLogvar = { { 0, 0, 1 }, { 0, 0, -1 } };
		LatentStatistics s = LatentStatistics.compute(MU, klMu, klLogvar);
		double[] kl = s.klPerDim();
		assertEquals((0.5 * 1 + 0.5 * 9) / 2, kl[0], 1e-12); // mu^2 / 2 when logvar = 0
		assertEquals(0.0, kl[1], 0.0); // the prior itself
		double expected = (0.5 * (Math.exp(1) - 1 - 1) + 0.5 * (Math.exp(-1) + 1 - 1)) / 2;
		assertEquals(expected, kl[2], 1e-12);
		assertEquals(kl[0] + kl[1] + kl[2], s.totalKl(), 1e-12);
	}

	@Test
	void klOverTheWholeStackIsHalfTheMeanOfMuSquaredPlusVarianceMinusLogVarianceMinusOne() {
		float[][] logvar = { { 0, 0, 1 }, { 0, 0, -1 }, { 0, 0, 0 } };
		LatentStatistics s = LatentStatistics.compute(MU, logvar);
		double[] kl = s.klPerDim();
		assertEquals(0.5 * (0 + 4 + 16) / 3, kl[0], 1e-9);
		assertEquals(0.5 * (0 + 0.04 + 0.16) / 3, kl[1], 1e-7);
		double expected = 0.5 * ((25 + Math.exp(1) - 1 - 1) + (25 + Math.exp(-1) + 1 - 1) + 25) / 3;
		assertEquals(expected, kl[2], 1e-9);
	}

	@Test
	void klUsesOnlyTheKlSamplesWhileMomentsUseAllSamples() {
		float[][] klMu = { { 2, 2, 2 } };
		float[][] klLogvar = { { 0, 0, 0 } };
		LatentStatistics s = LatentStatistics.compute(MU, klMu, klLogvar);
		assertArrayEquals(new double[] { 2, 2, 2 }, s.klPerDim(), 1e-12);
		assertArrayEquals(new double[] { 2, 0.2, 5 }, s.muMean(), 1e-6);
		assertArrayEquals(new double[] { 0, 0, 5 }, s.muMin(), 0);
		assertArrayEquals(new double[] { 4, 0.4f, 5 }, s.muMax(), 0);
	}

	@Test
	void muVarianceIsThePopulationVarianceOfTheMeans() {
		LatentStatistics s = LatentStatistics.compute(MU, MU, new float[3][3]);
		double[] var = s.muVariance();
		assertEquals(8.0 / 3, var[0], 1e-9);
		assertEquals(0.08 / 3, var[1], 1e-7);
		assertEquals(0.0, var[2], 0.0);
	}

	@Test
	void activeDimsHaveMeanVarianceAboveOneHundredth() {
		LatentStatistics s = LatentStatistics.compute(MU, MU, new float[3][3]);
		assertTrue(s.isActive(0));
		assertTrue(s.isActive(1));
		assertFalse(s.isActive(2));
	}

	@Test
	void activeThresholdIsStrict() {
		double[] z = new double[2];
		LatentStatistics s = new LatentStatistics(z, z, new double[] { 0.01, 0.0100001 }, z, z);
		assertFalse(s.isActive(0));
		assertTrue(s.isActive(1));
	}

	@Test
	void rankingIsByKlDescendingWithTiesByIndex() {
		double[] kl = { 0.5, 2.0, 0.5, 3.0, 0.0 };
		double[] var = { 1, 1, 1, 0.001, 1 };
		double[] z = new double[5];
		LatentStatistics s = new LatentStatistics(kl, z, var, z, z);
		assertArrayEquals(new int[] { 3, 1, 0, 2, 4 }, s.rankedByKl());
		assertArrayEquals(new int[] { 1, 0, 2, 4 }, s.activeDims()); // dim 3 has the most KL but no variance
	}

	@Test
	void arraysOfDifferentLengthsAreRejected() {
		double[] two = new double[2], three = new double[3];
		assertThrows(IllegalArgumentException.class, () -> new LatentStatistics(two, two, three, two, two));
	}

	@Test
	void accessorsReturnCopies() {
		double[] kl = { 1, 2 };
		double[] z = new double[2];
		LatentStatistics s = new LatentStatistics(kl, z, z, z, z);
		kl[0] = 99;
		s.klPerDim()[1] = 99;
		assertArrayEquals(new double[] { 1, 2 }, s.klPerDim(), 0);
	}
}
