package io.github.vaeexplorer.explore;

import tagbio.umap.Umap;

/**
 * UMAP of the codes (McInnes et al. 2018) as the axes, by the pure-Java port of Tag.bio's umap-java (Maven Central
 * {@code tech.molecules:external-umap-java}, MIT), seeded and single-threaded so the same codes give the same map.
 * UMAP has no inverse; the way back used here is the inverse-distance-weighted average of the codes of the
 * {@value #NEIGHBOURS} points nearest to the clicked one (a point on a slice's own point gives that slice's code).
 *
 * @author VAE Explorer developers
 */
public final class UmapProjection implements Projection {

	/** How many of the nearest points the way back averages. */
	public static final int NEIGHBOURS = 8;

	private static final int UMAP_NEIGHBOURS = 15;

	private final float[][] codes;
	private final double[][] points;

	private UmapProjection(float[][] codes, double[][] points) {
		this.codes = codes;
		this.points = points;
	}

	/**
	 * Fits UMAP (15 neighbours, Euclidean) to codes {@code mu[n][k]}.
	 *
	 * @throws IllegalArgumentException if there are fewer than 3 codes
	 */
	public static UmapProjection fit(float[][] mu, long seed) {
		if (mu.length < 3) throw new IllegalArgumentException("axes=umap needs at least 3 slices (got " + mu.length +
			"); use pca");
		Umap umap = new Umap();
		umap.setNumberComponents(2);
		umap.setNumberNearestNeighbours(Math.min(UMAP_NEIGHBOURS, mu.length - 1));
		umap.setSeed(seed);
		umap.setThreads(1);
		umap.setVerbose(false);
		float[][] embedded = umap.fitTransform(mu);
		double[][] points = new double[embedded.length][];
		for (int i = 0; i < embedded.length; i++) points[i] = new double[] { embedded[i][0], embedded[i][1] };
		return new UmapProjection(mu, points);
	}

	@Override
	public double[][] points() { return points; }

	@Override
	public float[] inverse(double x, double y, float[] anchor) {
		int n = points.length, k = Math.min(NEIGHBOURS, n);
		int[] nearest = new int[k];
		double[] distance = new double[k];
		java.util.Arrays.fill(distance, Double.POSITIVE_INFINITY);
		for (int i = 0; i < n; i++) {
			double dx = points[i][0] - x, dy = points[i][1] - y, d = Math.sqrt(dx * dx + dy * dy);
			if (d >= distance[k - 1]) continue;
			int at = k - 1;
			while (at > 0 && distance[at - 1] > d) {
				distance[at] = distance[at - 1];
				nearest[at] = nearest[at - 1];
				at--;
			}
			distance[at] = d;
			nearest[at] = i;
		}
		if (distance[0] == 0) return codes[nearest[0]].clone();
		double[] sum = new double[codes[0].length];
		double total = 0;
		for (int r = 0; r < k; r++) {
			double w = 1 / distance[r];
			total += w;
			for (int d = 0; d < sum.length; d++) sum[d] += w * codes[nearest[r]][d];
		}
		float[] code = new float[sum.length];
		for (int d = 0; d < code.length; d++) code[d] = (float) (sum[d] / total);
		return code;
	}

	@Override
	public String axisName(int axis) {
		return "UMAP" + (axis + 1);
	}

	@Override
	public String inverseDescription() {
		return "the inverse-distance-weighted mean of the codes of the " + NEIGHBOURS + " nearest slices (UMAP has " +
			"no exact inverse)";
	}
}
