package io.github.vaeexplorer.data;

import ij.ImagePlus;
import java.util.Arrays;
import net.imglib2.Cursor;
import net.imglib2.RandomAccessibleInterval;
import net.imglib2.type.numeric.RealType;
import net.imglib2.view.Views;

/**
 * Computes the robust intensity range of an image: the {@value #LOW_PERCENT} and {@value #HIGH_PERCENT}
 * percentiles of each network channel over all finite values of all planes (NaN and ±Inf are ignored).
 * <p>
 * <b>Percentile definition</b>: linear interpolation between order statistics, numpy's default
 * ({@code method="linear"}): for the {@code n} sorted values {@code x[0..n-1]} and percent {@code p}, the
 * virtual index is {@code h = (n-1) * p/100} and the result is
 * {@code x[floor(h)] + (h - floor(h)) * (x[floor(h)+1] - x[floor(h)])}.
 * <p>
 * <b>Exactness and cost</b>: 8-bit, 16-bit and RGB images are exact, via one histogram per channel (256 or
 * 65536 bins), in one pass over the pixels. 32-bit images are exact as long as a channel has at most
 * {@value #MAX_SORTED_VALUES} pixels: the finite values are copied into a float array and sorted
 * (O(n log n), 4 bytes per pixel, one channel at a time). Above that, a deterministic subsample is sorted
 * instead: every k-th pixel in (sample, row, column) order, with k the smallest stride that keeps at most
 * {@value #MAX_SORTED_VALUES} pixels; the result is then an estimate.
 * <p>
 * A channel without any finite value gets the range [0,1].
 */
public final class PercentileEstimator {

	/** The percentile that maps to 0. */
	public static final double LOW_PERCENT = 0.1;

	/** The percentile that maps to 1. */
	public static final double HIGH_PERCENT = 99.9;

	/** Most 32-bit pixels per channel that are sorted exactly; larger channels are subsampled. */
	public static final int MAX_SORTED_VALUES = 20_000_000;

	private final int maxSortedValues;

	/** Creates an estimator; it is immutable, so one instance can be shared. */
	public PercentileEstimator() {
		this(MAX_SORTED_VALUES);
	}

	/** Package-private so tests can reach the subsampling path with small images. */
	PercentileEstimator(int maxSortedValues) {
		if (maxSortedValues < 1) {
			throw new IllegalArgumentException("at least one value must be sortable, got " + maxSortedValues);
		}
		this.maxSortedValues = maxSortedValues;
	}

	/**
	 * Computes the normalisation of every network channel of the image (see the class description for the
	 * definition and the cost). The image is only read.
	 *
	 * @param imp an 8-, 16-, 32-bit or RGB image, stack or hyperstack
	 * @return per-channel bounds: the {@value #LOW_PERCENT} and {@value #HIGH_PERCENT} percentiles
	 * @throws IllegalArgumentException if the image is null, empty or unsupported
	 */
	public Normalisation estimate(ImagePlus imp) {
		return estimate(SourcePlanes.of(imp));
	}

	Normalisation estimate(SourcePlanes planes) {
		final int channels = planes.networkChannels();
		final double[] low = new double[channels];
		final double[] high = new double[channels];
		final int bins = planes.exactHistogramBins();
		for (int c = 0; c < channels; c++) {
			final double[] range = bins > 0 ? histogramRange(planes, c, bins) : sortedRange(planes, c);
			low[c] = range[0];
			high[c] = range[1];
		}
		return new Normalisation(low, high);
	}

	// -- Percentile arithmetic --

	/**
	 * Percentile of the first {@code length} values of an ascending array, by numpy's linear rule.
	 *
	 * @param sorted ascending values, all finite
	 * @param length how many leading values of {@code sorted} to use
	 * @param percent in [0,100]
	 * @return the percentile, or NaN if {@code length} is 0
	 */
	public static double percentileOfSorted(float[] sorted, int length, double percent) {
		if (length <= 0) {
			return Double.NaN;
		}
		final double h = (length - 1) * (percent / 100.0);
		final int k = (int) Math.floor(h);
		final double a = sorted[k];
		final double b = k + 1 < length ? sorted[k + 1] : a;
		return lerp(a, b, h - k);
	}

	/**
	 * Percentile of integer values given as a histogram, by numpy's linear rule: the same result as
	 * {@link #percentileOfSorted} on the values expanded from the histogram, without expanding them.
	 *
	 * @param counts {@code counts[v]} is how often value {@code v} occurs
	 * @param percent in [0,100]
	 * @return the percentile, or NaN if the histogram is empty
	 */
	public static double percentileOfHistogram(long[] counts, double percent) {
		long total = 0;
		for (long count : counts) {
			total += count;
		}
		if (total == 0) {
			return Double.NaN;
		}
		final double h = (total - 1) * (percent / 100.0);
		final long k = (long) Math.floor(h);
		final int a = orderStatistic(counts, k);
		final int b = k + 1 < total ? orderStatistic(counts, k + 1) : a;
		return lerp(a, b, h - k);
	}

	/** The value with 0-based rank {@code rank} among the histogram's values. */
	private static int orderStatistic(long[] counts, long rank) {
		long seen = 0;
		for (int v = 0; v < counts.length; v++) {
			seen += counts[v];
			if (seen > rank) {
				return v;
			}
		}
		throw new IllegalArgumentException("rank " + rank + " is beyond the histogram's " + seen + " values");
	}

	/** numpy's _lerp: switching formulas at t=0.5 keeps the result exact at both ends and monotonic. */
	private static double lerp(double a, double b, double t) {
		final double diff = b - a;
		return t < 0.5 ? a + diff * t : b - diff * (1 - t);
	}

	// -- Channel passes --

	private static double[] histogramRange(SourcePlanes planes, int channel, int bins) {
		final long[] counts = new long[bins];
		for (int s = 0; s < planes.sampleCount(); s++) {
			final Cursor<? extends RealType<?>> cursor = Views.flatIterable(planes.channelView(s, channel)).cursor();
			while (cursor.hasNext()) {
				counts[(int) cursor.next().getRealDouble()]++;
			}
		}
		return rangeOrDefault(percentileOfHistogram(counts, LOW_PERCENT), percentileOfHistogram(counts, HIGH_PERCENT));
	}

	private double[] sortedRange(SourcePlanes planes, int channel) {
		final long total = planes.pixelsPerPlane() * planes.sampleCount();
		final long stride = total <= maxSortedValues ? 1 : (total + maxSortedValues - 1) / maxSortedValues;
		final float[] values = new float[(int) ((total + stride - 1) / stride)];
		int n = 0;
		long index = 0;
		for (int s = 0; s < planes.sampleCount(); s++) {
			final RandomAccessibleInterval<? extends RealType<?>> view = planes.channelView(s, channel);
			final Cursor<? extends RealType<?>> cursor = Views.flatIterable(view).cursor();
			while (cursor.hasNext()) {
				final float v = cursor.next().getRealFloat();
				if (index++ % stride == 0 && Float.isFinite(v)) {
					values[n++] = v;
				}
			}
		}
		Arrays.sort(values, 0, n);
		return rangeOrDefault(percentileOfSorted(values, n, LOW_PERCENT), percentileOfSorted(values, n, HIGH_PERCENT));
	}

	private static double[] rangeOrDefault(double low, double high) {
		if (Double.isNaN(low) || Double.isNaN(high)) {
			return new double[] { 0, 1 };
		}
		return new double[] { low, high };
	}
}
