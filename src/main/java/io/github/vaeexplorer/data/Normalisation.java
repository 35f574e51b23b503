package io.github.vaeexplorer.data;

import java.util.Arrays;

/**
 * Per-channel affine map from source intensities to the network's [0,1] range, and back.
 * <p>
 * Immutable. Channel {@code c} maps {@code low(c)} to 0 and {@code high(c)} to 1; values outside
 * that range are clamped when normalising, so the map is only invertible inside it. The bounds
 * usually come from {@link PercentileEstimator} (0.1 and 99.9 percentiles), and are stored with a
 * trained model so that later images are mapped the same way.
 */
public final class Normalisation {

	private final double[] low;
	private final double[] high;

	/**
	 * Creates a normalisation from per-channel bounds. The arrays are copied.
	 *
	 * @param low the source value that maps to 0, one per channel
	 * @param high the source value that maps to 1, one per channel; {@code high <= low} marks a
	 *          constant channel, which normalises to 0 everywhere
	 * @throws IllegalArgumentException if the arrays are null, empty, of different lengths, or
	 *           contain a non-finite value
	 */
	public Normalisation(double[] low, double[] high) {
		if (low == null || high == null) {
			throw new IllegalArgumentException("normalisation bounds must not be null");
		}
		if (low.length == 0 || low.length != high.length) {
			throw new IllegalArgumentException("normalisation needs the same, non-zero number of low and high bounds, got " +
				low.length + " low and " + high.length + " high");
		}
		for (int c = 0; c < low.length; c++) {
			if (!Double.isFinite(low[c]) || !Double.isFinite(high[c])) {
				throw new IllegalArgumentException("normalisation bounds must be finite, channel " + c + " has [" + low[c] +
					", " + high[c] + "]");
			}
		}
		this.low = low.clone();
		this.high = high.clone();
	}

	// -- Accessors --

	/** @return the number of channels this normalisation covers */
	public int channels() {
		return low.length;
	}

	/**
	 * @param c the channel, 0-based
	 * @return the source value that channel {@code c} maps to 0
	 */
	public double low(int c) {
		return low[c];
	}

	/**
	 * @param c the channel, 0-based
	 * @return the source value that channel {@code c} maps to 1
	 */
	public double high(int c) {
		return high[c];
	}

	// -- Mapping --

	/**
	 * Maps a source value of channel {@code c} to [0,1]: {@code (v - low) / (high - low)}, clamped.
	 * A constant channel ({@code high <= low}) and NaN map to 0; infinities clamp to 0 or 1.
	 *
	 * @param c the channel, 0-based
	 * @param v the source value
	 * @return the normalised value, always in [0,1]
	 */
	public float normalise(int c, double v) {
		final double range = high[c] - low[c];
		if (!(range > 0)) {
			return 0f;
		}
		final double t = (v - low[c]) / range;
		// The negated comparison also sends NaN to 0, so the result is always a valid network input.
		if (!(t > 0)) {
			return 0f;
		}
		return t >= 1 ? 1f : (float) t;
	}

	/**
	 * Maps a normalised value of channel {@code c} back to the source scale: {@code low + v * (high - low)},
	 * without clamping. A constant channel uses a range of 1.
	 *
	 * @param c the channel, 0-based
	 * @param v the normalised value (usually in [0,1])
	 * @return the source-scale value
	 */
	public double denormalise(int c, double v) {
		final double range = high[c] - low[c];
		return low[c] + v * (range > 0 ? range : 1);
	}

	// -- Object --

	@Override
	public boolean equals(Object o) {
		if (this == o) {
			return true;
		}
		if (!(o instanceof Normalisation)) {
			return false;
		}
		final Normalisation other = (Normalisation) o;
		return Arrays.equals(low, other.low) && Arrays.equals(high, other.high);
	}

	@Override
	public int hashCode() {
		return 31 * Arrays.hashCode(low) + Arrays.hashCode(high);
	}

	@Override
	public String toString() {
		final StringBuilder sb = new StringBuilder("Normalisation[");
		for (int c = 0; c < low.length; c++) {
			if (c > 0) {
				sb.append(", ");
			}
			sb.append('c').append(c).append(": ").append(low[c]).append("..").append(high[c]);
		}
		return sb.append(']').toString();
	}
}
