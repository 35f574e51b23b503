package io.github.vaeexplorer.metrics;

/**
 * How much of a factor a linear function of all latent means explains: the R² of an ordinary least-squares fit
 * {@code y ≈ b0 + Σ_d b_d·mu_d}, in closed form from the normal equations (centred, solved by Cholesky), scored on
 * the rows it was fitted to. Latents whose variance is below {@value #MIN_VARIANCE} carry nothing and are left out,
 * which keeps the system well-posed when dimensions have collapsed. Cost O(n·k² + k³).
 * <p>
 * This is the "informativeness" of Eastwood &amp; Williams (2018) with a linear regressor: 1 means the code holds the
 * factor linearly, 0 that no linear read-out does better than the factor's mean. For a categorical factor (a shape
 * class) the R² of its codes is only a rough guide: the codes' order means nothing.
 *
 * @author VAE Explorer developers
 */
public final class LinearProbe {

	/** Variance below which a latent dimension is treated as constant. */
	public static final double MIN_VARIANCE = 1e-12;

	private LinearProbe() {}

	/**
	 * R² of the least-squares fit of {@code y} on the columns of {@code mu}; 0 if y is constant or nothing varies.
	 *
	 * @param mu {@code [n][k]} latent means
	 * @param y n factor values
	 */
	public static double rSquared(float[][] mu, double[] y) {
		int n = mu.length;
		if (y.length != n) throw new IllegalArgumentException("the factor has " + y.length + " values for " + n +
			" encodings");
		double[][] cov = LinearAlgebra.covariance(mu);
		int k = cov.length;
		int[] used = java.util.stream.IntStream.range(0, k).filter(d -> cov[d][d] > MIN_VARIANCE).toArray();
		double yMean = 0;
		for (double v : y) yMean += v;
		yMean /= n;
		double total = 0;
		for (double v : y) total += (v - yMean) * (v - yMean);
		if (!(total > 0) || used.length == 0) return 0;
		double[] muMean = LinearAlgebra.columnMeans(mu);
		int m = used.length;
		double[][] gram = new double[m][m];
		double[] xty = new double[m];
		for (int a = 0; a < m; a++) {
			for (int b = 0; b < m; b++) gram[a][b] = cov[used[a]][used[b]] * n;
		}
		for (int i = 0; i < n; i++) {
			double yc = y[i] - yMean;
			for (int a = 0; a < m; a++) xty[a] += (mu[i][used[a]] - muMean[used[a]]) * yc;
		}
		double ridge = 0;
		for (int a = 0; a < m; a++) ridge += gram[a][a];
		ridge *= 1e-12 / m; // numerical safety only: far below any variance kept
		for (int a = 0; a < m; a++) gram[a][a] += ridge;
		double[] beta = LinearAlgebra.choleskySolve(LinearAlgebra.cholesky(gram), xty);
		double residual = 0;
		for (int i = 0; i < n; i++) {
			double fit = yMean;
			for (int a = 0; a < m; a++) fit += beta[a] * (mu[i][used[a]] - muMean[used[a]]);
			residual += (y[i] - fit) * (y[i] - fit);
		}
		return Math.max(0, 1 - residual / total);
	}
}
