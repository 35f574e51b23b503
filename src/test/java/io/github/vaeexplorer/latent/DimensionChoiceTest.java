package io.github.vaeexplorer.latent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.vaeexplorer.model.LatentStatistics;

import org.junit.jupiter.api.Test;

class DimensionChoiceTest {

	/** Four dimensions; dim 2 has the most KL, dim 3 is collapsed. */
	private static final LatentStatistics STATS = new LatentStatistics(new double[] { 0.5, 1.25, 2.414, 0.001 },
		new double[4], new double[] { 0.5, 0.5, 0.5, 0.0 }, new double[4], new double[4]);

	@Test
	void autoPicksTheDimensionWithTheLargestKl() {
		assertEquals(2, DimensionChoice.resolve("auto", STATS));
		assertEquals(2, DimensionChoice.resolve(" AUTO ", STATS));
		assertEquals(2, DimensionChoice.resolve("", STATS));
		assertEquals(2, DimensionChoice.resolve(null, STATS));
	}

	@Test
	void aNumberIsTakenAsIs() {
		assertEquals(0, DimensionChoice.resolve("0", STATS));
		assertEquals(3, DimensionChoice.resolve(" 3 ", STATS));
	}

	@Test
	void outOfRangeNamesTheValidRange() {
		IllegalArgumentException high = assertThrows(IllegalArgumentException.class, () -> DimensionChoice.resolve(
			"4", STATS));
		assertEquals("dim must be from 0 to 3 for this model (got 4)", high.getMessage());
		IllegalArgumentException low = assertThrows(IllegalArgumentException.class, () -> DimensionChoice.resolve(
			"-1", STATS));
		assertEquals("dim must be from 0 to 3 for this model (got -1)", low.getMessage());
	}

	@Test
	void aNonNumberNamesTheBadValue() {
		IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> DimensionChoice.resolve(
			"first", STATS));
		assertEquals("dim must be auto or a number from 0 to 3 (got 'first')", e.getMessage());
	}

	@Test
	void describeSaysActiveOrCollapsedAndTheKl() {
		assertEquals("z2 (active, KL 2.41 nats)", DimensionChoice.describe(2, STATS));
		assertEquals("z3 (collapsed, KL 0.00 nats)", DimensionChoice.describe(3, STATS));
	}
}
