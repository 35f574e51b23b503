package io.github.vaeexplorer.explore;

/**
 * Fits the projection that an {@link Axes} names.
 *
 * @author VAE Explorer developers
 */
public final class Projections {

	/** The seed of UMAP's random layout. */
	public static final long UMAP_SEED = 1;

	private Projections() {}

	/**
	 * Fits {@code axes} to the codes {@code mu[n][k]}.
	 *
	 * @throws IllegalArgumentException if the axes do not suit the codes
	 */
	public static Projection fit(Axes axes, float[][] mu) {
		if (mu.length == 0) throw new IllegalArgumentException("there are no slices to map");
		axes.checkAgainst(mu[0].length);
		switch (axes.kind()) {
			case DIMS:
				return new DimsProjection(mu, axes.first(), axes.second());
			case UMAP:
				return UmapProjection.fit(mu, UMAP_SEED);
			default:
				return PcaProjection.fit(mu);
		}
	}
}
