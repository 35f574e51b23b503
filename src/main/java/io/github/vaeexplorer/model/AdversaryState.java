package io.github.vaeexplorer.model;

/**
 * What an adversarial autoencoder's training needs besides the VAE's own weights and Adam state to continue exactly:
 * the {@link Discriminator} (weights, moments, steps) and the Adam state of the regularisation phase's encoder
 * update. Stored in a model file's {@code adversary.bin}.
 *
 * @author VAE Explorer developers
 */
public final class AdversaryState {

	private final Discriminator discriminator;
	private final OptimizerState generator;

	/**
	 * @param discriminator the discriminator (kept as given; pass a copy if it will change)
	 * @param generator the encoder-update Adam's moments (encoder parameters only), steps and learning rate
	 */
	public AdversaryState(Discriminator discriminator, OptimizerState generator) {
		this.discriminator = discriminator;
		this.generator = generator;
	}

	public Discriminator discriminator() { return discriminator; }

	/** Adam state of the regularisation phase's encoder update. */
	public OptimizerState generator() { return generator; }
}
