package io.github.vaeexplorer.metrics;

import java.util.Arrays;

/**
 * The Separated Attribute Predictability score of Kumar et al. (2018) as disentanglement_lib computes it: a matrix
 * of how well each single latent predicts each factor, then, per factor, the difference between its best and
 * second-best latent, averaged over factors.
 * <ul>
 * <li>Continuous factor: the R² of a linear fit of the factor on one latent, i.e. cov(mu_d, y)² / (var(mu_d)·var(y)),
 * 0 where the latent is constant (disentanglement_lib's {@code continuous_factors} branch).</li>
 * <li>Discrete factor: the balanced accuracy (mean per-class recall) of a thresholded latent. disentanglement_lib fits
 * a {@code LinearSVC(C=0.01, class_weight="balanced")} to the one latent and scores held-out accuracy; its decision
 * regions on a line are intervals, one per class. Here the intervals come in closed form: classes are ordered by
 * their mean latent value and the thresholds sit half-way between neighbouring class means (the nearest class mean
 * wins), scored on the rows they were fitted to. That fits one number per class, so in-sample and held-out scores
 * agree closely, and it is exact and repeatable without an iterative solver. Chance is 1/classes.</li>
 * </ul>
 * Cost O(n·k·factors) plus a sort per discrete factor and latent.
 *
 * @author VAE Explorer developers
 */
public final class SapScore {

	private SapScore() {}

	/** R² of a one-latent linear fit: cov(x, y)² / (var x · var y); 0 if either is constant. */
	public static double linearScore(double[] x, double[] y) {
		Correlation c = Correlation.of(x, y);
		if (!(c.sxx / x.length > LinearProbe.MIN_VARIANCE) || !(c.syy > 0)) return 0;
		return c.sxy * c.sxy / (c.sxx * c.syy);
	}

	/**
	 * Balanced accuracy of the nearest-class-mean classifier on one latent.
	 *
	 * @param x the latent's values
	 * @param classes the factor's class codes (0 .. C-1, as from {@link Discretiser#factor})
	 */
	public static double thresholdScore(double[] x, int[] classes) {
		int n = x.length, c = Arrays.stream(classes).max().orElse(0) + 1;
		double[] sum = new double[c];
		int[] count = new int[c];
		for (int i = 0; i < n; i++) {
			sum[classes[i]] += x[i];
			count[classes[i]]++;
		}
		double[] mean = new double[c];
		for (int k = 0; k < c; k++) mean[k] = count[k] == 0 ? Double.NaN : sum[k] / count[k];
		int[] correct = new int[c];
		for (int i = 0; i < n; i++) {
			int best = -1;
			double bestDistance = Double.POSITIVE_INFINITY;
			for (int k = 0; k < c; k++) {
				double dist = Math.abs(x[i] - mean[k]);
				if (count[k] > 0 && dist < bestDistance) {
					best = k;
					bestDistance = dist;
				}
			}
			if (best == classes[i]) correct[best]++;
		}
		double recall = 0;
		int present = 0;
		for (int k = 0; k < c; k++) {
			if (count[k] == 0) continue;
			recall += (double) correct[k] / count[k];
			present++;
		}
		return recall / present;
	}

	/** Mean over factors of (best − second best) of each column of a {@code [latents][factors]} score matrix. */
	public static double score(double[][] matrix, boolean[] useFactor) {
		double sum = 0;
		int used = 0;
		for (int f = 0; f < useFactor.length; f++) {
			if (!useFactor[f]) continue;
			double[] top = topTwo(matrix, f);
			sum += top[0] - top[1];
			used++;
		}
		return used == 0 ? Double.NaN : sum / used;
	}

	/** {best, second best} of column f (second best 0 with a single latent). */
	static double[] topTwo(double[][] matrix, int f) {
		double first = Double.NEGATIVE_INFINITY, second = Double.NEGATIVE_INFINITY;
		for (double[] row : matrix) {
			double v = row[f];
			if (v > first) {
				second = first;
				first = v;
			}
			else if (v > second) {
				second = v;
			}
		}
		return new double[] { first, second == Double.NEGATIVE_INFINITY ? 0 : second };
	}
}
