package io.github.vaeexplorer.metrics;

import java.util.Arrays;
import java.util.TreeMap;

/**
 * Turns real values into small integer codes for the discrete estimators of mutual information, as
 * disentanglement_lib does: equal-width bins over the values' range, placed as {@code np.histogram(v, bins)}'s edges
 * and assigned as {@code np.digitize(v, edges[:-1])} (the maximum falls in the last bin).
 *
 * @author VAE Explorer developers
 */
public final class Discretiser {

	/** Bins of disentanglement_lib's MIG (its {@code num_bins}). */
	public static final int DEFAULT_BINS = 20;

	private Discretiser() {}

	/**
	 * Equal-width histogram bins over {@code min(values) .. max(values)}: codes 0 .. bins-1. Constant values all get
	 * code 0. Cost: one pass.
	 *
	 * @throws IllegalArgumentException if a value is not finite or {@code bins < 1}
	 */
	public static int[] histogram(double[] values, int bins) {
		if (bins < 1) throw new IllegalArgumentException("bins must be at least 1 (got " + bins + ")");
		double min = Double.POSITIVE_INFINITY, max = Double.NEGATIVE_INFINITY;
		for (double v : values) {
			if (!Double.isFinite(v)) throw new IllegalArgumentException("cannot bin a non-finite value (" + v + ")");
			min = Math.min(min, v);
			max = Math.max(max, v);
		}
		int[] codes = new int[values.length];
		if (!(max > min)) return codes;
		double width = (max - min) / bins;
		for (int i = 0; i < values.length; i++) {
			int b = (int) Math.floor((values[i] - min) / width);
			b = Math.max(0, Math.min(bins - 1, b));
			// Settle rounding at the edges the way np.digitize compares against min + i·width.
			while (b + 1 < bins && values[i] >= min + (b + 1) * width) b++;
			while (b > 0 && values[i] < min + b * width) b--;
			codes[i] = b;
		}
		return codes;
	}

	/**
	 * Codes for a ground-truth factor: its distinct values in increasing order (0, 1, ...) when there are at most
	 * {@code bins} of them, otherwise {@link #histogram(double[], int)}.
	 */
	public static int[] factor(double[] values, int bins) {
		if (distinctCount(values) > bins) return histogram(values, bins);
		TreeMap<Double, Integer> index = new TreeMap<>();
		for (double v : values) index.put(v, 0);
		int next = 0;
		for (Double key : index.keySet()) index.put(key, next++);
		int[] codes = new int[values.length];
		for (int i = 0; i < values.length; i++) codes[i] = index.get(values[i]);
		return codes;
	}

	/** Number of distinct values (−0.0 and 0.0 count as one). */
	public static int distinctCount(double[] values) {
		double[] sorted = values.clone();
		for (int i = 0; i < sorted.length; i++) sorted[i] += 0.0; // −0.0 + 0.0 = 0.0
		Arrays.sort(sorted);
		int count = 0;
		for (int i = 0; i < sorted.length; i++) {
			if (i == 0 || Double.compare(sorted[i], sorted[i - 1]) != 0) count++;
		}
		return count;
	}
}
