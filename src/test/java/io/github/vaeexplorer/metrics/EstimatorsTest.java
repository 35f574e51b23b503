package io.github.vaeexplorer.metrics;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** Binning, mutual information, single-latent scores, the linear probe and Gaussian TC against hand-computed values. */
class EstimatorsTest {

	// -- Discretiser --

	@Test
	void histogramBinsAreNumpysEqualWidthBins() {
		// np.digitize(v, np.histogram(v, 20)[1][:-1]) - 1 for v = 0..7: edges every 0.35
		assertArrayEquals(new int[] { 0, 2, 5, 8, 11, 14, 17, 19 }, Discretiser.histogram(new double[] { 0, 1, 2, 3, 4,
			5, 6, 7 }, 20));
		// A value on an edge goes to the bin above it; the maximum stays in the last bin.
		assertArrayEquals(new int[] { 0, 1, 1 }, Discretiser.histogram(new double[] { 0, 0.5, 1 }, 2));
		assertArrayEquals(new int[] { 0, 0, 0 }, Discretiser.histogram(new double[] { 4, 4, 4 }, 20));
	}

	@Test
	void factorsWithFewValuesKeepThemAndOthersAreBinned() {
		assertArrayEquals(new int[] { 2, 0, 2, 1 }, Discretiser.factor(new double[] { 3, 1, 3, 2 }, 20));
		double[] many = new double[25];
		for (int i = 0; i < many.length; i++) many[i] = i;
		int[] codes = Discretiser.factor(many, 20);
		assertEquals(0, codes[0]);
		assertEquals(19, codes[24]);
		assertEquals(Discretiser.histogram(many, 20)[12], codes[12]);
		assertEquals(2, Discretiser.distinctCount(new double[] { 0.0, -0.0, 1 }));
	}

	@Test
	void nonFiniteValuesCannotBeBinned() {
		assertThrows(IllegalArgumentException.class, () -> Discretiser.histogram(new double[] { 0, Double.NaN }, 20));
	}

	// -- Mutual information --

	@Test
	void mutualInformationOfEightPairsIsTheHandComputedSum() {
		int[] a = { 0, 0, 0, 1, 1, 1, 1, 1 }, b = { 0, 0, 1, 1, 1, 1, 1, 1 };
		// joint counts (0,0)=2, (0,1)=1, (1,1)=5; marginals a: 3/8, 5/8; b: 2/8, 6/8
		double expected = 2 / 8.0 * Math.log((2 / 8.0) / (3 / 8.0 * 2 / 8.0)) + 1 / 8.0 * Math.log((1 / 8.0) / (3 / 8.0 *
			6 / 8.0)) + 5 / 8.0 * Math.log((5 / 8.0) / (5 / 8.0 * 6 / 8.0));
		assertEquals(expected, MutualInformation.between(a, b), 1e-12);
		assertEquals(expected, MutualInformation.between(b, a), 1e-12);
	}

	@Test
	void independentCodesShareNothingAndACodeSharesItsEntropyWithItself() {
		assertEquals(0, MutualInformation.between(new int[] { 0, 0, 1, 1 }, new int[] { 0, 1, 0, 1 }), 1e-15);
		int[] c = { 0, 0, 1, 2 };
		double h = -(0.5 * Math.log(0.5) + 2 * 0.25 * Math.log(0.25));
		assertEquals(h, MutualInformation.entropy(c), 1e-12);
		assertEquals(h, MutualInformation.between(c, c), 1e-12);
	}

	// -- SAP's single-latent scores --

	@Test
	void linearScoreIsTheSquaredCorrelation() {
		assertEquals(0.25, SapScore.linearScore(new double[] { 0, 1, 2 }, new double[] { 0, 2, 1 }), 1e-12);
		assertEquals(1, SapScore.linearScore(new double[] { 1, 2, 3, 4 }, new double[] { 3, 5, 7, 9 }), 1e-12);
		assertEquals(0, SapScore.linearScore(new double[] { 1, 2, 3, 4 }, new double[] { 1, -1, -1, 1 }), 1e-12);
		assertEquals(0, SapScore.linearScore(new double[] { 2, 2, 2 }, new double[] { 0, 2, 1 }), 0.0);
	}

	@Test
	void thresholdScoreIsTheBalancedAccuracyOfTheNearestClassMean() {
		// class means 0.4 and 1.0: the class-0 value 1.0 is misread, so class recalls are 2/3 and 1
		double score = SapScore.thresholdScore(new double[] { 0, 0.2, 1.0, 0.9, 1.1 }, new int[] { 0, 0, 0, 1, 1 });
		assertEquals((2 / 3.0 + 1) / 2, score, 1e-12);
		// a constant latent predicts one class: chance level 1/classes
		assertEquals(0.25, SapScore.thresholdScore(new double[] { 5, 5, 5, 5 }, new int[] { 0, 1, 2, 3 }), 1e-12);
	}

	// -- Linear probe --

	@Test
	void linearProbeR2OfFourPointsIsEighteenNineteenths() {
		float[][] mu = { { 0, 0 }, { 1, 0 }, { 0, 1 }, { 1, 1 } };
		// least squares y = 1.25 + 1.5·(z0 − 0.5) + 1.5·(z1 − 0.5); residuals ±0.25, total sum of squares 4.75
		assertEquals(18 / 19.0, LinearProbe.rSquared(mu, new double[] { 0, 1, 1, 3 }), 1e-9);
	}

	@Test
	void linearProbeRecoversAnExactLinearFactorDespiteACollapsedLatent() {
		float[][] mu = { { 0, 7, 1 }, { 1, 7, 0 }, { 2, 7, 3 }, { 3, 7, 1 }, { 4, 7, 5 } };
		double[] y = new double[5];
		for (int i = 0; i < 5; i++) y[i] = 2 * mu[i][0] - 3 * mu[i][2] + 5;
		assertEquals(1, LinearProbe.rSquared(mu, y), 1e-9);
		assertEquals(0, LinearProbe.rSquared(mu, new double[] { 4, 4, 4, 4, 4 }), 0.0);
	}

	// -- Gaussian total correlation --

	@Test
	void gaussianTotalCorrelationOfTwoCorrelatedDimensions() {
		assertEquals(-0.5 * Math.log(1 - 0.36), GaussianTotalCorrelation.ofCovariance(new double[][] { { 1, 0.6 }, {
			0.6, 1 } }), 1e-12);
		assertEquals(0, GaussianTotalCorrelation.ofCovariance(new double[][] { { 2, 0 }, { 0, 5 } }), 1e-12);
	}

	@Test
	void theAggregatePosteriorAddsTheMeanPosteriorVariance() {
		// Cov(mu) = [[1,1],[1,1]], mean variance 1: Σ = [[2,1],[1,2]], TC = ½(2 ln 2 − ln 3)
		float[][] mu = { { 1, 1 }, { -1, -1 } }, logvar = { { 0, 0 }, { 0, 0 } };
		assertEquals(0.5 * Math.log(4 / 3.0), GaussianTotalCorrelation.ofAggregatePosterior(mu, logvar), 1e-12);
	}
}
