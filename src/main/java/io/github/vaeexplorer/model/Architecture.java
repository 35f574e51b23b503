package io.github.vaeexplorer.model;

import java.util.Locale;

/**
 * The network families a VAE can be built from (the reference pair of docs/reference.md).
 *
 * @author VAE Explorer developers
 */
public enum Architecture {

	/** Burgess et al. 2018: four 4×4 stride-2 convolutions, dense 256, mirrored decoder. */
	CONV,

	/** Fully connected: input → 512 → 256 → z → 256 → 512 → input. */
	DENSE;

	/** The name users type ({@code conv}, {@code dense}). */
	public String key() {
		return name().toLowerCase(Locale.ROOT);
	}

	/**
	 * Parses a user's architecture name.
	 *
	 * @throws IllegalArgumentException naming the bad value and the valid ones
	 */
	public static Architecture fromKey(String key) {
		for (Architecture a : values()) {
			if (a.key().equalsIgnoreCase(key == null ? "" : key.trim())) return a;
		}
		throw new IllegalArgumentException("architecture must be one of conv, dense (got '" + key + "')");
	}
}
