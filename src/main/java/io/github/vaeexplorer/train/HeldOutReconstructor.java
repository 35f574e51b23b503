package io.github.vaeexplorer.train;

import io.github.vaeexplorer.data.SampleSet;
import io.github.vaeexplorer.model.VaeNetwork;


import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * The trainer's {@link Reconstructor}: reads the live network, so it sees the weights of the epoch just finished.
 *
 * @author VAE Explorer developers
 */
final class HeldOutReconstructor implements Reconstructor {

	private final VaeNetwork network;
	private final SampleSet samples;
	private final int[] indices;

	HeldOutReconstructor(VaeNetwork network, SampleSet samples, int[] indices) {
		this.network = network;
		this.samples = samples;
		this.indices = indices.clone();
	}

	@Override
	public int channels() { return samples.channels(); }

	@Override
	public int size() { return samples.size(); }

	@Override
	public int count() { return indices.length; }

	@Override
	public float[] original(int i) {
		return samples.sample(indices[i]);
	}

	@Override
	public float[][] reconstruct(int n) {
		if (n < 0 || n > indices.length) throw new IllegalArgumentException("n must be from 0 to " + indices.length +
			" (got " + n + ")");
		if (n == 0) return new float[0][];
		int d = samples.sampleLength();
		float[] buffer = new float[n * d];
		for (int i = 0; i < n; i++) samples.copySample(indices[i], buffer, i * d);
		INDArray x = Nd4j.create(buffer, new long[] { n, d }, 'c');
		float[][] mu = network.encode(x)[0];
		x.close();
		INDArray z = Nd4j.create(mu);
		float[][] out = network.decode(z);
		z.close();
		return out;
	}
}
