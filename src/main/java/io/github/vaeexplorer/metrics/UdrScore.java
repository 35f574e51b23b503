package io.github.vaeexplorer.metrics;

import java.util.Arrays;

/**
 * The unsupervised disentanglement ranking score UDR of Duan et al. (2020, "Unsupervised model selection for
 * variational disentangled representation learning", ICLR): how well two models trained on the same data agree about
 * their informative latent dimensions, up to permutation and sign. It needs no factor labels, only the posterior means
 * of both models on the same images.
 * <p>
 * R is the matrix of absolute Spearman rank correlations between the informative dimensions a of model A (rows) and
 * b of model B (columns). With r_a the largest entry of row a and r_b of column b, the pooled score of the paper is
 * <pre>
 * UDR(A, B) = [ Σ_b r_b² / Σ_a R(a,b)  +  Σ_a r_a² / Σ_b R(a,b) ] / (d_A + d_B)
 * </pre>
 * where d_A, d_B count the informative dimensions. Each term is 1 when a dimension corresponds to exactly one of the
 * other model's and smaller when it spreads over several, so UDR is 1 for codes that are permutations and sign flips
 * (or any monotone maps) of each other, about 0.34 for two independent factors seen through a 45° rotation, and near
 * 0 for unrelated codes. A model with no informative dimension scores 0. Cost: O(n log n) per dimension for the ranks
 * and O(n·d_A·d_B) for the matrix.
 *
 * @author VAE Explorer developers
 */
public final class UdrScore {

	private UdrScore() {}

	/**
	 * UDR between two models' posterior means on the same images.
	 *
	 * @param codesA model A's means, {@code [image][dimension]}
	 * @param informativeA the dimensions of A that carry information (e.g. KL above a threshold)
	 * @param codesB model B's means on the same images in the same order
	 * @param informativeB the informative dimensions of B
	 * @throws IllegalArgumentException if the two code tables cover different numbers of images
	 */
	public static double between(float[][] codesA, int[] informativeA, float[][] codesB, int[] informativeB) {
		if (codesA.length != codesB.length) throw new IllegalArgumentException("the two models' codes cover " +
			codesA.length + " and " + codesB.length + " images; UDR compares codes of the same images");
		if (informativeA.length == 0 || informativeB.length == 0) return 0;
		return pooled(correlations(ranks(codesA, informativeA), ranks(codesB, informativeB)));
	}

	/**
	 * The pooled score of a matrix of absolute correlations, rows one model's dimensions and columns the other's; a row
	 * or column of zeros adds 0 to its sum.
	 */
	static double pooled(double[][] r) {
		int rows = r.length, cols = r[0].length;
		double total = 0;
		for (int a = 0; a < rows; a++) {
			double max = 0, sum = 0;
			for (int b = 0; b < cols; b++) {
				max = Math.max(max, r[a][b]);
				sum += r[a][b];
			}
			if (sum > 0) total += max * max / sum;
		}
		for (int b = 0; b < cols; b++) {
			double max = 0, sum = 0;
			for (int a = 0; a < rows; a++) {
				max = Math.max(max, r[a][b]);
				sum += r[a][b];
			}
			if (sum > 0) total += max * max / sum;
		}
		return total / (rows + cols);
	}

	/** Absolute Pearson correlation of every pair of rank columns (= absolute Spearman of the values); 0 for a constant. */
	private static double[][] correlations(double[][] ranksA, double[][] ranksB) {
		double[][] r = new double[ranksA.length][ranksB.length];
		for (int a = 0; a < ranksA.length; a++) {
			for (int b = 0; b < ranksB.length; b++) r[a][b] = Math.abs(pearson(ranksA[a], ranksB[b]));
		}
		return r;
	}

	private static double[][] ranks(float[][] codes, int[] dims) {
		double[][] out = new double[dims.length][];
		double[] column = new double[codes.length];
		for (int k = 0; k < dims.length; k++) {
			for (int i = 0; i < codes.length; i++) column[i] = codes[i][dims[k]];
			out[k] = ranks(column);
		}
		return out;
	}

	/** Spearman's rank correlation of two paired samples (ties get their average rank); 0 if either is constant. */
	public static double spearman(double[] x, double[] y) {
		if (x.length != y.length) throw new IllegalArgumentException("the samples have different lengths (" + x.length +
			" and " + y.length + ")");
		return pearson(ranks(x), ranks(y));
	}

	/** Ranks 1..n, ties sharing the mean of their ranks. */
	static double[] ranks(double[] values) {
		int n = values.length;
		Integer[] order = new Integer[n];
		for (int i = 0; i < n; i++) order[i] = i;
		Arrays.sort(order, (i, j) -> Double.compare(values[i], values[j]));
		double[] ranks = new double[n];
		for (int start = 0; start < n;) {
			int end = start + 1;
			while (end < n && Double.compare(values[order[end]], values[order[start]]) == 0) end++;
			double rank = (start + end + 1) / 2.0; // mean of ranks start+1 .. end
			for (int i = start; i < end; i++) ranks[order[i]] = rank;
			start = end;
		}
		return ranks;
	}

	private static double pearson(double[] x, double[] y) {
		return Correlation.of(x, y).r();
	}
}
