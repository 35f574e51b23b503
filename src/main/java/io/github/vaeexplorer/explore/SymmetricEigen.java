package io.github.vaeexplorer.explore;

/**
 * Eigenvalues and eigenvectors of a small symmetric matrix by cyclic Jacobi rotations (accurate to rounding; costs
 * about {@code 10 k^3} operations for a {@code k x k} matrix, nothing for the latent sizes used here).
 *
 * @author VAE Explorer developers
 */
final class SymmetricEigen {

	private static final int MAX_SWEEPS = 100;

	private final double[] values;
	private final double[][] vectors;

	private SymmetricEigen(double[] values, double[][] vectors) {
		this.values = values;
		this.vectors = vectors;
	}

	/** Decomposes {@code a} (symmetric; not changed). Eigenpairs come sorted by eigenvalue, largest first. */
	static SymmetricEigen of(double[][] a) {
		int n = a.length;
		double[][] m = new double[n][];
		for (int i = 0; i < n; i++) m[i] = a[i].clone();
		double[][] v = new double[n][n];
		for (int i = 0; i < n; i++) v[i][i] = 1;
		for (int sweep = 0; sweep < MAX_SWEEPS; sweep++) {
			double off = 0;
			for (int p = 0; p < n; p++) for (int q = p + 1; q < n; q++) off += m[p][q] * m[p][q];
			if (off == 0 || off < 1e-30 * (1 + trace2(m))) break;
			for (int p = 0; p < n; p++) {
				for (int q = p + 1; q < n; q++) {
					if (m[p][q] != 0) rotate(m, v, p, q);
				}
			}
		}
		Integer[] order = new Integer[n];
		for (int i = 0; i < n; i++) order[i] = i;
		java.util.Arrays.sort(order, (x, y) -> Double.compare(m[y][y], m[x][x]));
		double[] values = new double[n];
		double[][] vectors = new double[n][n];
		for (int r = 0; r < n; r++) {
			values[r] = m[order[r]][order[r]];
			for (int i = 0; i < n; i++) vectors[r][i] = v[i][order[r]];
		}
		return new SymmetricEigen(values, vectors);
	}

	private static double trace2(double[][] m) {
		double s = 0;
		for (int i = 0; i < m.length; i++) s += m[i][i] * m[i][i];
		return s;
	}

	/** One Jacobi rotation zeroing {@code m[p][q]}; accumulates it into {@code v}'s columns. */
	private static void rotate(double[][] m, double[][] v, int p, int q) {
		double theta = (m[q][q] - m[p][p]) / (2 * m[p][q]);
		double t = Math.signum(theta) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
		if (theta == 0) t = 1;
		double c = 1 / Math.sqrt(t * t + 1), s = t * c;
		int n = m.length;
		for (int k = 0; k < n; k++) {
			double mkp = m[k][p], mkq = m[k][q];
			m[k][p] = c * mkp - s * mkq;
			m[k][q] = s * mkp + c * mkq;
		}
		for (int k = 0; k < n; k++) {
			double mpk = m[p][k], mqk = m[q][k];
			m[p][k] = c * mpk - s * mqk;
			m[q][k] = s * mpk + c * mqk;
		}
		for (int k = 0; k < n; k++) {
			double vkp = v[k][p], vkq = v[k][q];
			v[k][p] = c * vkp - s * vkq;
			v[k][q] = s * vkp + c * vkq;
		}
	}

	/** Eigenvalues, largest first. */
	double[] values() { return values; }

	/** Unit eigenvectors, {@code vectors()[r]} belonging to {@code values()[r]}. */
	double[][] vectors() { return vectors; }
}
