package io.github.vaeexplorer.model;

/**
 * The shape of a VAE: its architecture, latent size, training resolution and channels; what the encoder and decoder
 * are built from, and all that decoding needs. Immutable; part of a {@link VaeConfig}.
 *
 * @author VAE Explorer developers
 */
public final class NetworkSpec {

	private final Architecture architecture;
	private final int latent;
	private final int size;
	private final int channels;

	NetworkSpec(Architecture architecture, int latent, int size, int channels) {
		this.architecture = architecture;
		this.latent = latent;
		this.size = size;
		this.channels = channels;
	}

	public Architecture architecture() { return architecture; }

	/** Latent dimensions. */
	public int latent() { return latent; }

	/** Training resolution: the network sees size × size images. */
	public int size() { return size; }

	/** Channels of a sample. */
	public int channels() { return channels; }

	/** Values per input sample: channels × size × size. */
	public int inputLength() {
		return channels * size * size;
	}
}
