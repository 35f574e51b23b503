package io.github.vaeexplorer.latent;

import io.github.vaeexplorer.model.LatentStatistics;

import java.util.Locale;

/**
 * How far a traversal sweeps each dimension, as in disentanglement_lib's visualisations: a fixed {@code ±range} in
 * prior standard deviations (the prior is N(0, 1), so these are values of z), or the {@code observed} range, from
 * the smallest to the largest posterior mean of that dimension on the training stack.
 *
 * @author VAE Explorer developers
 */
public final class SweepRange {

	/** The {@code range} value that selects the observed range. */
	public static final String OBSERVED = "observed";

	private final double halfWidth;

	private SweepRange(double halfWidth) {
		this.halfWidth = halfWidth;
	}

	/**
	 * From {@code -halfWidth} to {@code +halfWidth} in every dimension.
	 *
	 * @throws IllegalArgumentException unless {@code halfWidth} is a finite number above 0
	 */
	public static SweepRange fixed(double halfWidth) {
		if (!(halfWidth > 0) || Double.isInfinite(halfWidth)) throw new IllegalArgumentException(
			"range must be a number > 0 or observed (got " + halfWidth + ")");
		return new SweepRange(halfWidth);
	}

	/** From the smallest to the largest posterior mean on the training stack, per dimension. */
	public static SweepRange observed() {
		return new SweepRange(Double.NaN);
	}

	/**
	 * Parses a number ({@code 3} means -3..+3) or {@code observed}.
	 *
	 * @throws IllegalArgumentException naming the key and the bad value
	 */
	public static SweepRange parse(String text) {
		String t = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
		if (t.equals(OBSERVED)) return observed();
		double value;
		try {
			value = Double.parseDouble(t);
		}
		catch (NumberFormatException e) {
			throw new IllegalArgumentException("range must be a number > 0 or observed (got '" + text + "')");
		}
		return fixed(value);
	}

	public boolean isObserved() {
		return Double.isNaN(halfWidth);
	}

	/** The first value of dimension {@code dim}'s sweep. */
	public double from(int dim, LatentStatistics stats) {
		return isObserved() ? stats.muMin()[dim] : -halfWidth;
	}

	/** The last value of dimension {@code dim}'s sweep. */
	public double to(int dim, LatentStatistics stats) {
		return isObserved() ? stats.muMax()[dim] : halfWidth;
	}

	/** The sweep of one dimension over this range. */
	public LatentSweep sweep(int dim, int steps, LatentStatistics stats) {
		return new LatentSweep(dim, from(dim, stats), to(dim, stats), steps);
	}

	@Override
	public String toString() {
		return isObserved() ? OBSERVED : "±" + halfWidth;
	}
}
