package io.github.vaeexplorer.latent;

import io.github.vaeexplorer.data.ConversionResult;
import io.github.vaeexplorer.data.OutputImageFactory;
import io.github.vaeexplorer.data.SampleSet;
import io.github.vaeexplorer.data.StackConverter;
import io.github.vaeexplorer.model.VaeModel;

import ij.ImagePlus;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * Every sample of an image encoded (posterior mean) and decoded, with the error of each: how well the model knows
 * the stack. The result is a 32-bit image of the source's width, height and calibration, in its intensity scale.
 *
 * @author VAE Explorer developers
 */
public final class StackReconstruction {

	private final ImagePlus image;
	private final double[] mse;
	private final double[] nll;

	private StackReconstruction(ImagePlus image, double[] mse, double[] nll) {
		this.image = image;
		this.mse = mse;
		this.nll = nll;
	}

	/**
	 * Reconstructs every sample of {@code source}, titled {@code Reconstruction of NAME}; the source is only read.
	 *
	 * @throws IllegalArgumentException if there is no image or its channels do not match the model's
	 */
	public static StackReconstruction of(VaeModel model, ImagePlus source) {
		return ofAll(model, Collections.singletonList(source)).get(0);
	}

	/**
	 * Reconstructs several images in one batch (all their samples encoded together, then decoded together); one
	 * result an image, in their order, each the one {@link #of} gives. This is what {@code reconstruct} runs, on one
	 * image, and what the Spark job runs on a batch of image files.
	 *
	 * @throws IllegalArgumentException if an image is missing or its channels do not match the model's
	 */
	public static List<StackReconstruction> ofAll(VaeModel model, List<ImagePlus> sources) {
		List<LatentEncoding> encodings = LatentEncoding.ofAll(model, sources);
		float[][] all = model.decode(LatentEncoding.meansOf(encodings));
		List<StackReconstruction> results = new ArrayList<>(sources.size());
		int start = 0;
		for (int s = 0; s < sources.size(); s++) {
			int n = encodings.get(s).count();
			results.add(of(model, sources.get(s), encodings.get(s), Arrays.copyOfRange(all, start, start + n)));
			start += n;
		}
		return results;
	}

	private static StackReconstruction of(VaeModel model, ImagePlus source, LatentEncoding encoding,
		float[][] decoded)
	{
		ConversionResult conversion = encoding.samples();
		int n = decoded.length, channels = conversion.geometry().channels();
		List<String> labels = new ArrayList<>();
		String[] sourceLabels = conversion.sampleLabels();
		for (int i = 0; i < n; i++) {
			String own = sourceLabels == null || sourceLabels[i] == null ? "" : " (" + sourceLabels[i].split("\n")[0] +
				")";
			labels.add("reconstruction of slice " + (i + 1) + own);
		}
		ImagePlus image = new OutputImageFactory().create("Reconstruction of " + source.getTitle(), Arrays.asList(
			decoded), labels, model.normalisation(), conversion.geometry(), source.getCalibration());
		double[] mse = new double[n], nll = new double[n];
		StackConverter converter = new StackConverter();
		SampleSet samples = conversion.samples();
		for (int i = 0; i < n; i++) {
			nll[i] = ReconstructionError.bernoulliNll(samples.sample(i), decoded[i]);
			double sum = 0;
			for (int c = 0; c < channels; c++) {
				float[] out = (float[]) image.getStack().getPixels(i * channels + c + 1);
				sum += ReconstructionError.meanSquaredError(converter.sourcePlane(source, i, c), out);
			}
			mse[i] = sum / channels;
		}
		return new StackReconstruction(image, mse, nll);
	}

	/** The reconstructed image (not shown). */
	public ImagePlus image() { return image; }

	/** Per-sample mean squared error in source units². */
	public double[] meanSquaredErrors() { return mse.clone(); }

	/** Per-sample Bernoulli negative log-likelihood, in nats per image. */
	public double[] bernoulliNlls() { return nll.clone(); }

	/** Mean over the samples of the mean squared error (NaN samples, with no finite pixel, skipped). */
	public double meanSquaredError() {
		return Arrays.stream(mse).filter(Double::isFinite).average().orElse(Double.NaN);
	}

	/** Mean over the samples of the Bernoulli negative log-likelihood. */
	public double bernoulliNll() {
		return Arrays.stream(nll).average().orElse(Double.NaN);
	}
}
