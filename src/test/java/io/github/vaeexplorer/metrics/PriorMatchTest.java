package io.github.vaeexplorer.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The prior-match distances: ≈ 0 for one distribution, the closed form for shifted Gaussians. */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class PriorMatchTest {

	private static float[][] gaussian(int n, int k, double shift, double scale, Random random) {
		float[][] z = new float[n][k];
		for (float[] row : z) {
			for (int d = 0; d < k; d++) row[d] = (float) (scale * random.nextGaussian() + (d == 0 ? shift : 0));
		}
		return z;
	}

	@Test
	void twoSamplesOfOneGaussianAreNearZero() {
		Random random = new Random(1);
		double mmd = PriorMatch.mmd(gaussian(1000, 4, 0, 1, random), gaussian(1000, 4, 0, 1, random));
		// The unbiased estimate's standard deviation is about 0.002 here; a shift of 1 gives 0.064.
		assertEquals(0, mmd, 0.006);
	}

	@Test
	void shiftedGaussiansMatchTheClosedForm() {
		Random random = new Random(2);
		for (double shift : new double[] { 1, 2, 4 }) {
			double expected = PriorMatch.closedFormShiftedGaussians(shift * shift, 4);
			double measured = PriorMatch.mmd(gaussian(1000, 4, shift, 1, random), gaussian(1000, 4, 0, 1, random));
			assertEquals(expected, measured, 0.01 + 0.05 * expected, "shift " + shift);
		}
		assertEquals(0.0641, PriorMatch.closedFormShiftedGaussians(1, 4), 5e-4); // by hand, h² = 2, 4, 8
	}

	@Test
	void priorSamplesMatchThePriorAndScaledCodesDoNot() {
		PriorMatch prior = PriorMatch.of(gaussian(800, 5, 0, 1, new Random(3)));
		PriorMatch wide = PriorMatch.of(gaussian(800, 5, 0, 3, new Random(3)));
		assertEquals(0, prior.mmd(), 0.01);
		assertEquals(0, prior.gaussianKl(), 0.05);
		assertTrue(wide.mmd() > 0.2, "wide codes: " + wide.mmd());
		// KL(N(0, 9I) ‖ N(0, I)) = ½·5·(9 − 1 − ln 9) = 14.5 nats.
		assertEquals(14.5, wide.gaussianKl(), 0.8);
	}
}
