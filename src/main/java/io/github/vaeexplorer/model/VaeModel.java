package io.github.vaeexplorer.model;

import io.github.vaeexplorer.data.Normalisation;
import io.github.vaeexplorer.data.SampleSet;
import io.github.vaeexplorer.data.SourceGeometry;
import io.github.vaeexplorer.history.TrainingHistory;

import java.util.Map;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * A trained VAE with everything needed to use it on images: the network, how source intensities were normalised,
 * the geometry of the images it was trained on, its training history, the statistics of its latent space, and the
 * optimizer state that lets training resume exactly. What a {@code *.vae.zip} file holds.
 *
 * @author VAE Explorer developers
 */
public final class VaeModel {

	/** Samples per forward pass when encoding or decoding many. */
	private static final int CHUNK = 256;

	private final VaeNetwork network;
	private final Normalisation normalisation;
	private final SourceGeometry geometry;
	private final TrainingHistory history;
	private final LatentStatistics statistics;
	private final OptimizerState optimizerState;
	private final AdversaryState adversary;

	public VaeModel(VaeNetwork network, Normalisation normalisation, SourceGeometry geometry, TrainingHistory history,
		LatentStatistics statistics, OptimizerState optimizerState)
	{
		this(network, normalisation, geometry, history, statistics, optimizerState, null);
	}

	/** A model with an adversarial autoencoder's discriminator and encoder-update state (null for other objectives). */
	public VaeModel(VaeNetwork network, Normalisation normalisation, SourceGeometry geometry, TrainingHistory history,
		LatentStatistics statistics, OptimizerState optimizerState, AdversaryState adversary)
	{
		this.adversary = adversary;
		this.network = network;
		this.normalisation = normalisation;
		this.geometry = geometry;
		this.history = history;
		this.statistics = statistics;
		this.optimizerState = optimizerState;
	}

	public VaeConfig config() { return network.config(); }

	public VaeNetwork network() { return network; }

	public Normalisation normalisation() { return normalisation; }

	/** Width, height and channels of the training images, and the training size. */
	public SourceGeometry geometry() { return geometry; }

	public TrainingHistory history() { return history; }

	public LatentStatistics statistics() { return statistics; }

	/** Adam's moments and step count at the end of training, or null if not kept. */
	public OptimizerState optimizerState() { return optimizerState; }

	/** The adversarial objective's discriminator and encoder-update state, or null (other objectives, not kept). */
	public AdversaryState adversary() { return adversary; }

	/** Number of latent dimensions. */
	public int latent() { return config().latent(); }

	/**
	 * Encodes every sample (batched).
	 *
	 * @return {@code [mu, logvar]}, each {@code [n][latent]}
	 */
	public float[][][] encode(SampleSet samples) {
		int n = samples.count(), d = samples.sampleLength(), k = latent();
		float[][] mu = new float[n][], logvar = new float[n][];
		for (int start = 0; start < n; start += CHUNK) {
			int m = Math.min(CHUNK, n - start);
			float[] buffer = new float[m * d];
			for (int i = 0; i < m; i++) samples.copySample(start + i, buffer, i * d);
			INDArray x = Nd4j.create(buffer, new long[] { m, d }, 'c');
			float[][][] out = network.encode(x);
			x.close();
			System.arraycopy(out[0], 0, mu, start, m);
			System.arraycopy(out[1], 0, logvar, start, m);
		}
		return new float[][][] { mu, logvar };
	}

	/** Decodes codes {@code [n][latent]} to images in [0,1], each {@code channels*size*size} (batched). */
	public float[][] decode(float[][] codes) {
		int n = codes.length, k = latent();
		float[][] images = new float[n][];
		for (int start = 0; start < n; start += CHUNK) {
			int m = Math.min(CHUNK, n - start);
			float[] z = new float[m * k];
			for (int i = 0; i < m; i++) {
				if (codes[start + i].length != k) {
					throw new IllegalArgumentException("a latent code has " + codes[start + i].length +
						" values where the model has " + k + " dimensions");
				}
				System.arraycopy(codes[start + i], 0, z, i * k, k);
			}
			INDArray input = Nd4j.create(z, new long[] { m, k }, 'c');
			System.arraycopy(network.decode(input), 0, images, start, m);
			input.close();
		}
		return images;
	}

	/** The weights' values by name (a copy). */
	public Map<String, float[]> weightValues() {
		return network.weights().snapshot();
	}
}
