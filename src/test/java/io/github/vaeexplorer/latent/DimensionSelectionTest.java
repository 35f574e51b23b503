package io.github.vaeexplorer.latent;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.vaeexplorer.model.LatentStatistics;

import org.junit.jupiter.api.Test;

class DimensionSelectionTest {

	/** Four dimensions; by KL 2, 1, 0, 3; dim 3 and dim 0 are collapsed (Var[mu] at or below 0.01). */
	private static final LatentStatistics STATS = new LatentStatistics(new double[] { 0.5, 1.25, 2.414, 0.001 },
		new double[4], new double[] { 0.01, 0.5, 0.5, 0.0 }, new double[4], new double[4]);

	@Test
	void activeAreTheActiveDimensionsInKlOrder() {
		assertArrayEquals(new int[] { 2, 1 }, DimensionSelection.resolve("active", STATS));
		assertArrayEquals(new int[] { 2, 1 }, DimensionSelection.resolve("", STATS));
		assertArrayEquals(new int[] { 2, 1 }, DimensionSelection.resolve(null, STATS));
	}

	@Test
	void allAreEveryDimensionInKlOrder() {
		assertArrayEquals(new int[] { 2, 1, 0, 3 }, DimensionSelection.resolve(" ALL ", STATS));
	}

	@Test
	void aListIsTakenInItsOwnOrder() {
		assertArrayEquals(new int[] { 3, 0, 2 }, DimensionSelection.resolve("3, 0,2", STATS));
	}

	@Test
	void collapsedDimensionsAreNamedAsSuch() {
		int[] dims = { 2, 3 };
		assertArrayEquals(new int[] { 3 }, DimensionSelection.collapsed(dims, STATS));
		assertEquals("z2 (active, KL 2.41 nats), z3 (collapsed, KL 0.00 nats)", DimensionSelection.describe(dims,
			STATS));
	}

	@Test
	void badListsNameTheKey() {
		assertEquals("dims must name dimensions from 0 to 3 for this model (got 4)", assertThrows(
			IllegalArgumentException.class, () -> DimensionSelection.resolve("1,4", STATS)).getMessage());
		assertEquals("dims must be active, all, or a list of numbers such as 0,2,5 (got 'first')", assertThrows(
			IllegalArgumentException.class, () -> DimensionSelection.resolve("first", STATS)).getMessage());
		assertEquals("dims names dimension 1 twice", assertThrows(IllegalArgumentException.class,
			() -> DimensionSelection.resolve("1,2,1", STATS)).getMessage());
	}

	@Test
	void theUnchosenGridShowsTheActiveDimensionsElseAll() {
		assertArrayEquals(new int[] { 2, 1 }, DimensionSelection.activeOrAll(STATS));
		LatentStatistics dead = new LatentStatistics(new double[] { 0.001, 0.002 }, new double[2], new double[2],
			new double[2], new double[2]);
		assertArrayEquals(new int[] { 1, 0 }, DimensionSelection.activeOrAll(dead));
	}

	@Test
	void activeWithEverythingCollapsedSaysWhatToDo() {
		LatentStatistics dead = new LatentStatistics(new double[2], new double[2], new double[2], new double[2],
			new double[2]);
		IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> DimensionSelection.resolve(
			"active", dead));
		assertEquals("dims=active but every dimension of this model has collapsed (none has Var[mu] > 0.01); give " +
			"dims=all or a list such as 0,1", e.getMessage());
	}
}
