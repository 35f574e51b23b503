package io.github.vaeexplorer.data.synthetic;

/**
 * The dSprites factor grid: the discrete values each generative factor of
 * {@link ShapesGenerator} can take.
 * <ul>
 * <li>shape: {@value #SHAPE_COUNT} values, see {@link ShapeKind};</li>
 * <li>scale: {@value #SCALE_COUNT} values, linspace(0.5, 1.0);</li>
 * <li>rotation: {@value #ROTATION_COUNT} values, linspace(0, 2&pi;) without 2&pi;, in radians;</li>
 * <li>x and y: {@value #POSITION_COUNT} values each, linspace(0, 1).</li>
 * </ul>
 */
public final class FactorGrid {

	/** Number of shapes. */
	public static final int SHAPE_COUNT = 3;
	/** Number of scale values. */
	public static final int SCALE_COUNT = 6;
	/** Number of rotation values. */
	public static final int ROTATION_COUNT = 40;
	/** Number of values of x, and of y. */
	public static final int POSITION_COUNT = 32;

	private static final double MIN_SCALE = 0.5;
	private static final double MAX_SCALE = 1.0;

	private FactorGrid() {
		// constants and functions only
	}

	/**
	 * Returns a scale value.
	 *
	 * @param index 0 .. {@value #SCALE_COUNT} - 1
	 * @return 0.5 + index * 0.1
	 */
	public static double scale(int index) {
		checkIndex("scale", index, SCALE_COUNT);
		return MIN_SCALE + index * (MAX_SCALE - MIN_SCALE) / (SCALE_COUNT - 1);
	}

	/**
	 * Returns a rotation value in radians.
	 *
	 * @param index 0 .. {@value #ROTATION_COUNT} - 1
	 * @return index * 2&pi; / {@value #ROTATION_COUNT}
	 */
	public static double rotation(int index) {
		checkIndex("rotation", index, ROTATION_COUNT);
		return index * 2 * Math.PI / ROTATION_COUNT;
	}

	/**
	 * Returns a rotation value in whole degrees.
	 *
	 * @param index 0 .. {@value #ROTATION_COUNT} - 1
	 * @return index * 9
	 */
	public static int rotationDegrees(int index) {
		checkIndex("rotation", index, ROTATION_COUNT);
		return index * 360 / ROTATION_COUNT;
	}

	/**
	 * Returns a position value (used for both x and y).
	 *
	 * @param index 0 .. {@value #POSITION_COUNT} - 1
	 * @return index / 31
	 */
	public static double position(int index) {
		checkIndex("position", index, POSITION_COUNT);
		return index / (double) (POSITION_COUNT - 1);
	}

	private static void checkIndex(String factor, int index, int count) {
		if (index < 0 || index >= count) {
			throw new IllegalArgumentException(
				"The " + factor + " index must be 0.." + (count - 1) + ", got " + index);
		}
	}
}
