package io.github.vaeexplorer.latent;

import io.github.vaeexplorer.model.LatentStatistics;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Turns a user's {@code dims} value into latent dimensions: {@code active} (the active ones, largest KL first),
 * {@code all} (every dimension, largest KL first) or a list such as {@code 0,2,5} (in the order given).
 *
 * @author VAE Explorer developers
 */
public final class DimensionSelection {

	private DimensionSelection() {}

	/**
	 * Resolves {@code dims}.
	 *
	 * @throws IllegalArgumentException naming the key: a bad or out-of-range index, a repeated index, or
	 *           {@code active} when every dimension has collapsed
	 */
	public static int[] resolve(String dims, LatentStatistics stats) {
		String t = dims == null ? "active" : dims.trim().toLowerCase(Locale.ROOT);
		if (t.isEmpty() || t.equals("active")) {
			int[] active = stats.activeDims();
			if (active.length == 0) throw new IllegalArgumentException("dims=active but every dimension of this " +
				"model has collapsed (none has Var[mu] > " + LatentStatistics.ACTIVE_THRESHOLD + "); give dims=all or a " +
				"list such as 0,1");
			return active;
		}
		if (t.equals("all")) return stats.rankedByKl();
		Set<Integer> chosen = new LinkedHashSet<>();
		for (String part : t.split(",")) {
			int d;
			try {
				d = Integer.parseInt(part.trim());
			}
			catch (NumberFormatException e) {
				throw new IllegalArgumentException("dims must be active, all, or a list of numbers such as 0,2,5 (got '" +
					dims + "')");
			}
			if (d < 0 || d >= stats.dimensions()) throw new IllegalArgumentException("dims must name dimensions " +
				"from 0 to " + (stats.dimensions() - 1) + " for this model (got " + d + ")");
			if (!chosen.add(d)) throw new IllegalArgumentException("dims names dimension " + d + " twice");
		}
		return chosen.stream().mapToInt(Integer::intValue).toArray();
	}

	/**
	 * What a traversal grid shows when nobody chose: the active dimensions or, when every one has collapsed, all of
	 * them; largest KL first.
	 */
	public static int[] activeOrAll(LatentStatistics stats) {
		int[] active = stats.activeDims();
		return active.length > 0 ? active : stats.rankedByKl();
	}

	/** The chosen dimensions that have collapsed onto the prior, in the given order. */
	public static int[] collapsed(int[] dims, LatentStatistics stats) {
		List<Integer> out = new ArrayList<>();
		for (int d : dims) {
			if (!stats.isActive(d)) out.add(d);
		}
		return out.stream().mapToInt(Integer::intValue).toArray();
	}

	/** One {@link DimensionChoice#describe} per dimension, e.g. {@code z3 (active, KL 2.41 nats), z7 (collapsed, ...)}. */
	public static String describe(int[] dims, LatentStatistics stats) {
		List<String> parts = new ArrayList<>();
		for (int d : dims) parts.add(DimensionChoice.describe(d, stats));
		return String.join(", ", parts);
	}
}
