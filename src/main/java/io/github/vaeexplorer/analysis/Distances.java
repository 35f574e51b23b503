package io.github.vaeexplorer.analysis;

/**
 * Euclidean distances between points given as {@code double[]}.
 *
 * @author VAE Explorer developers
 */
final class Distances {

	private Distances() {}

	static double squared(double[] a, double[] b) {
		double sum = 0;
		for (int d = 0; d < a.length; d++) {
			double diff = a[d] - b[d];
			sum += diff * diff;
		}
		return sum;
	}

	static double euclidean(double[] a, double[] b) {
		return Math.sqrt(squared(a, b));
	}

	/** The points as a checked rectangular array: at least one point, every point of one length. */
	static void checkPoints(double[][] points, String what) {
		if (points == null || points.length == 0) throw new IllegalArgumentException("there are no " + what +
			" to analyse");
		for (double[] p : points) {
			if (p.length != points[0].length) throw new IllegalArgumentException("the " + what +
				" are not all of one length");
		}
	}

	/** Codes {@code [n][k]} as doubles. */
	static double[][] toDouble(float[][] codes) {
		double[][] x = new double[codes.length][];
		for (int i = 0; i < codes.length; i++) {
			x[i] = new double[codes[i].length];
			for (int d = 0; d < codes[i].length; d++) x[i][d] = codes[i][d];
		}
		return x;
	}
}
