package io.github.vaeexplorer.explore;

/**
 * The codes' first two principal components as the axes. The map is affine, {@code p = W (z - mean)} with the two
 * orthonormal rows of {@code W}, so its way back is exact: {@code inverse(p) = mean + W^T p} projects back onto
 * {@code p}, and it returns every code of the components' plane itself. Each component's sign is fixed (its largest
 * entry positive), so the same codes always give the same picture.
 *
 * @author VAE Explorer developers
 */
public final class PcaProjection implements Projection {

	private final double[] mean;
	private final double[][] components;
	private final double[] variances;
	private final double[][] points;

	private PcaProjection(double[] mean, double[][] components, double[] variances, float[][] mu) {
		this.mean = mean;
		this.components = components;
		this.variances = variances;
		points = new double[mu.length][];
		for (int i = 0; i < mu.length; i++) points[i] = project(toDouble(mu[i]));
	}

	/**
	 * Fits the components to codes {@code mu[n][k]}.
	 *
	 * @throws IllegalArgumentException if there are no codes
	 */
	public static PcaProjection fit(float[][] mu) {
		if (mu.length == 0) throw new IllegalArgumentException("there are no codes to project");
		int k = mu[0].length, n = mu.length;
		double[] mean = new double[k];
		for (float[] z : mu) for (int d = 0; d < k; d++) mean[d] += z[d];
		for (int d = 0; d < k; d++) mean[d] /= n;
		double[][] cov = new double[k][k];
		for (float[] z : mu) {
			for (int a = 0; a < k; a++) {
				double da = z[a] - mean[a];
				for (int b = a; b < k; b++) cov[a][b] += da * (z[b] - mean[b]);
			}
		}
		for (int a = 0; a < k; a++) for (int b = a; b < k; b++) cov[b][a] = cov[a][b] /= Math.max(1, n - 1);
		SymmetricEigen eigen = SymmetricEigen.of(cov);
		double[][] components = new double[2][];
		double[] variances = new double[2];
		for (int r = 0; r < 2; r++) {
			components[r] = r < k ? fixSign(eigen.vectors()[r].clone()) : new double[k];
			variances[r] = r < k ? Math.max(0, eigen.values()[r]) : 0;
		}
		return new PcaProjection(mean, components, variances, mu);
	}

	private static double[] fixSign(double[] v) {
		int largest = 0;
		for (int i = 1; i < v.length; i++) if (Math.abs(v[i]) > Math.abs(v[largest])) largest = i;
		if (v[largest] < 0) for (int i = 0; i < v.length; i++) v[i] = -v[i];
		return v;
	}

	/** A code's point: its centred code on the two components. */
	public double[] project(double[] code) {
		double[] p = new double[2];
		for (int r = 0; r < 2; r++) {
			double s = 0;
			for (int d = 0; d < mean.length; d++) s += (code[d] - mean[d]) * components[r][d];
			p[r] = s;
		}
		return p;
	}

	/** The code of the components' plane at {@code (x, y)}: {@code mean + x PC1 + y PC2}, in double precision. */
	public double[] inverseExact(double x, double y) {
		double[] z = new double[mean.length];
		for (int d = 0; d < z.length; d++) z[d] = mean[d] + x * components[0][d] + y * components[1][d];
		return z;
	}

	/** The codes' mean (a copy). */
	public double[] mean() { return mean.clone(); }

	/** The variance of the codes along each of the two components. */
	public double[] variances() { return variances.clone(); }

	@Override
	public double[][] points() { return points; }

	@Override
	public float[] inverse(double x, double y, float[] anchor) {
		double[] z = inverseExact(x, y);
		float[] code = new float[z.length];
		for (int d = 0; d < z.length; d++) code[d] = (float) z[d];
		return code;
	}

	@Override
	public String axisName(int axis) {
		return "PC" + (axis + 1);
	}

	@Override
	public String inverseDescription() {
		return "the codes' mean plus the point's coordinates along the two principal components (exact)";
	}

	private static double[] toDouble(float[] z) {
		double[] d = new double[z.length];
		for (int i = 0; i < z.length; i++) d[i] = z[i];
		return d;
	}
}
