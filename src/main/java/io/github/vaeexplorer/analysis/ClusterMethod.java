package io.github.vaeexplorer.analysis;

import java.util.Locale;

/**
 * How {@link LatentClusters} groups codes: {@code kmeans} ({@link KMeans}) or {@code gmm} ({@link GaussianMixture},
 * diagonal covariances).
 *
 * @author VAE Explorer developers
 */
public enum ClusterMethod {
	KMEANS, GMM;

	/** The key's word for this method. */
	public String word() {
		return name().toLowerCase(Locale.ROOT);
	}

	/** The method a key's word names (any letter case). */
	public static ClusterMethod parse(String word) {
		for (ClusterMethod m : values()) if (m.word().equalsIgnoreCase(word == null ? "" : word.trim())) return m;
		throw new IllegalArgumentException("method must be one of kmeans, gmm (got '" + word + "')");
	}

	Clustering fit(double[][] points, int k, long seed) {
		return this == KMEANS ? new KMeans(k, seed).fit(points) : new GaussianMixture(k, seed).fit(points);
	}
}
