package io.github.vaeexplorer.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** The affine map, its clamping and its degenerate cases. */
class NormalisationTest {

	private final Normalisation norm = new Normalisation(new double[] { 10, -1 }, new double[] { 20, 1 });

	@Test
	void mapsBoundsToZeroAndOneAndClamps() {
		assertEquals(2, norm.channels());
		assertEquals(0f, norm.normalise(0, 10));
		assertEquals(1f, norm.normalise(0, 20));
		assertEquals(0.25f, norm.normalise(0, 12.5));
		assertEquals(0f, norm.normalise(0, 3));
		assertEquals(1f, norm.normalise(0, 300));
		assertEquals(0.5f, norm.normalise(1, 0));
	}

	@Test
	void nonFiniteInputsStayInsideTheUnitRange() {
		assertEquals(0f, norm.normalise(0, Double.NaN));
		assertEquals(0f, norm.normalise(0, Double.NEGATIVE_INFINITY));
		assertEquals(1f, norm.normalise(0, Double.POSITIVE_INFINITY));
	}

	@Test
	void denormaliseInvertsNormalise() {
		assertEquals(12.5, norm.denormalise(0, 0.25), 1e-12);
		assertEquals(1.0, norm.denormalise(1, 1), 1e-12);
		assertEquals(30.0, norm.denormalise(0, 2), 1e-12);
	}

	@Test
	void constantChannelNormalisesToZeroAndUsesUnitRangeBack() {
		final Normalisation constant = new Normalisation(new double[] { 5 }, new double[] { 5 });
		assertEquals(0f, constant.normalise(0, 5));
		assertEquals(0f, constant.normalise(0, 99));
		assertEquals(5.5, constant.denormalise(0, 0.5), 1e-12);
	}

	@Test
	void equalityIsByValueAndArraysAreCopied() {
		final double[] low = { 10, -1 };
		final Normalisation same = new Normalisation(low, new double[] { 20, 1 });
		low[0] = 0;
		assertEquals(norm, same);
		assertEquals(norm.hashCode(), same.hashCode());
		assertEquals(10, same.low(0));
		assertNotEquals(norm, new Normalisation(new double[] { 10, -1 }, new double[] { 20, 2 }));
		assertEquals("Normalisation[c0: 10.0..20.0, c1: -1.0..1.0]", norm.toString());
	}

	@Test
	void invalidBoundsAreRejected() {
		assertThrows(IllegalArgumentException.class, () -> new Normalisation(new double[] { 0 }, new double[] { 1, 2 }));
		assertThrows(IllegalArgumentException.class, () -> new Normalisation(new double[0], new double[0]));
		assertThrows(IllegalArgumentException.class, () -> new Normalisation(new double[] { Double.NaN }, new double[] { 1 }));
	}
}
