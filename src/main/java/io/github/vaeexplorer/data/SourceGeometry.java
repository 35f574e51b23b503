package io.github.vaeexplorer.data;

import java.util.Arrays;

/**
 * How a width x height source plane maps into the network's size x size square, and back.
 * <p>
 * Immutable. The aspect ratio is kept by padding: the plane is scaled by {@code size / max(width, height)}
 * to a content rectangle of {@link #contentWidth()} x {@link #contentHeight()} pixels (rounded to whole
 * pixels, at least 1), which is centred in the square; the rest is background. Each axis is resampled
 * with the exact factor {@code content / source} so that the content covers the whole source plane; the
 * rounding changes the aspect ratio by less than one pixel. Shrinking averages areas, enlarging is
 * bilinear (pixel centres, border clamped), and a plane that already has the content size (in
 * particular {@code width == height == size}) is copied bit for bit in both directions.
 */
public final class SourceGeometry {

	private final int width;
	private final int height;
	private final int channels;
	private final int size;
	private final int contentWidth;
	private final int contentHeight;

	/**
	 * @param width source plane width in pixels, at least 1
	 * @param height source plane height in pixels, at least 1
	 * @param channels network channels, at least 1
	 * @param size side length of the training square, at least 1
	 * @throws IllegalArgumentException if a value is below 1
	 */
	public SourceGeometry(int width, int height, int channels, int size) {
		if (width < 1 || height < 1 || channels < 1 || size < 1) {
			throw new IllegalArgumentException("width, height, channels and size must all be at least 1, got " + width +
				", " + height + ", " + channels + " and " + size);
		}
		this.width = width;
		this.height = height;
		this.channels = channels;
		this.size = size;
		final double scale = scale();
		this.contentWidth = contentLength(width, scale, size);
		this.contentHeight = contentLength(height, scale, size);
	}

	private static int contentLength(int length, double scale, int size) {
		return (int) Math.max(1, Math.min(size, Math.round(length * scale)));
	}

	// -- Accessors --

	/** @return the source plane width in pixels */
	public int width() {
		return width;
	}

	/** @return the source plane height in pixels */
	public int height() {
		return height;
	}

	/** @return the number of network channels */
	public int channels() {
		return channels;
	}

	/** @return the side length of the training square in pixels */
	public int size() {
		return size;
	}

	/** @return the nominal scale factor {@code size / max(width, height)} (below 1 shrinks) */
	public double scale() {
		return (double) size / Math.max(width, height);
	}

	/** @return the width of the scaled plane inside the square, in pixels */
	public int contentWidth() {
		return contentWidth;
	}

	/** @return the height of the scaled plane inside the square, in pixels */
	public int contentHeight() {
		return contentHeight;
	}

	/** @return the padding columns left of the content (the right side gets the remaining ones) */
	public int offsetX() {
		return (size - contentWidth) / 2;
	}

	/** @return the padding rows above the content (the bottom gets the remaining ones) */
	public int offsetY() {
		return (size - contentHeight) / 2;
	}

	/** @return true if the plane maps onto the square unchanged ({@code width == height == size}) */
	public boolean isIdentity() {
		return width == size && height == size;
	}

	/** @return the number of values in one network sample: {@code channels * size * size} */
	public int sampleLength() {
		return channels * size * size;
	}

	// -- Forward: plane to square --

	/**
	 * Resamples one plane into a new square; costs one size x size allocation plus the resampling.
	 *
	 * @param plane width x height values, row-major
	 * @param background the value of the padding
	 * @return size x size values, row-major
	 */
	public float[] toSquare(float[] plane, float background) {
		final float[] square = new float[size * size];
		toSquare(plane, background, square, 0);
		return square;
	}

	/**
	 * Resamples one plane into {@code dst[dstOffset .. dstOffset + size*size)} without allocating the
	 * square, e.g. straight into one channel of a sample.
	 *
	 * @param plane width x height values, row-major
	 * @param background the value of the padding
	 * @param dst the destination array
	 * @param dstOffset where the square starts in {@code dst}
	 */
	public void toSquare(float[] plane, float background, float[] dst, int dstOffset) {
		checkLength(plane, width * height, "plane", width + "x" + height);
		if (dstOffset < 0 || dstOffset + size * size > dst.length) {
			throw new IndexOutOfBoundsException("a " + size + "x" + size + " square does not fit at offset " + dstOffset +
				" of an array of length " + dst.length);
		}
		if (isIdentity()) {
			System.arraycopy(plane, 0, dst, dstOffset, size * size);
			return;
		}
		Arrays.fill(dst, dstOffset, dstOffset + size * size, background);
		PlaneResampler.resample(plane, width, height, dst, dstOffset + offsetY() * size + offsetX(), size, contentWidth,
			contentHeight);
	}

	// -- Backward: square to plane --

	/**
	 * Resamples a square back to the source shape, dropping the padding.
	 *
	 * @param square size x size values, row-major
	 * @return width x height values, row-major
	 */
	public float[] fromSquare(float[] square) {
		checkLength(square, size * size, "square", size + "x" + size);
		return fromSquare(square, 0);
	}

	/**
	 * Resamples the square stored at {@code square[squareOffset .. squareOffset + size*size)} back to the
	 * source shape, dropping the padding; costs one width x height allocation plus the resampling.
	 *
	 * @param square an array holding the square, e.g. a whole multi-channel sample
	 * @param squareOffset where the square starts
	 * @return width x height values, row-major
	 */
	public float[] fromSquare(float[] square, int squareOffset) {
		if (squareOffset < 0 || squareOffset + size * size > square.length) {
			throw new IndexOutOfBoundsException("a " + size + "x" + size + " square does not fit at offset " +
				squareOffset + " of an array of length " + square.length);
		}
		final float[] plane = new float[width * height];
		if (isIdentity()) {
			System.arraycopy(square, squareOffset, plane, 0, plane.length);
			return plane;
		}
		final float[] content = new float[contentWidth * contentHeight];
		final int contentStart = squareOffset + offsetY() * size + offsetX();
		for (int y = 0; y < contentHeight; y++) {
			System.arraycopy(square, contentStart + y * size, content, y * contentWidth, contentWidth);
		}
		PlaneResampler.resample(content, contentWidth, contentHeight, plane, 0, width, width, height);
		return plane;
	}

	private static void checkLength(float[] values, int expected, String what, String shape) {
		if (values == null || values.length != expected) {
			throw new IllegalArgumentException("expected a " + shape + " " + what + " of " + expected + " values, got " +
				(values == null ? "null" : values.length + " values"));
		}
	}

	// -- Object --

	@Override
	public boolean equals(Object o) {
		if (this == o) {
			return true;
		}
		if (!(o instanceof SourceGeometry)) {
			return false;
		}
		final SourceGeometry other = (SourceGeometry) o;
		return width == other.width && height == other.height && channels == other.channels && size == other.size;
	}

	@Override
	public int hashCode() {
		return ((width * 31 + height) * 31 + channels) * 31 + size;
	}

	@Override
	public String toString() {
		return "SourceGeometry[" + width + "x" + height + "x" + channels + "c -> " + size + "x" + size + ", content " +
			contentWidth + "x" + contentHeight + " at (" + offsetX() + "," + offsetY() + ")]";
	}
}
