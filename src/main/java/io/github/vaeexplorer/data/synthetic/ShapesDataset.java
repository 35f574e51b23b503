package io.github.vaeexplorer.data.synthetic;

import io.github.vaeexplorer.table.FactorTable;

import ij.ImagePlus;

/**
 * A generated shapes stack together with its factor table (one row per slice).
 */
public final class ShapesDataset {

	private final ImagePlus stack;
	private final FactorTable factors;

	/**
	 * Pairs a stack with its factors.
	 *
	 * @param stack the 8-bit image stack
	 * @param factors one row per slice, columns {@link ShapeFactors#COLUMN_NAMES}
	 * @throws IllegalArgumentException if the row count differs from the slice count
	 */
	public ShapesDataset(ImagePlus stack, FactorTable factors) {
		if (stack.getStackSize() != factors.rowCount()) {
			throw new IllegalArgumentException("the stack has " + stack.getStackSize() +
				" slices but the factor table has " + factors.rowCount() + " rows");
		}
		this.stack = stack;
		this.factors = factors;
	}

	/** @return the 8-bit image stack (the same instance on every call) */
	public ImagePlus stack() {
		return stack;
	}

	/** @return the factor table, one row per slice */
	public FactorTable factors() {
		return factors;
	}
}
