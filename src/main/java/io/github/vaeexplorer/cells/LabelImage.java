package io.github.vaeexplorer.cells;

/**
 * A 2-D label image: one whole-number id a pixel, row by row; 0 is background, every other id one object
 * (as written by StarDist, Cellpose, Labkit or MorphoLibJ). Holds its array without copying.
 *
 * @author VAE Explorer developers
 */
public final class LabelImage {

	private final int width;
	private final int height;
	private final int[] ids;

	/**
	 * Wraps ids.
	 *
	 * @param ids {@code width*height} non-negative ids, row by row
	 * @throws IllegalArgumentException for a wrong length or a negative id
	 */
	public LabelImage(int width, int height, int[] ids) {
		if (width < 1 || height < 1 || ids.length != (long) width * height) throw new IllegalArgumentException(
			"a label image of " + width + "x" + height + " pixels needs " + (long) width * height + " ids, got " +
				ids.length);
		for (int id : ids) {
			if (id < 0) throw new IllegalArgumentException("label ids must not be negative (found " + id + ")");
		}
		this.width = width;
		this.height = height;
		this.ids = ids;
	}

	/**
	 * A label image from pixel values as read from a file (8-, 16- or 32-bit).
	 *
	 * @param name for the message
	 * @throws IllegalArgumentException if a value is negative, not whole, or beyond 2^24 (where floats stop being exact)
	 */
	public static LabelImage fromValues(String name, int width, int height, float[] values) {
		int[] ids = new int[values.length];
		for (int i = 0; i < values.length; i++) {
			float v = values[i];
			if (!(v >= 0 && v <= (1 << 24)) || v != Math.rint(v)) throw new IllegalArgumentException(name +
				" is not a label image: pixel (" + i % width + "," + i / width + ") is " + v +
				" (labels are whole numbers from 0, background, to 16777216)");
			ids[i] = (int) v;
		}
		return new LabelImage(width, height, ids);
	}

	public int width() { return width; }

	public int height() { return height; }

	/** The id at a pixel (no bounds check beyond the array's). */
	public int id(int x, int y) {
		return ids[y * width + x];
	}

	/** A copy of the ids, row by row. */
	public int[] copyOfIds() {
		return ids.clone();
	}

	/** The ids, row by row: the array itself, not a copy (do not change it). */
	int[] ids() {
		return ids;
	}
}
