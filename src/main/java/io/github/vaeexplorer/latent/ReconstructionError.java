package io.github.vaeexplorer.latent;

/**
 * The two per-image reconstruction errors: the mean squared error in the source's intensity units, and the
 * Bernoulli negative log-likelihood in nats that the model is trained to minimise (the same sum the PyTorch peer
 * reports as its reconstruction BCE).
 *
 * @author VAE Explorer developers
 */
public final class ReconstructionError {

	/** Probabilities are kept this far from 0 and 1, so a confident miss costs about 16 nats, not infinity. */
	static final double EPSILON = 1e-7;

	private ReconstructionError() {}

	/**
	 * Mean of {@code (source − reconstruction)²} over the pixels whose source value is finite; NaN if none is.
	 */
	public static double meanSquaredError(float[] source, float[] reconstruction) {
		checkLengths(source, reconstruction);
		double sum = 0;
		long n = 0;
		for (int i = 0; i < source.length; i++) {
			if (!Float.isFinite(source[i])) continue;
			double d = (double) source[i] - reconstruction[i];
			sum += d * d;
			n++;
		}
		return n == 0 ? Double.NaN : sum / n;
	}

	/**
	 * {@code −Σ x·ln p + (1 − x)·ln(1 − p)} over all values, with {@code x} the normalised input in [0,1] and
	 * {@code p} the decoded probability, clamped to [{@value #EPSILON}, 1 − {@value #EPSILON}].
	 */
	public static double bernoulliNll(float[] x, float[] p) {
		checkLengths(x, p);
		double sum = 0;
		for (int i = 0; i < x.length; i++) {
			double q = Math.min(1 - EPSILON, Math.max(EPSILON, p[i]));
			sum -= x[i] * Math.log(q) + (1 - x[i]) * Math.log1p(-q);
		}
		return sum;
	}

	private static void checkLengths(float[] a, float[] b) {
		if (a.length != b.length) throw new IllegalArgumentException("an image of " + a.length +
			" values cannot be compared with one of " + b.length);
	}
}
