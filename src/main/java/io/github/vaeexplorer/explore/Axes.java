package io.github.vaeexplorer.explore;

import java.util.Locale;

/**
 * The two axes of a latent map, as the {@code axes} key writes them: {@code dims:I,J} (latent dimensions I and J,
 * 0-based, as in {@code mu_I}), {@code pca} (the codes' first two principal components) or {@code umap}.
 *
 * @author VAE Explorer developers
 */
public final class Axes {

	/** The kinds of projection. */
	public enum Kind { DIMS, PCA, UMAP }

	/** The {@code axes} key's default. */
	public static final String DEFAULT = "pca";

	private final Kind kind;
	private final int first, second;

	private Axes(Kind kind, int first, int second) {
		this.kind = kind;
		this.first = first;
		this.second = second;
	}

	/** Two latent dimensions. */
	public static Axes dims(int first, int second) {
		if (first < 0 || second < 0) throw new IllegalArgumentException("axes dims:I,J need dimensions >= 0 (got " +
			first + "," + second + ")");
		return new Axes(Kind.DIMS, first, second);
	}

	/**
	 * Parses {@code dims:I,J}, {@code pca} or {@code umap}.
	 *
	 * @throws IllegalArgumentException naming the bad value
	 */
	public static Axes parse(String text) {
		String t = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
		if (t.equals("pca")) return new Axes(Kind.PCA, 0, 1);
		if (t.equals("umap")) return new Axes(Kind.UMAP, 0, 1);
		if (t.startsWith("dims:")) {
			String[] parts = t.substring(5).split(",");
			if (parts.length == 2) {
				try {
					int i = Integer.parseInt(parts[0].trim()), j = Integer.parseInt(parts[1].trim());
					if (i >= 0 && j >= 0) return new Axes(Kind.DIMS, i, j);
				}
				catch (NumberFormatException e) {
					// reported below
				}
			}
		}
		throw new IllegalArgumentException("axes must be dims:I,J (two latent dimensions, e.g. dims:0,1), pca or " +
			"umap (got '" + text + "')");
	}

	public Kind kind() { return kind; }

	/** The first latent dimension of {@link Kind#DIMS}. */
	public int first() { return first; }

	/** The second latent dimension of {@link Kind#DIMS}. */
	public int second() { return second; }

	/**
	 * Checks the dimensions against a model's latent size.
	 *
	 * @throws IllegalArgumentException if a dimension is out of range
	 */
	public Axes checkAgainst(int latent) {
		if (kind == Kind.DIMS && (first >= latent || second >= latent)) throw new IllegalArgumentException("axes " +
			this + " but the model has " + latent + " latent dimension(s) (0.." + (latent - 1) + ")");
		return this;
	}

	@Override
	public String toString() {
		return kind == Kind.DIMS ? "dims:" + first + "," + second : kind.name().toLowerCase(Locale.ROOT);
	}
}
