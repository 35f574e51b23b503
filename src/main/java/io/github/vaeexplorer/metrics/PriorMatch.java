package io.github.vaeexplorer.metrics;

import java.util.Random;

/**
 * How far the aggregate posterior (one code z ~ q(z|x) per image of the stack) is from the prior N(0, I), two ways:
 * <ul>
 * <li>{@code prior_mmd}: the unbiased estimate of the squared maximum mean discrepancy (Gretton et al. 2012) between
 * the codes and as many seeded prior samples, with the kernel the mean of three Gaussian RBF kernels
 * exp(−‖a − b‖² / (2h²)), h² ∈ {k/2, k, 2k} for k latent dimensions: fixed in the prior's units, so that models are
 * compared with one kernel. 0 when the two distributions are equal (the estimate then scatters around 0 and may be
 * slightly negative); at most about 2.</li>
 * <li>{@code prior_gaussian_kl}: KL(N(m, S) ‖ N(0, I)) of the Gaussian fitted to the codes, ½(tr S + m·m − k −
 * log det S), in nats; blind to non-Gaussian shape, but it reads as a number of nats.</li>
 * </ul>
 * At most {@value #MAX_CODES} codes enter the MMD (a seeded subsample beyond that): cost O((n + m)²·k).
 *
 * @author VAE Explorer developers
 */
public final class PriorMatch {

	/** Codes (and prior samples) the MMD uses at most. */
	public static final int MAX_CODES = 2000;

	/** The kernel's squared bandwidths in units of the latent dimension. */
	static final double[] BANDWIDTHS = { 0.5, 1, 2 };

	private static final long PRIOR_SEED = 0x5EED_9210L;

	private final double mmd, gaussianKl;

	private PriorMatch(double mmd, double gaussianKl) {
		this.mmd = mmd;
		this.gaussianKl = gaussianKl;
	}

	/** Unbiased MMD² between the codes and seeded N(0, I) samples, and the Gaussian-fit KL. */
	public static PriorMatch of(float[][] codes) {
		int k = codes[0].length;
		float[][] used = codes;
		Random random = new Random(PRIOR_SEED);
		if (codes.length > MAX_CODES) {
			int[] order = new int[codes.length];
			for (int i = 0; i < order.length; i++) order[i] = i;
			for (int i = 0; i < MAX_CODES; i++) {
				int j = i + random.nextInt(order.length - i);
				int t = order[i];
				order[i] = order[j];
				order[j] = t;
			}
			used = new float[MAX_CODES][];
			for (int i = 0; i < MAX_CODES; i++) used[i] = codes[order[i]];
		}
		float[][] prior = new float[used.length][k];
		for (float[] p : prior) {
			for (int d = 0; d < k; d++) p[d] = (float) random.nextGaussian();
		}
		return new PriorMatch(mmd(used, prior), gaussianKl(codes));
	}

	/**
	 * One code a slice from the posterior means and log-variances: z = μ + ε·σ with seeded ε, a sample of the
	 * aggregate posterior.
	 */
	public static float[][] sampleCodes(float[][] mu, float[][] logvar) {
		Random random = new Random(PRIOR_SEED + 1);
		float[][] z = new float[mu.length][];
		for (int i = 0; i < mu.length; i++) {
			z[i] = new float[mu[i].length];
			for (int d = 0; d < z[i].length; d++) z[i][d] = (float) (mu[i][d] + random.nextGaussian() * Math.exp(0.5 *
				logvar[i][d]));
		}
		return z;
	}

	/** Squared MMD, unbiased: mean over i≠j of k(x_i, x_j) + the same for y − 2·mean k(x_i, y_j). */
	static double mmd(float[][] x, float[][] y) {
		int k = x[0].length;
		double within = meanKernel(x, x, k, true) + meanKernel(y, y, k, true);
		return within - 2 * meanKernel(x, y, k, false);
	}

	private static double meanKernel(float[][] a, float[][] b, int k, boolean skipDiagonal) {
		double sum = 0;
		double[] scale = new double[BANDWIDTHS.length];
		for (int s = 0; s < scale.length; s++) scale[s] = -1 / (2 * BANDWIDTHS[s] * k);
		for (int i = 0; i < a.length; i++) {
			for (int j = skipDiagonal ? i + 1 : 0; j < b.length; j++) {
				double d2 = 0;
				for (int d = 0; d < k; d++) {
					double diff = a[i][d] - b[j][d];
					d2 += diff * diff;
				}
				double v = 0;
				for (double c : scale) v += Math.exp(c * d2);
				sum += v / scale.length;
			}
		}
		if (skipDiagonal) return 2 * sum / ((double) a.length * (a.length - 1));
		return sum / ((double) a.length * b.length);
	}

	/** KL of the Gaussian fitted to the codes from N(0, I); NaN if their covariance is singular. */
	static double gaussianKl(float[][] codes) {
		double[] m = LinearAlgebra.columnMeans(codes);
		double[][] cov = LinearAlgebra.covariance(codes);
		int k = m.length;
		double trace = 0, norm = 0;
		for (int d = 0; d < k; d++) {
			trace += cov[d][d];
			norm += m[d] * m[d];
		}
		try {
			return 0.5 * (trace + norm - k - LinearAlgebra.logDeterminant(cov));
		}
		catch (IllegalArgumentException e) {
			return Double.NaN;
		}
	}

	/** The Gaussian-kernel MMD² of {@link #mmd} between N(μ1, I) and N(μ2, I) in k dimensions, exactly. */
	static double closedFormShiftedGaussians(double shiftSquared, int k) {
		double sum = 0;
		for (double b : BANDWIDTHS) {
			double h2 = b * k;
			sum += 2 * Math.pow(h2 / (h2 + 2), k / 2.0) * (1 - Math.exp(-shiftSquared / (2 * (h2 + 2))));
		}
		return sum / BANDWIDTHS.length;
	}

	/** Squared MMD between the codes and the prior (smaller = closer; 0 for a perfect match). */
	public double mmd() { return mmd; }

	/** KL of the codes' Gaussian fit from N(0, I), nats. */
	public double gaussianKl() { return gaussianKl; }
}
