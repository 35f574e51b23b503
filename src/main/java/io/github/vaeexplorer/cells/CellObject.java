package io.github.vaeexplorer.cells;

/**
 * One labelled object's measurements: id, area, bounding box, centroid and central second moments (from which its
 * principal axis and length follow). Coordinates are pixel indices, x to the right and y down; the centroid is the
 * mean of the object's pixel indices. Immutable.
 *
 * @author VAE Explorer developers
 */
public final class CellObject {

	private final int label;
	private final int area;
	private final int minX, minY, maxX, maxY;
	private final double x, y;
	private final double mxx, myy, mxy;

	CellObject(int label, int area, int minX, int minY, int maxX, int maxY, double x, double y, double mxx,
		double myy, double mxy)
	{
		this.label = label;
		this.area = area;
		this.minX = minX;
		this.minY = minY;
		this.maxX = maxX;
		this.maxY = maxY;
		this.x = x;
		this.y = y;
		this.mxx = mxx;
		this.myy = myy;
		this.mxy = mxy;
	}

	public int label() { return label; }

	/** Pixels in the object. */
	public int area() { return area; }

	public int minX() { return minX; }

	public int minY() { return minY; }

	/** Bounding box width in pixels. */
	public int boxWidth() { return maxX - minX + 1; }

	/** Bounding box height in pixels. */
	public int boxHeight() { return maxY - minY + 1; }

	/** Centroid x (mean pixel index). */
	public double x() { return x; }

	/** Centroid y (mean pixel index, y down). */
	public double y() { return y; }

	/**
	 * The principal (major) axis direction in image coordinates (x right, y down), radians in (-pi/2, pi/2]: the
	 * rotation that, applied to the unit x vector, gives the axis. 0 for an object with no preferred direction.
	 */
	public double axisRadians() {
		return 0.5 * Math.atan2(2 * mxy, mxx - myy);
	}

	/**
	 * The major axis as ImageJ's Measure › Fit Ellipse reports it: degrees counter-clockwise (as seen on screen) from
	 * the x axis, in [0, 180).
	 */
	public double angleDegrees() {
		double a = -Math.toDegrees(axisRadians());
		if (a < 0) a += 180;
		return a >= 180 ? a - 180 : a;
	}

	/** Full length of the equivalent ellipse's major axis: 4·sqrt of the largest eigenvalue of the second moments. */
	public double majorLength() {
		double mean = (mxx + myy) / 2, d = (mxx - myy) / 2;
		return 4 * Math.sqrt(mean + Math.sqrt(d * d + mxy * mxy)) + 1e-12;
	}

	/** Whether a pixel of the object lies on the edge of a {@code width}×{@code height} image. */
	public boolean touchesBorder(int width, int height) {
		return minX == 0 || minY == 0 || maxX == width - 1 || maxY == height - 1;
	}

	/** Whether the pixel belongs to the object's bounding box (a cheap first test). */
	boolean boxContains(int px, int py) {
		return px >= minX && px <= maxX && py >= minY && py <= maxY;
	}
}
