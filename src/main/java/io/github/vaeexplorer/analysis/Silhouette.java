package io.github.vaeexplorer.analysis;

import java.util.Random;

/**
 * The mean silhouette (Rousseeuw 1987) of a clustering, with Euclidean distances: for each point, a = its mean
 * distance to the other members of its cluster, b = its least mean distance to the members of another cluster,
 * s = (b − a) / max(a, b), and s = 0 for a point alone in its cluster. From −1 (wrong clusters) through 0
 * (overlapping) to 1 (compact and well apart). NaN when fewer than two clusters are non-empty.
 * <p>
 * Exact up to {@value #EXACT_LIMIT} points (cost n²·d); beyond, the mean over a seeded sample of that many points
 * (each still compared with every point), as scikit-learn's {@code sample_size} does.
 *
 * @author VAE Explorer developers
 */
public final class Silhouette {

	static final int EXACT_LIMIT = 5000;

	private Silhouette() {}

	/** The mean silhouette of the clustering of {@code points}; subsampled beyond {@value #EXACT_LIMIT} points. */
	public static double mean(double[][] points, int[] labels, long seed) {
		int n = points.length, k = 0;
		for (int label : labels) k = Math.max(k, label + 1);
		int[] sizes = new int[k];
		for (int label : labels) sizes[label]++;
		int nonEmpty = 0;
		for (int size : sizes) if (size > 0) nonEmpty++;
		if (nonEmpty < 2) return Double.NaN;
		int[] which = sample(n, seed);
		double sum = 0;
		for (int i : which) sum += of(points, labels, sizes, i);
		return sum / which.length;
	}

	/** Point i's silhouette. */
	private static double of(double[][] points, int[] labels, int[] sizes, int i) {
		int own = labels[i];
		if (sizes[own] == 1) return 0;
		double[] totals = new double[sizes.length];
		for (int j = 0; j < points.length; j++) {
			if (j != i) totals[labels[j]] += Distances.euclidean(points[i], points[j]);
		}
		double a = totals[own] / (sizes[own] - 1), b = Double.POSITIVE_INFINITY;
		for (int c = 0; c < sizes.length; c++) {
			if (c != own && sizes[c] > 0) b = Math.min(b, totals[c] / sizes[c]);
		}
		double scale = Math.max(a, b);
		return scale == 0 ? 0 : (b - a) / scale;
	}

	private static int[] sample(int n, long seed) {
		int[] all = new int[n];
		for (int i = 0; i < n; i++) all[i] = i;
		if (n <= EXACT_LIMIT) return all;
		Random random = new Random(seed);
		for (int i = 0; i < EXACT_LIMIT; i++) {
			int j = i + random.nextInt(n - i);
			int t = all[i];
			all[i] = all[j];
			all[j] = t;
		}
		return java.util.Arrays.copyOf(all, EXACT_LIMIT);
	}
}
