package io.github.vaeexplorer.data.synthetic;

/**
 * Draws one anti-aliased white shape on black into an 8-bit square image.
 * <p>
 * Geometry: the nominal width of a shape is {@value #WIDTH_FRACTION} &times; image size &times;
 * scale. Its centre moves over the inner part of the image, {@code margin + x * (size - 2 *
 * margin)}, where the margin is the bounding radius of the largest shape plus one pixel, so every
 * shape at every rotation stays inside the frame. Each pixel is sampled 4&times;4 times and holds
 * {@code round(255 * coverage)}. All trigonometry uses {@link StrictMath}, so the output is
 * bit-for-bit the same on every JVM.
 */
public final class ShapeRenderer {

	/** Nominal shape width at scale 1, as a fraction of the image size. */
	public static final double WIDTH_FRACTION = 0.4;

	private static final int SUBSAMPLES = 4;
	private static final int MAX_COVERAGE = SUBSAMPLES * SUBSAMPLES;

	private final int size;
	private final double margin;

	/**
	 * Creates a renderer for square images.
	 *
	 * @param imageSize width and height in pixels, at least {@value ShapesSpec#MIN_IMAGE_SIZE}
	 * @throws IllegalArgumentException if the image is too small
	 */
	public ShapeRenderer(int imageSize) {
		if (imageSize < ShapesSpec.MIN_IMAGE_SIZE) {
			throw new IllegalArgumentException(
				"The image size must be at least " + ShapesSpec.MIN_IMAGE_SIZE + " pixels, got " + imageSize);
		}
		this.size = imageSize;
		this.margin = ShapeKind.boundingRadius(WIDTH_FRACTION * imageSize) + 1;
	}

	/** @return the width and height of the images, in pixels */
	public int imageSize() {
		return size;
	}

	/**
	 * Returns the horizontal pixel coordinate of the shape centre.
	 *
	 * @param factors the factors of the image
	 * @return the centre's x in pixels (0 = left edge of the image)
	 */
	public double centreX(ShapeFactors factors) {
		return toPixels(factors.x());
	}

	/**
	 * Returns the vertical pixel coordinate of the shape centre.
	 *
	 * @param factors the factors of the image
	 * @return the centre's y in pixels (0 = top edge of the image)
	 */
	public double centreY(ShapeFactors factors) {
		return toPixels(factors.y());
	}

	/**
	 * Draws the image for the given factors.
	 *
	 * @param factors the factors of the image
	 * @return {@code size * size} pixels, row by row, 0 (black) .. 255 (white) as unsigned bytes
	 */
	public byte[] render(ShapeFactors factors) {
		final byte[] pixels = new byte[size * size];
		final ShapeKind shape = factors.shape();
		final double width = WIDTH_FRACTION * size * factors.scale();
		final double radius = ShapeKind.boundingRadius(width);
		final double cx = centreX(factors);
		final double cy = centreY(factors);
		final double cos = StrictMath.cos(factors.rotation());
		final double sin = StrictMath.sin(factors.rotation());
		final int x0 = clamp((int) Math.floor(cx - radius));
		final int x1 = clamp((int) Math.ceil(cx + radius));
		final int y0 = clamp((int) Math.floor(cy - radius));
		final int y1 = clamp((int) Math.ceil(cy + radius));
		for (int py = y0; py <= y1; py++) {
			for (int px = x0; px <= x1; px++) {
				int covered = 0;
				for (int sy = 0; sy < SUBSAMPLES; sy++) {
					final double dy = py + (sy + 0.5) / SUBSAMPLES - cy;
					for (int sx = 0; sx < SUBSAMPLES; sx++) {
						final double dx = px + (sx + 0.5) / SUBSAMPLES - cx;
						// rotate the sample point by -rotation into the shape's own frame
						final double u = dx * cos + dy * sin;
						final double v = -dx * sin + dy * cos;
						if (shape.contains(u, v, width)) {
							covered++;
						}
					}
				}
				pixels[py * size + px] = (byte) ((255 * covered + MAX_COVERAGE / 2) / MAX_COVERAGE);
			}
		}
		return pixels;
	}

	private double toPixels(double position) {
		return margin + position * (size - 2 * margin);
	}

	private int clamp(int pixel) {
		return Math.max(0, Math.min(size - 1, pixel));
	}
}
