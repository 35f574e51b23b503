package io.github.vaeexplorer.latent;

import io.github.vaeexplorer.data.ConversionResult;
import io.github.vaeexplorer.data.SampleSet;
import io.github.vaeexplorer.data.StackConverter;
import io.github.vaeexplorer.model.VaeModel;

import ij.ImagePlus;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

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
		return ofAll(model, Collections.singletonList(image)).get(0);
	}

	/**
	 * Encodes every sample of several images in one batch (the network sees their samples together, as many at a
	 * time as {@link VaeModel#encode} takes); the result has one encoding an image, in their order, each the one
	 * {@link #of} gives. This is what {@code encode} runs, on one image, and what the Spark job runs on a batch of
	 * image files.
	 *
	 * @throws IllegalArgumentException if an image is missing or its channels do not match the model's
	 */
	public static List<LatentEncoding> ofAll(VaeModel model, List<ImagePlus> images) {
		List<ConversionResult> conversions = new ArrayList<>(images.size());
		StackConverter converter = new StackConverter();
		for (ImagePlus image : images) {
			if (image == null) throw new IllegalArgumentException("there is no image to encode: open a stack first " +
				"(or give --input)");
			conversions.add(converter.convert(image, model.config().size(), model.normalisation()));
		}
		float[][][] encoded = model.encode(conversions.size() == 1 ? conversions.get(0).samples() : concatenated(
			conversions));
		List<LatentEncoding> encodings = new ArrayList<>(images.size());
		int start = 0;
		for (ConversionResult c : conversions) {
			int n = c.samples().count();
			encodings.add(new LatentEncoding(c, slice(encoded[0], start, n), slice(encoded[1], start, n)));
			start += n;
		}
		return encodings;
	}

	/** The samples of several conversions as one set, without copying them. */
	private static SampleSet concatenated(List<ConversionResult> conversions) {
		SampleSet first = conversions.get(0).samples();
		int[] starts = new int[conversions.size() + 1];
		for (int i = 0; i < conversions.size(); i++) starts[i + 1] = starts[i] + conversions.get(i).samples().count();
		return new SampleSet() {

			@Override
			public int count() { return starts[starts.length - 1]; }

			@Override
			public int channels() { return first.channels(); }

			@Override
			public int size() { return first.size(); }

			@Override
			public void copySample(int index, float[] dst, int dstOffset) {
				int i = 0;
				while (index >= starts[i + 1]) i++;
				conversions.get(i).samples().copySample(index - starts[i], dst, dstOffset);
			}
		};
	}

	private static float[][] slice(float[][] rows, int start, int n) {
		float[][] part = new float[n][];
		System.arraycopy(rows, start, part, 0, n);
		return part;
	}

	/** Number of samples. */
	public int count() { return mu.length; }

	/** Number of latent dimensions. */
	public int latent() { return mu.length == 0 ? 0 : mu[0].length; }

	/** Posterior means, {@code [n][k]} (not copied: do not change). */
	public float[][] mu() { return mu; }

	/**
	 * The posterior means of every slice of several encodings, one array in their order (the rows are shared, not
	 * copied): what a batch decodes when it reconstructs or scores several images at once.
	 */
	public static float[][] meansOf(List<LatentEncoding> encodings) {
		int total = 0;
		for (LatentEncoding e : encodings) total += e.count();
		float[][] mu = new float[total][];
		int start = 0;
		for (LatentEncoding e : encodings) {
			System.arraycopy(e.mu(), 0, mu, start, e.count());
			start += e.count();
		}
		return mu;
	}

	/** Posterior log-variances, {@code [n][k]} (not copied: do not change). */
	public float[][] logvar() { return logvar; }

	/** The normalised samples, their normalisation and the image's geometry. */
	public ConversionResult samples() { return samples; }

	/** Column names of the encoding table: {@code slice, mu_0..mu_{k-1}, logvar_0..logvar_{k-1}}. */
	public String[] headings() {
		return headings(latent());
	}

	/** Column names of the encoding table of a model with {@code k} latent dimensions; see {@link #headings()}. */
	public static String[] headings(int k) {
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
