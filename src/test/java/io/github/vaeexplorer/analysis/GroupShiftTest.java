package io.github.vaeexplorer.analysis;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The mean shift, effect size and permutation p-values of two seeded Gaussian groups. */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class GroupShiftTest {

	private static final double[] SHIFT = { 2.0, 0.0, -1.0, 0.0 };

	/** 300 codes from N(0, I) (A) and 300 from N(SHIFT, I) (B). */
	private static GroupShift shifted(long seed) {
		Random random = new Random(seed);
		double[][] a = new double[300][4], b = new double[300][4];
		for (int i = 0; i < 300; i++) {
			for (int d = 0; d < 4; d++) {
				a[i][d] = random.nextGaussian();
				b[i][d] = SHIFT[d] + random.nextGaussian();
			}
		}
		return GroupShift.of(a, b, 1);
	}

	@Test
	void recoversTheShiftAndItsEffectSize() {
		GroupShift g = shifted(8);
		// Standard error of a difference of means of 300 unit-variance values: sqrt(2/300) = 0.082.
		assertArrayEquals(SHIFT, g.difference(), 0.25);
		assertArrayEquals(SHIFT, g.effectSize(), 0.25);
		assertEquals(300, g.countA());
	}

	@Test
	void permutationPIsSmallForARealShiftAndNotForNone() {
		double[] p = shifted(8).pValue();
		assertEquals(1.0 / (GroupShift.PERMUTATIONS + 1), p[0], 0.0);
		assertEquals(1.0 / (GroupShift.PERMUTATIONS + 1), p[2], 0.0);
		assertTrue(p[1] > 0.05, "p of an unshifted dimension " + p[1]);
		assertTrue(p[3] > 0.05, "p of an unshifted dimension " + p[3]);
	}

	@Test
	void differenceByHandAndRepeatablePValues() {
		double[][] a = { { 0 }, { 2 } }, b = { { 4 }, { 6 } };
		GroupShift g = GroupShift.of(a, b, 3);
		assertEquals(4, g.difference()[0], 1e-12);
		// Pooled sd: sqrt((2 + 2) / 2) = sqrt(2).
		assertEquals(4 / Math.sqrt(2), g.effectSize()[0], 1e-12);
		assertArrayEquals(g.pValue(), GroupShift.of(a, b, 3).pValue(), 0.0);
		// Of the 6 ways to split 4 values into 2+2, 2 are as extreme as the observed one: p ≈ 1/3.
		assertEquals(1.0 / 3, g.pValue()[0], 0.06);
	}
}
