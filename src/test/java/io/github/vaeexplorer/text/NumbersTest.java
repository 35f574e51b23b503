package io.github.vaeexplorer.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class NumbersTest {

	@Test
	void wholeNumbersHaveNoFraction() {
		assertEquals("4", Numbers.format(4.0));
		assertEquals("-3", Numbers.format(-3));
		assertEquals("0", Numbers.format(-0.0));
		assertEquals("9007199254740991", Numbers.format(9007199254740991d));
	}

	@Test
	void othersAreTheirShortestRoundTripForm() {
		assertEquals("0.25", Numbers.format(0.25));
		assertEquals("9.007199254740992E15", Numbers.format(9007199254740992d));
		assertEquals("NaN", Numbers.format(Double.NaN));
		assertEquals("Infinity", Numbers.format(Double.POSITIVE_INFINITY));
	}

	@Test
	void wholeMeansAnExactIntegerBelowTwoToTheFiftyThird() {
		assertTrue(Numbers.isWhole(1e9));
		assertFalse(Numbers.isWhole(0.5));
		assertFalse(Numbers.isWhole(Double.NEGATIVE_INFINITY));
		assertFalse(Numbers.isWhole(1e300));
	}
}
