package io.github.vaeexplorer.metrics;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Brute-force nearest neighbours between images in pixel space, with the root-mean-square pixel difference as the
 * distance (so 0.1 means a typical pixel is off by 0.1 on the [0,1] scale). Squared distances come from one matrix
 * product per chunk of queries, |q|² + |r|² − 2·q·r, computed by ND4J's BLAS in single precision.
 * <p>
 * Cost: q·r·D multiply-adds for q queries against r reference images of D pixels: 1,000 against 2,000 images of
 * 64×64 is 8·10⁹, about a second on two cores; memory r·D floats for the reference plus a chunk of
 * {@value #CHUNK}×r distances.
 *
 * @author VAE Explorer developers
 */
final class NearestNeighbours {

	private static final int CHUNK = 512;

	private final INDArray reference;
	private final float[] referenceNorms;
	private final int length;

	/** @param reference the images to search, each of the same length */
	NearestNeighbours(float[][] reference) {
		this.length = reference[0].length;
		this.reference = matrix(reference);
		this.referenceNorms = new float[reference.length];
		for (int j = 0; j < reference.length; j++) referenceNorms[j] = squaredNorm(reference[j]);
	}

	int referenceCount() {
		return referenceNorms.length;
	}

	/**
	 * Both directions of nearest-neighbour distance between queries and the reference.
	 *
	 * @param queries images of the reference's length
	 * @param skipSameIndex true when the queries are the reference itself: query i is not compared with reference i
	 * @return {@code [perQuery, perReference]}: each query's distance to its nearest reference image, and each
	 *         reference image's distance to its nearest query
	 */
	double[][] minima(float[][] queries, boolean skipSameIndex) {
		int r = referenceNorms.length;
		double[] perQuery = new double[queries.length], perReference = new double[r];
		java.util.Arrays.fill(perReference, Double.POSITIVE_INFINITY);
		for (int start = 0; start < queries.length; start += CHUNK) {
			int m = Math.min(CHUNK, queries.length - start);
			float[][] chunk = java.util.Arrays.copyOfRange(queries, start, start + m);
			float[] dots = matrix(chunk).mmul(reference.transpose()).dup('c').data().asFloat(); // [m, r]
			for (int i = 0; i < m; i++) {
				double qn = squaredNorm(chunk[i]), best = Double.POSITIVE_INFINITY;
				for (int j = 0; j < r; j++) {
					if (skipSameIndex && start + i == j) continue;
					double d2 = Math.max(0, qn + referenceNorms[j] - 2.0 * dots[i * r + j]);
					if (d2 < best) best = d2;
					if (d2 < perReference[j]) perReference[j] = d2;
				}
				perQuery[start + i] = Math.sqrt(best / length);
			}
		}
		for (int j = 0; j < r; j++) perReference[j] = Math.sqrt(perReference[j] / length);
		return new double[][] { perQuery, perReference };
	}

	/**
	 * Each query's distance to its k-th nearest reference image (k = 1: the nearest), by the same distance as
	 * {@link #minima}.
	 *
	 * @param skipSameIndex true when the queries are the reference itself: query i is not its own neighbour
	 * @throws IllegalArgumentException if fewer than k reference images are left to compare with
	 */
	double[] kthNearest(float[][] queries, int k, boolean skipSameIndex) {
		int r = referenceNorms.length;
		if (k < 1 || k > r - (skipSameIndex ? 1 : 0)) throw new IllegalArgumentException("the " + k +
			"-th nearest neighbour needs at least " + (k + (skipSameIndex ? 1 : 0)) + " images (got " + r + ")");
		double[] out = new double[queries.length];
		double[] best = new double[k];
		forEachRow(queries, (i, d2) -> {
			java.util.Arrays.fill(best, Double.POSITIVE_INFINITY);
			for (int j = 0; j < r; j++) {
				if (skipSameIndex && i == j) continue;
				double d = d2.at(j);
				if (d >= best[k - 1]) continue;
				int at = k - 1;
				while (at > 0 && best[at - 1] > d) {
					best[at] = best[at - 1];
					at--;
				}
				best[at] = d;
			}
			out[i] = Math.sqrt(best[k - 1] / length);
		});
		return out;
	}

	/**
	 * Whether each query lies within {@code radius[j]} of some reference image j (a closed ball: the query at
	 * exactly the radius counts), by the same distance as {@link #minima}.
	 *
	 * @param radius one radius per reference image
	 */
	boolean[] withinSomeRadius(float[][] queries, double[] radius) {
		int r = referenceNorms.length;
		if (radius.length != r) throw new IllegalArgumentException(radius.length + " radii for " + r + " images");
		double[] squared = new double[r];
		for (int j = 0; j < r; j++) squared[j] = radius[j] * radius[j] * length;
		boolean[] out = new boolean[queries.length];
		forEachRow(queries, (i, d2) -> {
			for (int j = 0; j < r && !out[i]; j++) out[i] = d2.at(j) <= squared[j];
		});
		return out;
	}

	/** One query's squared Euclidean distances to the reference images. */
	private interface SquaredDistances {
		double at(int reference);
	}

	private interface RowVisitor {
		void visit(int query, SquaredDistances d2);
	}

	/** Visits the queries in order, chunk by chunk, each with its squared distances to every reference image. */
	private void forEachRow(float[][] queries, RowVisitor visitor) {
		int r = referenceNorms.length;
		for (int start = 0; start < queries.length; start += CHUNK) {
			int m = Math.min(CHUNK, queries.length - start);
			float[][] chunk = java.util.Arrays.copyOfRange(queries, start, start + m);
			float[] dots = matrix(chunk).mmul(reference.transpose()).dup('c').data().asFloat(); // [m, r]
			for (int i = 0; i < m; i++) {
				double qn = squaredNorm(chunk[i]);
				int row = i * r;
				visitor.visit(start + i, j -> Math.max(0, qn + referenceNorms[j] - 2.0 * dots[row + j]));
			}
		}
	}

	/** Root-mean-square difference of two images. */
	static double distance(float[] a, float[] b) {
		double s = 0;
		for (int i = 0; i < a.length; i++) {
			double d = a[i] - b[i];
			s += d * d;
		}
		return Math.sqrt(s / a.length);
	}

	private static float squaredNorm(float[] v) {
		double s = 0;
		for (float x : v) s += (double) x * x;
		return (float) s;
	}

	private INDArray matrix(float[][] rows) {
		float[] flat = new float[rows.length * length];
		for (int i = 0; i < rows.length; i++) {
			if (rows[i].length != length) throw new IllegalArgumentException("an image has " + rows[i].length +
				" values where " + length + " are expected");
			System.arraycopy(rows[i], 0, flat, i * length, length);
		}
		return Nd4j.create(flat, new long[] { rows.length, length }, 'c');
	}
}
