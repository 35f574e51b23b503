package io.github.vaeexplorer.metrics;

import java.util.Locale;

/**
 * How {@link LatentMetrics} samples the latent space: the seed, how many slice-to-slice interpolations and with how
 * many steps, how many prior samples, how many training images serve as the nearest-neighbour reference, and the
 * histogram bins of MIG. Fluent and validated; every setter names its key in its message.
 *
 * @author VAE Explorer developers
 */
public final class MetricsSettings {

	private long seed = 1;
	private int pairs = 200;
	private int steps = 10;
	private int priorSamples = 1000;
	private int reference = 2000;
	private int bins = Discretiser.DEFAULT_BINS;

	/** Seed of every random choice: pairs, prior samples, reference subset. */
	public long seed() { return seed; }

	/** Random slice pairs whose interpolations are decoded. */
	public int pairs() { return pairs; }

	/** Steps of each interpolation (steps + 1 decoded images from one endpoint to the other). */
	public int steps() { return steps; }

	/** Codes drawn from the prior N(0, I) and decoded. */
	public int priorSamples() { return priorSamples; }

	/** Most training images used as the nearest-neighbour reference (a seeded subset when the stack is larger). */
	public int reference() { return reference; }

	/** Histogram bins for MIG. */
	public int bins() { return bins; }

	public MetricsSettings seed(long value) {
		seed = value;
		return this;
	}

	public MetricsSettings pairs(int value) {
		pairs = check("pairs", value, 1, 100_000);
		return this;
	}

	public MetricsSettings steps(int value) {
		steps = check("steps", value, 2, 1000);
		return this;
	}

	public MetricsSettings priorSamples(int value) {
		priorSamples = check("prior_samples", value, 1, 100_000);
		return this;
	}

	public MetricsSettings reference(int value) {
		reference = check("reference", value, 2, 100_000);
		return this;
	}

	public MetricsSettings bins(int value) {
		bins = check("bins", value, 2, 1000);
		return this;
	}

	private static int check(String key, int value, int min, int max) {
		if (value < min || value > max) throw new IllegalArgumentException(key + " must be between " + min + " and " +
			max + " (got " + value + ")");
		return value;
	}

	@Override
	public String toString() {
		return String.format(Locale.ROOT, "seed=%d pairs=%d steps=%d prior_samples=%d reference=%d bins=%d", seed, pairs,
			steps, priorSamples, reference, bins);
	}
}
