package io.github.vaeexplorer.latent;

import io.github.vaeexplorer.data.OutputImageFactory;
import io.github.vaeexplorer.model.VaeModel;

import ij.ImagePlus;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * Codes drawn from the prior z ~ N(0, I) and their decodings: what the model generates on its own. The same seed
 * gives the same codes on every machine ({@link Random#nextGaussian()} is specified exactly).
 *
 * @author VAE Explorer developers
 */
public final class PriorSampler {

	private final int count;
	private final long seed;

	/**
	 * @throws IllegalArgumentException if {@code count} is below 1 or absurdly large
	 */
	public PriorSampler(int count, long seed) {
		if (count < 1 || count > 100_000) throw new IllegalArgumentException("count must be between 1 and 100000 (got " +
			count + ")");
		this.count = count;
		this.seed = seed;
	}

	/** {@code count} codes of {@code latent} values, drawn row by row from one generator seeded with the seed. */
	public float[][] codes(int latent) {
		Random random = new Random(seed);
		float[][] codes = new float[count][latent];
		for (float[] code : codes) {
			for (int d = 0; d < latent; d++) code[d] = (float) random.nextGaussian();
		}
		return codes;
	}

	/**
	 * Decodes the samples into a 32-bit stack in the model's source scale and geometry, titled
	 * {@code Samples from NAME}, slices labelled {@code prior sample N (seed S)}.
	 */
	public ImagePlus render(VaeModel model, String modelName) {
		float[][] decoded = model.decode(codes(model.latent()));
		List<String> labels = new ArrayList<>();
		for (int i = 1; i <= count; i++) labels.add("prior sample " + i + " (seed " + seed + ")");
		return new OutputImageFactory().create("Samples from " + modelName, Arrays.asList(decoded), labels, model
			.normalisation(), model.geometry(), null);
	}
}
