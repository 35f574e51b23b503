package io.github.vaeexplorer.metrics;

/**
 * The total correlation of a Gaussian fitted to the aggregate posterior: how far the code's dimensions are from
 * independent, in nats. For a Gaussian with covariance Σ,
 * TC = KL(q(z) ‖ Π_d q(z_d)) = ½(Σ_d log Σ_dd − log det Σ), 0 exactly when Σ is diagonal.
 * <p>
 * Σ is the covariance of the <em>aggregate posterior</em> q(z) = (1/n) Σ_i N(mu_i, diag σ²_i), i.e.
 * Cov_i(mu_i) + diag(mean_i σ²_i), rather than of the means alone: a collapsed dimension then has variance ≈ 1 (its
 * posterior is the prior) instead of ≈ 0, which would make log det Σ, and so TC, blow up for a dimension that carries
 * nothing. Cost O(n·k² + k³).
 *
 * @author VAE Explorer developers
 */
public final class GaussianTotalCorrelation {

	private GaussianTotalCorrelation() {}

	/**
	 * @param mu posterior means {@code [n][k]}
	 * @param logvar posterior log-variances {@code [n][k]}
	 * @return TC in nats (≥ 0), or NaN if the covariance is singular even so
	 */
	public static double ofAggregatePosterior(float[][] mu, float[][] logvar) {
		double[][] cov = LinearAlgebra.covariance(mu);
		int k = cov.length;
		for (float[] row : logvar) for (int d = 0; d < k; d++) cov[d][d] += Math.exp(row[d]) / logvar.length;
		return ofCovariance(cov);
	}

	/** ½(Σ log Σ_dd − log det Σ) of a covariance matrix; NaN if it is not positive definite. */
	public static double ofCovariance(double[][] cov) {
		double sumLogDiagonal = 0;
		for (int d = 0; d < cov.length; d++) {
			if (!(cov[d][d] > 0)) return Double.NaN;
			sumLogDiagonal += Math.log(cov[d][d]);
		}
		try {
			return Math.max(0, 0.5 * (sumLogDiagonal - LinearAlgebra.logDeterminant(cov)));
		}
		catch (IllegalArgumentException e) {
			return Double.NaN;
		}
	}
}
