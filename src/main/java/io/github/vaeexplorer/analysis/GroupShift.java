package io.github.vaeexplorer.analysis;

import java.util.Random;

/**
 * How two groups of codes differ, dimension by dimension: the difference of their means (B − A), Cohen's d (that
 * difference over the pooled standard deviation, with n − 1 in each group's variance) and a two-sided permutation
 * p-value: the group labels shuffled {@value #PERMUTATIONS} times with a seeded generator, p = (1 + the number of
 * shuffles whose |mean difference| is at least the observed one) / ({@value #PERMUTATIONS} + 1), so p is never 0
 * and its smallest value is about 0.001. No correction for testing several dimensions is applied.
 *
 * @author VAE Explorer developers
 */
public final class GroupShift {

	/** Label shuffles per permutation test. */
	public static final int PERMUTATIONS = 999;

	private final double[] meanA, meanB, effectSize, pValue;
	private final int countA, countB;

	private GroupShift(double[] meanA, double[] meanB, double[] effectSize, double[] pValue, int countA, int countB) {
		this.meanA = meanA;
		this.meanB = meanB;
		this.effectSize = effectSize;
		this.pValue = pValue;
		this.countA = countA;
		this.countB = countB;
	}

	/**
	 * Compares group A with group B.
	 *
	 * @param a codes of group A, {@code [nA][k]}, at least two
	 * @param b codes of group B, {@code [nB][k]}, at least two
	 * @param seed seeds the shuffles
	 */
	public static GroupShift of(double[][] a, double[][] b, long seed) {
		if (a.length < 2 || b.length < 2) throw new IllegalArgumentException("each group needs at least 2 slices " +
			"(got " + a.length + " and " + b.length + ")");
		int k = a[0].length, na = a.length, nb = b.length, n = na + nb;
		double[] meanA = means(a, k), meanB = means(b, k), d = new double[k], p = new double[k];
		for (int j = 0; j < k; j++) {
			double va = 0, vb = 0;
			for (double[] x : a) va += (x[j] - meanA[j]) * (x[j] - meanA[j]);
			for (double[] x : b) vb += (x[j] - meanB[j]) * (x[j] - meanB[j]);
			double pooled = Math.sqrt((va + vb) / (n - 2));
			d[j] = pooled == 0 ? (meanB[j] == meanA[j] ? 0 : Math.copySign(Double.POSITIVE_INFINITY, meanB[j] -
				meanA[j])) : (meanB[j] - meanA[j]) / pooled;
		}
		// One set of shuffles for all dimensions, so the dimensions' p-values come from the same relabellings.
		double[][] all = new double[n][];
		System.arraycopy(a, 0, all, 0, na);
		System.arraycopy(b, 0, all, na, nb);
		double[] total = new double[k];
		for (double[] x : all) for (int j = 0; j < k; j++) total[j] += x[j];
		int[] exceed = new int[k], order = new int[n];
		for (int i = 0; i < n; i++) order[i] = i;
		Random random = new Random(seed);
		double tolerance = 1e-12;
		for (int r = 0; r < PERMUTATIONS; r++) {
			for (int i = n - 1; i > 0; i--) {
				int j = random.nextInt(i + 1), t = order[i];
				order[i] = order[j];
				order[j] = t;
			}
			double[] sumA = new double[k];
			for (int i = 0; i < na; i++) for (int j = 0; j < k; j++) sumA[j] += all[order[i]][j];
			for (int j = 0; j < k; j++) {
				double diff = (total[j] - sumA[j]) / nb - sumA[j] / na;
				if (Math.abs(diff) >= Math.abs(meanB[j] - meanA[j]) - tolerance) exceed[j]++;
			}
		}
		for (int j = 0; j < k; j++) p[j] = (1.0 + exceed[j]) / (PERMUTATIONS + 1.0);
		return new GroupShift(meanA, meanB, d, p, na, nb);
	}

	private static double[] means(double[][] x, int k) {
		double[] m = new double[k];
		for (double[] row : x) for (int j = 0; j < k; j++) m[j] += row[j] / x.length;
		return m;
	}

	/** Group A's mean code. */
	public double[] meanA() { return meanA.clone(); }

	/** Group B's mean code. */
	public double[] meanB() { return meanB.clone(); }

	/** Mean of B minus mean of A, per dimension. */
	public double[] difference() {
		double[] diff = new double[meanA.length];
		for (int j = 0; j < diff.length; j++) diff[j] = meanB[j] - meanA[j];
		return diff;
	}

	/** Cohen's d per dimension: (mean B − mean A) / pooled standard deviation. */
	public double[] effectSize() { return effectSize.clone(); }

	/** Two-sided permutation p-value per dimension. */
	public double[] pValue() { return pValue.clone(); }

	public int countA() { return countA; }

	public int countB() { return countB; }
}
