package io.github.vaeexplorer.data.synthetic;

import ij.ImagePlus;
import ij.ImageStack;
import ij.process.ByteProcessor;

/**
 * Unsigned-byte images read from an IDX3 file: {@code count} images of {@code rows x columns}
 * pixels. Immutable.
 */
public final class IdxImages {

	private final int count;
	private final int rows;
	private final int columns;
	private final byte[] pixels;

	/**
	 * Wraps image data; copies the pixels.
	 *
	 * @param count number of images, at least 0
	 * @param rows image height, at least 1
	 * @param columns image width, at least 1
	 * @param pixels {@code count * rows * columns} bytes, image after image, row by row
	 * @throws IllegalArgumentException if the sizes do not match
	 */
	public IdxImages(int count, int rows, int columns, byte[] pixels) {
		if (count < 0 || rows < 1 || columns < 1) {
			throw new IllegalArgumentException(
				"Invalid IDX image dimensions: " + count + " images of " + rows + "x" + columns);
		}
		if ((long) count * rows * columns != pixels.length) {
			throw new IllegalArgumentException("expected " + (long) count * rows * columns + " pixel bytes for " +
				count + " images of " + rows + "x" + columns + ", got " + pixels.length);
		}
		this.count = count;
		this.rows = rows;
		this.columns = columns;
		this.pixels = pixels.clone();
	}

	/** @return the number of images */
	public int count() {
		return count;
	}

	/** @return the image height in pixels */
	public int rows() {
		return rows;
	}

	/** @return the image width in pixels */
	public int columns() {
		return columns;
	}

	/**
	 * Returns a copy of one image's pixels.
	 *
	 * @param index 0-based image index
	 * @return {@code rows * columns} unsigned bytes, row by row
	 * @throws IndexOutOfBoundsException if the index is out of range
	 */
	public byte[] image(int index) {
		if (index < 0 || index >= count) {
			throw new IndexOutOfBoundsException("image index " + index + " is outside 0.." + (count - 1));
		}
		final int length = rows * columns;
		final byte[] image = new byte[length];
		System.arraycopy(pixels, index * length, image, 0, length);
		return image;
	}

	/**
	 * Builds an 8-bit stack of the first {@code slices} images.
	 *
	 * @param title title of the stack
	 * @param slices number of images to take, 1 .. {@link #count()}
	 * @param labels slice labels, at least {@code slices} of them, or {@code null} for none
	 * @return the stack
	 * @throws IllegalArgumentException if {@code slices} is out of range or there are too few labels
	 */
	public ImagePlus toStack(String title, int slices, String[] labels) {
		if (slices < 1 || slices > count) {
			throw new IllegalArgumentException("cannot take " + slices + " of " + count + " images");
		}
		if (labels != null && labels.length < slices) {
			throw new IllegalArgumentException("need " + slices + " slice labels, got " + labels.length);
		}
		final ImageStack stack = new ImageStack(columns, rows);
		for (int i = 0; i < slices; i++) {
			stack.addSlice(labels == null ? null : labels[i], new ByteProcessor(columns, rows, image(i)));
		}
		return new ImagePlus(title, stack);
	}
}
