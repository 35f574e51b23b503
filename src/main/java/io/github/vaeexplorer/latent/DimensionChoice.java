package io.github.vaeexplorer.latent;

import io.github.vaeexplorer.model.LatentStatistics;

/**
 * Turns a user's {@code dim} value into a latent dimension: a 0-based index, or {@code auto} for the dimension with
 * the largest KL divergence (the one that carries the most information).
 *
 * @author VAE Explorer developers
 */
public final class DimensionChoice {

	private DimensionChoice() {}

	/**
	 * Resolves {@code dim}.
	 *
	 * @throws IllegalArgumentException naming the bad value and the valid range
	 */
	public static int resolve(String dim, LatentStatistics stats) {
		String t = dim == null ? "auto" : dim.trim();
		if (t.isEmpty() || t.equalsIgnoreCase("auto")) return stats.rankedByKl()[0];
		int d;
		try {
			d = Integer.parseInt(t);
		}
		catch (NumberFormatException e) {
			throw new IllegalArgumentException("dim must be auto or a number from 0 to " + (stats.dimensions() - 1) +
				" (got '" + dim + "')");
		}
		if (d < 0 || d >= stats.dimensions()) {
			throw new IllegalArgumentException("dim must be from 0 to " + (stats.dimensions() - 1) + " for this model (got " +
				d + ")");
		}
		return d;
	}

	/** A short description such as {@code "z3 (active, KL 2.41 nats)"} or {@code "z7 (collapsed, KL 0.00 nats)"}. */
	public static String describe(int dim, LatentStatistics stats) {
		return String.format(java.util.Locale.ROOT, "z%d (%s, KL %.2f nats)", dim, stats.isActive(dim) ? "active" :
			"collapsed", stats.klPerDim()[dim]);
	}
}
