package io.github.vaeexplorer.export;

import io.github.vaeexplorer.data.Normalisation;
import io.github.vaeexplorer.model.VaeModel;

import java.util.Random;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * The package's test tensors, all made by our own network from one seeded code: the image input (the decoded code,
 * in the source's intensity scale), the posterior mean and log variance our encoder gives it after normalisation,
 * and its reconstruction (decoded mean, de-normalised); for the decoder alone, the code and its decoded image in
 * [0,1].
 *
 * @author VAE Explorer developers
 */
final class TestTensors {

	/** Seeds the code the test image is decoded from. */
	static final long SEED = 1;

	final float[] code, decoded, image, mu, logvar, reconstruction;

	TestTensors(VaeModel model) {
		int k = model.latent();
		Random random = new Random(SEED);
		code = new float[k];
		for (int i = 0; i < k; i++) code[i] = (float) random.nextGaussian();
		decoded = model.decode(new float[][] { code })[0];
		Normalisation norm = model.normalisation();
		int plane = model.config().size() * model.config().size();
		image = new float[decoded.length];
		float[] normalised = new float[decoded.length];
		for (int i = 0; i < decoded.length; i++) {
			image[i] = (float) norm.denormalise(i / plane, decoded[i]);
			normalised[i] = norm.normalise(i / plane, image[i]);
		}
		INDArray x = Nd4j.create(normalised, new long[] { 1, normalised.length }, 'c');
		float[][][] posterior = model.network().encode(x);
		x.close();
		mu = posterior[0][0];
		logvar = posterior[1][0];
		float[] rec = model.decode(new float[][] { mu })[0];
		reconstruction = new float[rec.length];
		for (int i = 0; i < rec.length; i++) reconstruction[i] = (float) norm.denormalise(i / plane, rec[i]);
	}
}
