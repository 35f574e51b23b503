package io.github.vaeexplorer.model;

import java.util.Locale;

/**
 * What the KL side of the training loss is (the {@code objective} key). Every objective keeps the Bernoulli
 * reconstruction term; per sample, averaged over the batch, with r the warm-up ramp of {@link VaeConfig#ramp(int)}:
 * <ul>
 * <li>{@link #BETA}: rec + r·β·KL (Higgins et al. 2017; β = 0 is a plain autoencoder).</li>
 * <li>{@link #CAPACITY}: rec + r·γ·|KL − C|, with C raised linearly from 0 to C_max (Burgess et al. 2018,
 * "Understanding disentangling in β-VAE"), so that the code may carry C nats and no more.</li>
 * <li>{@link #TCVAE}: rec + r·(MI + β·TC + dimKL) (Chen et al. 2018, β-TCVAE; α = γ = 1), where the KL's
 * decomposition into index-code mutual information, total correlation and dimension-wise KL is estimated on the batch
 * by minibatch-weighted sampling; only the total correlation is weighted by β.</li>
 * <li>{@link #ADVERSARIAL}: the adversarial autoencoder (Makhzani et al. 2016): rec alone in the reconstruction
 * phase, then a regularisation phase in which a {@link Discriminator} on the code learns to tell prior samples
 * z ~ N(0, I) from encoded codes and the encoder is updated to fool it, weighted by {@code adversarial_weight}.
 * There is no KL term; the prior is enforced on the aggregate posterior only.</li>
 * </ul>
 *
 * @author VAE Explorer developers
 */
public enum Objective {

	/** β-VAE: reconstruction + β·KL. */
	BETA,

	/** Controlled capacity: reconstruction + γ·|KL − C|. */
	CAPACITY,

	/** β-TCVAE: reconstruction + MI + β·TC + dimension-wise KL. */
	TCVAE,

	/** Adversarial autoencoder: reconstruction, then a discriminator on the code pushes codes towards N(0, I). */
	ADVERSARIAL;

	/** The name users type ({@code beta}, {@code capacity}, {@code tcvae}, {@code adversarial}). */
	public String key() {
		return name().toLowerCase(Locale.ROOT);
	}

	/**
	 * Parses a user's objective name.
	 *
	 * @throws IllegalArgumentException naming the bad value and the valid ones
	 */
	public static Objective fromKey(String key) {
		for (Objective o : values()) {
			if (o.key().equalsIgnoreCase(key == null ? "" : key.trim())) return o;
		}
		throw new IllegalArgumentException("objective must be beta, capacity, tcvae or adversarial (got '" + key + "')");
	}
}
