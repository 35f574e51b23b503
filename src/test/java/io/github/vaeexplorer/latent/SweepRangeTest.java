package io.github.vaeexplorer.latent;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.vaeexplorer.model.LatentStatistics;

import org.junit.jupiter.api.Test;

class SweepRangeTest {

	/** Two dimensions whose posterior means ranged over [-0.5, 1.5] and [-2, -1]. */
	private static final LatentStatistics STATS = new LatentStatistics(new double[] { 1, 1 }, new double[2],
		new double[] { 1, 1 }, new double[] { -0.5, -2 }, new double[] { 1.5, -1 });

	@Test
	void aNumberSweepsSymmetricallyInEveryDimension() {
		SweepRange r = SweepRange.parse(" 2.5 ");
		assertFalse(r.isObserved());
		assertEquals(-2.5, r.from(0, STATS), 0);
		assertEquals(2.5, r.to(1, STATS), 0);
	}

	@Test
	void observedSweepsFromTheSmallestToTheLargestMean() {
		SweepRange r = SweepRange.parse("Observed");
		assertTrue(r.isObserved());
		assertEquals(-0.5, r.from(0, STATS), 0);
		assertEquals(1.5, r.to(0, STATS), 0);
		LatentSweep sweep = r.sweep(1, 3, STATS);
		assertArrayEquals(new float[] { -2, -1.5f, -1 }, new float[] { sweep.codes(new float[2])[0][1], sweep.codes(
			new float[2])[1][1], sweep.codes(new float[2])[2][1] }, 0);
	}

	@Test
	void badRangesNameTheKey() {
		assertEquals("range must be a number > 0 or observed (got 'wide')", assertThrows(IllegalArgumentException.class,
			() -> SweepRange.parse("wide")).getMessage());
		assertEquals("range must be a number > 0 or observed (got 0.0)", assertThrows(IllegalArgumentException.class,
			() -> SweepRange.parse("0")).getMessage());
		assertThrows(IllegalArgumentException.class, () -> SweepRange.parse("Infinity"));
		assertThrows(IllegalArgumentException.class, () -> SweepRange.parse("NaN"));
	}
}
