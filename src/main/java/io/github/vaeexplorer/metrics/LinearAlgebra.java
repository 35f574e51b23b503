package io.github.vaeexplorer.metrics;

/**
 * The small dense linear algebra the metrics need, in double precision: column means, covariance, Cholesky
 * factorisation and solves of k×k systems (k = latent dimensions, so at most a few hundred).
 *
 * @author VAE Explorer developers
 */
final class LinearAlgebra {

	private LinearAlgebra() {}

	/** Mean of each column of {@code rows [n][k]}. */
	static double[] columnMeans(float[][] rows) {
		int k = rows[0].length;
		double[] mean = new double[k];
		for (float[] row : rows) for (int d = 0; d < k; d++) mean[d] += row[d];
		for (int d = 0; d < k; d++) mean[d] /= rows.length;
		return mean;
	}

	/** Population covariance (divided by n) of the columns of {@code rows [n][k]}. Cost O(n·k²). */
	static double[][] covariance(float[][] rows) {
		int k = rows[0].length, n = rows.length;
		double[] mean = columnMeans(rows);
		double[][] cov = new double[k][k];
		double[] centred = new double[k];
		for (float[] row : rows) {
			for (int d = 0; d < k; d++) centred[d] = row[d] - mean[d];
			for (int a = 0; a < k; a++) {
				for (int b = a; b < k; b++) cov[a][b] += centred[a] * centred[b];
			}
		}
		for (int a = 0; a < k; a++) {
			for (int b = a; b < k; b++) {
				cov[a][b] /= n;
				cov[b][a] = cov[a][b];
			}
		}
		return cov;
	}

	/**
	 * Lower-triangular L with L·Lᵀ = a, for a symmetric positive definite matrix.
	 *
	 * @throws IllegalArgumentException if a is not positive definite
	 */
	static double[][] cholesky(double[][] a) {
		int k = a.length;
		double[][] l = new double[k][k];
		for (int i = 0; i < k; i++) {
			for (int j = 0; j <= i; j++) {
				double s = a[i][j];
				for (int m = 0; m < j; m++) s -= l[i][m] * l[j][m];
				if (i == j) {
					if (!(s > 0)) throw new IllegalArgumentException("the matrix is not positive definite");
					l[i][i] = Math.sqrt(s);
				}
				else {
					l[i][j] = s / l[j][j];
				}
			}
		}
		return l;
	}

	/** Solves L·Lᵀ·x = b given the Cholesky factor L. */
	static double[] choleskySolve(double[][] l, double[] b) {
		int k = b.length;
		double[] y = new double[k], x = new double[k];
		for (int i = 0; i < k; i++) {
			double s = b[i];
			for (int m = 0; m < i; m++) s -= l[i][m] * y[m];
			y[i] = s / l[i][i];
		}
		for (int i = k - 1; i >= 0; i--) {
			double s = y[i];
			for (int m = i + 1; m < k; m++) s -= l[m][i] * x[m];
			x[i] = s / l[i][i];
		}
		return x;
	}

	/** log det of a symmetric positive definite matrix, via Cholesky. */
	static double logDeterminant(double[][] a) {
		double[][] l = cholesky(a);
		double s = 0;
		for (int i = 0; i < l.length; i++) s += 2 * Math.log(l[i][i]);
		return s;
	}
}
