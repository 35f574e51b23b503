package io.github.vaeexplorer.train;

import io.github.vaeexplorer.data.SampleSet;

import java.util.Random;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Copies the samples of a batch into one contiguous array, and draws the reparameterisation noise, reusing its Java
 * buffers between batches so that a step allocates only the tensors it hands to ND4J.
 *
 * @author VAE Explorer developers
 */
final class BatchAssembler {

	private final SampleSet samples;
	private final int latent;
	private float[] buffer = new float[0];
	private float[] noiseBuffer = new float[0];

	BatchAssembler(SampleSet samples, int latent) {
		this.samples = samples;
		this.latent = latent;
	}

	/** Samples {@code order[from .. from+n)} as {@code [n, sampleLength]}. */
	INDArray batch(int[] order, int from, int n) {
		int d = samples.sampleLength();
		if (buffer.length != n * d) buffer = new float[n * d];
		for (int i = 0; i < n; i++) samples.copySample(order[from + i], buffer, i * d);
		return Nd4j.create(buffer, new long[] { n, d }, 'c');
	}

	/** Standard normal noise {@code [n, latent]} from the given generator. */
	INDArray noise(int n, Random random) {
		if (noiseBuffer.length != n * latent) noiseBuffer = new float[n * latent];
		for (int i = 0; i < noiseBuffer.length; i++) noiseBuffer[i] = (float) random.nextGaussian();
		return Nd4j.create(noiseBuffer, new long[] { n, latent }, 'c');
	}
}
