package io.github.vaeexplorer.model;

import java.util.Locale;

/**
 * What the encoder of an {@link Objective#ADVERSARIAL adversarial autoencoder} outputs (the {@code encoder} key):
 * a point code (Makhzani et al. 2016's deterministic encoder; the log-variance head is ignored and reported as the
 * fixed, tiny {@link #DETERMINISTIC_LOGVAR}) or a Gaussian posterior sampled by reparameterisation, as in a VAE.
 * Other objectives always use the Gaussian encoder.
 *
 * @author VAE Explorer developers
 */
public enum EncoderKind {

	/** z = μ(x). */
	DETERMINISTIC,

	/** z = μ(x) + ε·σ(x), ε ~ N(0, I). */
	GAUSSIAN;

	/** The log-variance a deterministic encoder reports for every code: σ ≈ 0.0067, a near point mass. */
	public static final double DETERMINISTIC_LOGVAR = -10;

	/** The name users type ({@code deterministic}, {@code gaussian}). */
	public String key() {
		return name().toLowerCase(Locale.ROOT);
	}

	/**
	 * Parses a user's encoder name.
	 *
	 * @throws IllegalArgumentException naming the bad value and the valid ones
	 */
	public static EncoderKind fromKey(String key) {
		for (EncoderKind e : values()) {
			if (e.key().equalsIgnoreCase(key == null ? "" : key.trim())) return e;
		}
		throw new IllegalArgumentException("encoder must be deterministic or gaussian (got '" + key + "')");
	}
}
