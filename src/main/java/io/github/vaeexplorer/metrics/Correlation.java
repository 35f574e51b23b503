package io.github.vaeexplorer.metrics;

/**
 * Pearson's sample correlation and its parts, in one pass over the means and one over the deviations: what the SAP
 * score's one-latent fits and UDR's rank correlations are made of.
 *
 * @author VAE Explorer developers
 */
final class Correlation {

	/** Σ(x − x̄)², Σ(y − ȳ)² and Σ(x − x̄)(y − ȳ) of two paired samples. */
	final double sxx, syy, sxy;

	private Correlation(double sxx, double syy, double sxy) {
		this.sxx = sxx;
		this.syy = syy;
		this.sxy = sxy;
	}

	/** The sums of two paired samples of the same length. */
	static Correlation of(double[] x, double[] y) {
		int n = x.length;
		double mx = 0, my = 0;
		for (int i = 0; i < n; i++) {
			mx += x[i];
			my += y[i];
		}
		mx /= n;
		my /= n;
		double sxy = 0, sxx = 0, syy = 0;
		for (int i = 0; i < n; i++) {
			sxy += (x[i] - mx) * (y[i] - my);
			sxx += (x[i] - mx) * (x[i] - mx);
			syy += (y[i] - my) * (y[i] - my);
		}
		return new Correlation(sxx, syy, sxy);
	}

	/** Pearson's r; 0 if either sample is constant. */
	double r() {
		return sxx > 0 && syy > 0 ? sxy / Math.sqrt(sxx * syy) : 0;
	}
}
