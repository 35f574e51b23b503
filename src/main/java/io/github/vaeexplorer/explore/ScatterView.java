package io.github.vaeexplorer.explore;

/**
 * Which part of the plane a scatter shows: data coordinates to pixels and back (y upwards), with zoom about a pixel
 * and pan by pixels. Mutable; used on one thread.
 *
 * @author VAE Explorer developers
 */
public final class ScatterView {

	private static final double MARGIN = 0.06;

	private int width, height;
	private double centreX, centreY, scale = 1;

	/** A view of {@code width x height} pixels. */
	public ScatterView(int width, int height) {
		resize(width, height);
	}

	/** Changes the size in pixels, keeping the centre and scale. */
	public void resize(int newWidth, int newHeight) {
		width = Math.max(1, newWidth);
		height = Math.max(1, newHeight);
	}

	/** Shows all of {@code points} with a margin. */
	public void fit(double[][] points) {
		double minX = Double.POSITIVE_INFINITY, maxX = Double.NEGATIVE_INFINITY, minY = minX, maxY = maxX;
		for (double[] p : points) {
			if (!(Double.isFinite(p[0]) && Double.isFinite(p[1]))) continue;
			minX = Math.min(minX, p[0]);
			maxX = Math.max(maxX, p[0]);
			minY = Math.min(minY, p[1]);
			maxY = Math.max(maxY, p[1]);
		}
		if (minX > maxX) {
			minX = minY = -1;
			maxX = maxY = 1;
		}
		double spanX = Math.max(maxX - minX, 1e-9), spanY = Math.max(maxY - minY, 1e-9);
		centreX = (minX + maxX) / 2;
		centreY = (minY + maxY) / 2;
		scale = (1 - 2 * MARGIN) * Math.min(width / spanX, height / spanY);
	}

	public int width() { return width; }

	public int height() { return height; }

	/** Pixels per data unit. */
	public double scale() { return scale; }

	/** The pixel column of data {@code x}. */
	public double toPixelX(double x) {
		return width / 2.0 + (x - centreX) * scale;
	}

	/** The pixel row of data {@code y}. */
	public double toPixelY(double y) {
		return height / 2.0 - (y - centreY) * scale;
	}

	/** The data {@code x} at pixel column {@code px}. */
	public double toDataX(double px) {
		return centreX + (px - width / 2.0) / scale;
	}

	/** The data {@code y} at pixel row {@code py}. */
	public double toDataY(double py) {
		return centreY - (py - height / 2.0) / scale;
	}

	/** Zooms by {@code factor} (above 1: closer), keeping the data under pixel {@code (px, py)} where it is. */
	public void zoom(double factor, double px, double py) {
		double x = toDataX(px), y = toDataY(py);
		scale *= factor;
		centreX = x - (px - width / 2.0) / scale;
		centreY = y + (py - height / 2.0) / scale;
	}

	/** Moves the picture by {@code (dx, dy)} pixels. */
	public void pan(double dx, double dy) {
		centreX -= dx / scale;
		centreY += dy / scale;
	}
}
