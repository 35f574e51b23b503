package io.github.vaeexplorer.data;

import java.util.Arrays;

/**
 * The robust range of one channel over many images: collects the finite values it is given, and computes the
 * {@link PercentileEstimator#LOW_PERCENT} and {@link PercentileEstimator#HIGH_PERCENT} percentiles of all of them by
 * {@link PercentileEstimator#percentileOfSorted numpy's linear rule}, so that a folder of images is normalised as if
 * it were one stack.
 * <p>
 * Exact while at most {@code capacity} values arrive. Beyond that it keeps every k-th value in arrival order (k the
 * smallest power of two that fits), a deterministic subsample, and the result is an estimate. Holds at most
 * {@code capacity} floats.
 */
final class PooledRange {

	private final int capacity;
	private float[] values = new float[1024];
	private int count;
	private long seen;
	private long stride = 1;

	/** @param capacity most values kept, at least 2 */
	PooledRange(int capacity) {
		if (capacity < 2) throw new IllegalArgumentException("capacity must be at least 2, got " + capacity + ".");
		this.capacity = capacity;
	}

	/** Offers one value; NaN and infinities are ignored. */
	void add(double v) {
		if (!Double.isFinite(v)) return;
		if (seen++ % stride != 0) return;
		if (count == capacity) {
			halve();
			if ((seen - 1) % stride != 0) return;
		}
		if (count == values.length) values = Arrays.copyOf(values, (int) Math.min(capacity, 2L * values.length));
		values[count++] = (float) v;
	}

	/** Keeps the values at even positions: the kept set becomes every (2 * stride)-th value. */
	private void halve() {
		int kept = 0;
		for (int i = 0; i < count; i += 2) values[kept++] = values[i];
		count = kept;
		stride *= 2;
	}

	/** @return whether every value offered was kept, so that {@link #range()} is exact */
	boolean exact() {
		return stride == 1;
	}

	/** @return {low, high}: the two percentiles, or {0, 1} if no finite value arrived */
	double[] range() {
		if (count == 0) return new double[] { 0, 1 };
		final float[] sorted = Arrays.copyOf(values, count);
		Arrays.sort(sorted);
		return new double[] { PercentileEstimator.percentileOfSorted(sorted, count, PercentileEstimator.LOW_PERCENT),
			PercentileEstimator.percentileOfSorted(sorted, count, PercentileEstimator.HIGH_PERCENT) };
	}
}
