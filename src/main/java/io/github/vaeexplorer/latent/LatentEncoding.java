package io.github.vaeexplorer.latent;

import io.github.vaeexplorer.data.ConversionResult;
import io.github.vaeexplorer.data.StackConverter;
import io.github.vaeexplorer.model.VaeModel;

import ij.ImagePlus;

/**
 * Every sample of an image encoded by a model: the posterior mean {@code mu} and log-variance {@code logvar} of each
 * sample ({@code [n][k]}), together with the normalised samples they came from. The image is converted with the
 * model's own normalisation and training size, so the codes are the ones the model would give its training data.
 *
 * @author VAE Explorer developers
 */
public final class LatentEncoding {

	private final ConversionResult samples;
	private final float[][] mu;
	private final float[][] logvar;

	private LatentEncoding(ConversionResult samples, float[][] mu, float[][] logvar) {
		this.samples = samples;
		this.mu = mu;
		this.logvar = logvar;
	}

	/**
	 * Encodes every sample of an image (one per z,t plane).
	 *
	 * @throws IllegalArgumentException if there is no image or its channels do not match the model's
	 */
	public static LatentEncoding of(VaeModel model, ImagePlus image) {
		if (image == null) throw new IllegalArgumentException("there is no image to encode: open a stack first " +
			"(or give --input)");
		ConversionResult samples = new StackConverter().convert(image, model.config().size(), model.normalisation());
		float[][][] encoded = model.encode(samples.samples());
		return new LatentEncoding(samples, encoded[0], encoded[1]);
	}

	/** Number of samples. */
	public int count() { return mu.length; }

	/** Number of latent dimensions. */
	public int latent() { return mu.length == 0 ? 0 : mu[0].length; }

	/** Posterior means, {@code [n][k]} (not copied: do not change). */
	public float[][] mu() { return mu; }

	/** Posterior log-variances, {@code [n][k]} (not copied: do not change). */
	public float[][] logvar() { return logvar; }

	/** The normalised samples, their normalisation and the image's geometry. */
	public ConversionResult samples() { return samples; }

	/** Column names of the encoding table: {@code slice, mu_0..mu_{k-1}, logvar_0..logvar_{k-1}}. */
	public String[] headings() {
		int k = latent();
		String[] h = new String[2 * k + 1];
		h[0] = "slice";
		for (int d = 0; d < k; d++) {
			h[1 + d] = "mu_" + d;
			h[1 + k + d] = "logvar_" + d;
		}
		return h;
	}

	/** Row {@code i} of the encoding table: the 1-based slice, then mu, then logvar. */
	public double[] row(int i) {
		int k = latent();
		double[] r = new double[2 * k + 1];
		r[0] = i + 1;
		for (int d = 0; d < k; d++) {
			r[1 + d] = mu[i][d];
			r[1 + k + d] = logvar[i][d];
		}
		return r;
	}
}
