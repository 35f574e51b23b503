package io.github.vaeexplorer.metrics;

import java.util.Arrays;

/**
 * Summaries of a sample of numbers that the estimators, the analyses and the studies share: the median and
 * quantiles (interpolated as numpy does), and the mean with the sample standard deviation. Each sorts or scans a copy;
 * the input is never changed.
 *
 * @author VAE Explorer developers
 */
public final class SampleStatistics {

	private SampleStatistics() {}

	/** The median (the mean of the two middle values for an even count); NaN for no values. */
	public static double median(double[] values) {
		return quantile(values, 0.5);
	}

	/** Linear-interpolated quantile (numpy's default); NaN for no values. */
	public static double quantile(double[] values, double q) {
		if (values.length == 0) return Double.NaN;
		double[] sorted = values.clone();
		Arrays.sort(sorted);
		double pos = q * (sorted.length - 1);
		int lo = (int) Math.floor(pos), hi = Math.min(sorted.length - 1, lo + 1);
		return sorted[lo] + (pos - lo) * (sorted[hi] - sorted[lo]);
	}

	/** {mean, sample standard deviation}: sd 0 for one value, both NaN for none; a NaN value makes both NaN. */
	public static double[] meanAndSd(double[] values) {
		int n = values.length;
		if (n == 0) return new double[] { Double.NaN, Double.NaN };
		double sum = 0;
		for (double v : values) sum += v;
		double mean = sum / n, ss = 0;
		for (double v : values) ss += (v - mean) * (v - mean);
		return new double[] { mean, n > 1 ? Math.sqrt(ss / (n - 1)) : 0 };
	}
}
