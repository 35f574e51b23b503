package io.github.vaeexplorer.train;

import io.github.vaeexplorer.history.EpochRecord;

/**
 * Held-out samples and their reconstructions through the network as it stands at the end of an epoch, for a
 * training monitor. Handed to {@link TrainingListener#epochDone(EpochRecord, int, Reconstructor)}; valid only during
 * that call and only on the training thread (the network is not thread-safe and keeps training afterwards).
 * Samples are normalised to [0,1], {@code channels x size x size} values laid out [c][y][x].
 *
 * @author VAE Explorer developers
 */
public interface Reconstructor {

	/** Channels per sample. */
	int channels();

	/** Side length of the square samples, in pixels. */
	int size();

	/** How many held-out samples there are (the validation set, or the training set when none is held out). */
	int count();

	/** Held-out sample {@code i} (0-based, in stack order), a fresh copy. */
	float[] original(int i);

	/**
	 * Reconstructs the first {@code n} held-out samples: the decoder's mean for the encoder's mean, so the result is
	 * deterministic. Costs one forward pass of {@code n} samples.
	 *
	 * @throws IllegalArgumentException if {@code n} is negative or larger than {@link #count()}
	 */
	float[][] reconstruct(int n);
}
