package io.github.vaeexplorer.latent;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;

import org.junit.jupiter.api.Test;

class LatentSweepTest {

	@Test
	void labelsNameTheDimensionWithTwoDecimals() {
		assertEquals(Arrays.asList("z3=-1.50", "z3=0.00", "z3=1.50"), new LatentSweep(3, -1.5, 1.5, 3).labels());
	}

	@Test
	void valuesAreEvenlySpacedAndIncludeBothEnds() {
		LatentSweep sweep = new LatentSweep(0, -2, 2, 9);
		for (int i = 0; i < 9; i++) assertEquals(-2 + 0.5 * i, sweep.value(i), 1e-12);
		assertEquals(-2.0, sweep.value(0), 0.0);
		assertEquals(2.0, sweep.value(8), 0.0);
	}

	@Test
	void fromAboveToSweepsDownwards() {
		LatentSweep sweep = new LatentSweep(1, 2, -2, 5);
		assertEquals(Arrays.asList("z1=2.00", "z1=1.00", "z1=0.00", "z1=-1.00", "z1=-2.00"), sweep.labels());
	}

	@Test
	void aSingleStepSitsAtFrom() {
		LatentSweep sweep = new LatentSweep(2, 0.75, 3, 1);
		assertEquals(0.75, sweep.value(0), 0.0);
		assertEquals(Arrays.asList("z2=0.75"), sweep.labels());
		assertEquals(1, sweep.codes(new float[4]).length);
	}

	@Test
	void codesCopyTheAnchorAndChangeOnlyTheSweptDimension() {
		float[] anchor = { 0.1f, 0.2f, 0.3f, 0.4f };
		float[][] codes = new LatentSweep(2, -1, 1, 3).codes(anchor);
		assertEquals(3, codes.length);
		assertArrayEquals(new float[] { 0.1f, 0.2f, -1f, 0.4f }, codes[0], 0f);
		assertArrayEquals(new float[] { 0.1f, 0.2f, 0f, 0.4f }, codes[1], 0f);
		assertArrayEquals(new float[] { 0.1f, 0.2f, 1f, 0.4f }, codes[2], 0f);
		assertArrayEquals(new float[] { 0.1f, 0.2f, 0.3f, 0.4f }, anchor, 0f); // anchor untouched
	}

	@Test
	void zeroStepsAreRejected() {
		IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new LatentSweep(0, -1, 1, 0));
		assertEquals("steps must be between 1 and 10000 (got 0)", e.getMessage());
	}

	@Test
	void absurdStepCountsAndNonFiniteBoundsAreRejected() {
		assertThrows(IllegalArgumentException.class, () -> new LatentSweep(0, -1, 1, 10_001));
		assertThrows(IllegalArgumentException.class, () -> new LatentSweep(0, Double.NaN, 1, 5));
		assertThrows(IllegalArgumentException.class, () -> new LatentSweep(0, -1, Double.POSITIVE_INFINITY, 5));
	}

	@Test
	void aDimensionOutsideTheAnchorIsRejectedWhenMakingCodes() {
		IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new LatentSweep(4, -1, 1, 3)
			.codes(new float[4]));
		assertEquals("dim must be from 0 to 3 (got 4)", e.getMessage());
		assertThrows(IllegalArgumentException.class, () -> new LatentSweep(-1, -1, 1, 3).codes(new float[4]));
	}
}
