package io.github.vaeexplorer.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

/**
 * What a trained model's encodings of its training stack say about each latent dimension: the KL divergence from
 * the prior ({@code 0.5 · mean over the stack of (mu² + σ² − log σ² − 1)}), the variance of the posterior means over the stack, and their mean, spread and
 * range. A dimension is <em>active</em> when Cov over the stack of E[z_d | x] exceeds {@value #ACTIVE_THRESHOLD}
 * (Burda et al. 2016); the others have collapsed onto the prior and decode to nothing.
 *
 * @author VAE Explorer developers
 */
public final class LatentStatistics {

	/** Variance of the posterior mean above which a dimension counts as active (Burda et al. 2016). */
	public static final double ACTIVE_THRESHOLD = 0.01;

	private final double[] klPerDim;
	private final double[] muMean;
	private final double[] muVariance;
	private final double[] muMin;
	private final double[] muMax;

	public LatentStatistics(double[] klPerDim, double[] muMean, double[] muVariance, double[] muMin, double[] muMax) {
		int k = klPerDim.length;
		if (muMean.length != k || muVariance.length != k || muMin.length != k || muMax.length != k) {
			throw new IllegalArgumentException("latent statistics have arrays of different lengths");
		}
		this.klPerDim = klPerDim.clone();
		this.muMean = muMean.clone();
		this.muVariance = muVariance.clone();
		this.muMin = muMin.clone();
		this.muMax = muMax.clone();
	}

	/**
	 * Computes the statistics of a whole stack's encodings, the KL included.
	 *
	 * @param mu posterior means, {@code [n][k]}
	 * @param logvar posterior log-variances, {@code [n][k]}
	 */
	public static LatentStatistics compute(float[][] mu, float[][] logvar) {
		return compute(mu, mu, logvar);
	}

	/**
	 * Computes the statistics from encodings, the KL on a chosen subset.
	 *
	 * @param mu posterior means of the whole stack, {@code [n][k]}
	 * @param klMu posterior means of the samples the KL is measured on (e.g. all of {@code mu})
	 * @param klLogvar posterior log-variances of those samples
	 */
	public static LatentStatistics compute(float[][] mu, float[][] klMu, float[][] klLogvar) {
		int k = mu[0].length, n = mu.length;
		double[] mean = new double[k], var = new double[k], min = new double[k], max = new double[k];
		double[] kl = new double[k];
		Arrays.fill(min, Double.POSITIVE_INFINITY);
		Arrays.fill(max, Double.NEGATIVE_INFINITY);
		for (float[] row : mu) {
			for (int d = 0; d < k; d++) {
				mean[d] += row[d];
				min[d] = Math.min(min[d], row[d]);
				max[d] = Math.max(max[d], row[d]);
			}
		}
		for (int d = 0; d < k; d++) mean[d] /= n;
		for (float[] row : mu) {
			for (int d = 0; d < k; d++) var[d] += (row[d] - mean[d]) * (row[d] - mean[d]);
		}
		for (int d = 0; d < k; d++) var[d] /= n;
		for (int i = 0; i < klMu.length; i++) {
			for (int d = 0; d < k; d++) {
				double m = klMu[i][d], lv = klLogvar[i][d];
				kl[d] += 0.5 * (m * m + Math.exp(lv) - lv - 1);
			}
		}
		for (int d = 0; d < k; d++) kl[d] /= Math.max(1, klMu.length);
		return new LatentStatistics(kl, mean, var, min, max);
	}

	/** Number of latent dimensions. */
	public int dimensions() { return klPerDim.length; }

	/** Mean KL(q(z_d|x) ‖ N(0,1)) per dimension, in nats. */
	public double[] klPerDim() { return klPerDim.clone(); }

	/** Mean over the stack of the posterior means (the "mean" anchor). */
	public double[] muMean() { return muMean.clone(); }

	/** Variance over the stack of the posterior means (the activity measure). */
	public double[] muVariance() { return muVariance.clone(); }

	public double[] muMin() { return muMin.clone(); }

	public double[] muMax() { return muMax.clone(); }

	public boolean isActive(int dim) {
		return muVariance[dim] > ACTIVE_THRESHOLD;
	}

	/** Active dimensions, largest KL first. */
	public int[] activeDims() {
		return IntStream.of(rankedByKl()).filter(this::isActive).toArray();
	}

	/** All dimensions, largest KL first (ties by index). */
	public int[] rankedByKl() {
		List<Integer> dims = new ArrayList<>();
		for (int d = 0; d < klPerDim.length; d++) dims.add(d);
		dims.sort(Comparator.comparingDouble((Integer d) -> -klPerDim[d]).thenComparingInt(d -> d));
		return dims.stream().mapToInt(Integer::intValue).toArray();
	}

	/** Sum of the per-dimension KL, in nats. */
	public double totalKl() {
		return Arrays.stream(klPerDim).sum();
	}
}
