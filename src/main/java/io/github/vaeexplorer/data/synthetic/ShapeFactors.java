package io.github.vaeexplorer.data.synthetic;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * The generative factors of one shapes image, stored as indices into the {@link FactorGrid}.
 * Immutable.
 */
public final class ShapeFactors {

	/** Column names of the factor table, in the order of {@link #toRow()}. */
	public static final List<String> COLUMN_NAMES =
		Collections.unmodifiableList(Arrays.asList("shape", "scale", "rotation", "x", "y"));

	private final ShapeKind shape;
	private final int scaleIndex;
	private final int rotationIndex;
	private final int xIndex;
	private final int yIndex;

	/**
	 * Creates the factors of one image.
	 *
	 * @param shape the shape
	 * @param scaleIndex index into {@link FactorGrid#scale(int)}
	 * @param rotationIndex index into {@link FactorGrid#rotation(int)}
	 * @param xIndex index into {@link FactorGrid#position(int)} for x
	 * @param yIndex index into {@link FactorGrid#position(int)} for y
	 * @throws IllegalArgumentException if an index is out of range
	 */
	public ShapeFactors(ShapeKind shape, int scaleIndex, int rotationIndex,
		int xIndex, int yIndex)
	{
		if (shape == null) {
			throw new IllegalArgumentException("the shape must not be null");
		}
		FactorGrid.scale(scaleIndex);
		FactorGrid.rotation(rotationIndex);
		FactorGrid.position(xIndex);
		FactorGrid.position(yIndex);
		this.shape = shape;
		this.scaleIndex = scaleIndex;
		this.rotationIndex = rotationIndex;
		this.xIndex = xIndex;
		this.yIndex = yIndex;
	}

	/** @return the shape */
	public ShapeKind shape() {
		return shape;
	}

	/** @return the scale index, 0 .. {@value FactorGrid#SCALE_COUNT} - 1 */
	public int scaleIndex() {
		return scaleIndex;
	}

	/** @return the rotation index, 0 .. {@value FactorGrid#ROTATION_COUNT} - 1 */
	public int rotationIndex() {
		return rotationIndex;
	}

	/** @return the x index, 0 .. {@value FactorGrid#POSITION_COUNT} - 1 */
	public int xIndex() {
		return xIndex;
	}

	/** @return the y index, 0 .. {@value FactorGrid#POSITION_COUNT} - 1 */
	public int yIndex() {
		return yIndex;
	}

	/** @return the scale value, 0.5 .. 1.0 */
	public double scale() {
		return FactorGrid.scale(scaleIndex);
	}

	/** @return the rotation in radians, 0 .. 2&pi; (exclusive) */
	public double rotation() {
		return FactorGrid.rotation(rotationIndex);
	}

	/** @return the x position value, 0 .. 1 */
	public double x() {
		return FactorGrid.position(xIndex);
	}

	/** @return the y position value, 0 .. 1 */
	public double y() {
		return FactorGrid.position(yIndex);
	}

	/**
	 * Returns the factor values as one factor-table row.
	 *
	 * @return {shape index, scale, rotation (radians), x, y}, see {@link #COLUMN_NAMES}
	 */
	public double[] toRow() {
		return new double[] { shape.ordinal(), scale(), rotation(), x(), y() };
	}

	/**
	 * Returns a short human-readable description, used as the slice label.
	 *
	 * @return e.g. {@code "square s=0.8 r=45° x=0.32 y=0.71"}
	 */
	public String label() {
		return String.format(Locale.ROOT, "%s s=%.1f r=%d\u00b0 x=%.2f y=%.2f", shape.label(), scale(),
			FactorGrid.rotationDegrees(rotationIndex), x(), y());
	}

	@Override
	public boolean equals(Object other) {
		if (!(other instanceof ShapeFactors)) {
			return false;
		}
		final ShapeFactors that = (ShapeFactors) other;
		return shape == that.shape && scaleIndex == that.scaleIndex && rotationIndex == that.rotationIndex &&
			xIndex == that.xIndex && yIndex == that.yIndex;
	}

	@Override
	public int hashCode() {
		return Arrays.hashCode(new int[] { shape.ordinal(), scaleIndex, rotationIndex, xIndex, yIndex });
	}

	@Override
	public String toString() {
		return label();
	}
}
