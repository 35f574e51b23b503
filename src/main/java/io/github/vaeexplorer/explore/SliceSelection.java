package io.github.vaeexplorer.explore;

/**
 * Which points of a map lie in a rectangle or a lasso (a polygon), in data coordinates.
 *
 * @author VAE Explorer developers
 */
public final class SliceSelection {

	private SliceSelection() {}

	/** The points within the rectangle spanned by two corners (in any order), edges included. */
	public static boolean[] inRectangle(double[][] points, double x0, double y0, double x1, double y1) {
		double loX = Math.min(x0, x1), hiX = Math.max(x0, x1), loY = Math.min(y0, y1), hiY = Math.max(y0, y1);
		boolean[] in = new boolean[points.length];
		for (int i = 0; i < points.length; i++) {
			in[i] = points[i][0] >= loX && points[i][0] <= hiX && points[i][1] >= loY && points[i][1] <= hiY;
		}
		return in;
	}

	/** The points inside a polygon (even-odd rule), given by its vertices. */
	public static boolean[] inPolygon(double[][] points, double[] xs, double[] ys) {
		boolean[] in = new boolean[points.length];
		int n = xs.length;
		if (n < 3) return in;
		for (int i = 0; i < points.length; i++) {
			double x = points[i][0], y = points[i][1];
			boolean inside = false;
			for (int a = 0, b = n - 1; a < n; b = a++) {
				if ((ys[a] > y) != (ys[b] > y) && x < (xs[b] - xs[a]) * (y - ys[a]) / (ys[b] - ys[a]) + xs[a]) {
					inside = !inside;
				}
			}
			in[i] = inside;
		}
		return in;
	}

	/** The 1-based slices of the selected points, in order. */
	public static int[] slices(boolean[] selected) {
		int count = 0;
		for (boolean s : selected) if (s) count++;
		int[] slices = new int[count];
		for (int i = 0, at = 0; i < selected.length; i++) if (selected[i]) slices[at++] = i + 1;
		return slices;
	}
}
