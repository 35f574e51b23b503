package io.github.vaeexplorer.analysis;

import java.util.Arrays;

/**
 * A hard partition of n points into k clusters: each point's cluster (0-based) and each cluster's centre. Immutable.
 *
 * @author VAE Explorer developers
 */
public final class Clustering {

	private final int[] labels;
	private final double[][] centres;

	/**
	 * @param labels each point's cluster, in [0, centres.length)
	 * @param centres each cluster's centre, all of one length
	 */
	public Clustering(int[] labels, double[][] centres) {
		for (int label : labels) {
			if (label < 0 || label >= centres.length) throw new IllegalArgumentException("cluster " + label +
				" is not one of the " + centres.length + " clusters");
		}
		this.labels = labels.clone();
		this.centres = new double[centres.length][];
		for (int c = 0; c < centres.length; c++) this.centres[c] = centres[c].clone();
	}

	/** Number of clusters (some may be empty). */
	public int k() { return centres.length; }

	/** Each point's cluster (a copy). */
	public int[] labels() { return labels.clone(); }

	/** Point {@code i}'s cluster. */
	public int label(int i) { return labels[i]; }

	/** Cluster {@code c}'s centre (a copy). */
	public double[] centre(int c) { return centres[c].clone(); }

	/** Points per cluster. */
	public int[] sizes() {
		int[] sizes = new int[centres.length];
		for (int label : labels) sizes[label]++;
		return sizes;
	}

	/** Sum over the points of the squared distance to their cluster's centre. */
	public double inertia(double[][] points) {
		double sum = 0;
		for (int i = 0; i < points.length; i++) sum += Distances.squared(points[i], centres[labels[i]]);
		return sum;
	}

	/**
	 * The {@code count} members of cluster {@code c} nearest its centre, nearest first (fewer if it has fewer):
	 * the cluster's most typical points.
	 */
	public int[] mostTypical(double[][] points, int c, int count) {
		return java.util.stream.IntStream.range(0, labels.length).filter(i -> labels[i] == c).boxed().sorted((a,
			b) -> Double.compare(Distances.squared(points[a], centres[c]), Distances.squared(points[b], centres[c])))
			.limit(count).mapToInt(Integer::intValue).toArray();
	}

	@Override
	public String toString() {
		return "Clustering" + Arrays.toString(sizes());
	}
}
