package io.github.vaeexplorer.model;

import java.util.Locale;

/**
 * The keys of {@link Objective#ADVERSARIAL}: the weight of the encoder's fooling loss ({@code adversarial_weight}),
 * the discriminator's Adam learning rate ({@code disc_learning_rate}) and hidden width ({@code disc_hidden}, two
 * hidden layers), and the {@link EncoderKind} ({@code encoder}). Their defaults are declared here once. Immutable.
 *
 * @author VAE Explorer developers
 */
public final class AdversarialSettings {

	/** Defaults of {@code adversarial_weight}, {@code disc_learning_rate}, {@code disc_hidden}, {@code encoder}. */
	public static final double DEFAULT_WEIGHT = 1.0, DEFAULT_DISC_LEARNING_RATE = 1e-3;
	public static final int DEFAULT_DISC_HIDDEN = 128;
	public static final EncoderKind DEFAULT_ENCODER = EncoderKind.DETERMINISTIC;

	/** The defaults. */
	public static final AdversarialSettings DEFAULTS = new AdversarialSettings(DEFAULT_WEIGHT,
		DEFAULT_DISC_LEARNING_RATE, DEFAULT_DISC_HIDDEN, DEFAULT_ENCODER);

	private final double weight, discLearningRate;
	private final int discHidden;
	private final EncoderKind encoder;

	/**
	 * @throws IllegalArgumentException naming the first bad key
	 */
	public AdversarialSettings(double weight, double discLearningRate, int discHidden, EncoderKind encoder) {
		if (!(weight >= 0) || Double.isInfinite(weight)) throw new IllegalArgumentException(
			"adversarial_weight must be a finite number >= 0 (got " + weight + ")");
		if (!(discLearningRate > 0) || !(discLearningRate < 10)) throw new IllegalArgumentException(
			"disc_learning_rate must be a number > 0 and < 10 (got " + discLearningRate + ")");
		if (discHidden < 1 || discHidden > 4096) throw new IllegalArgumentException(
			"disc_hidden must be between 1 and 4096 (got " + discHidden + ")");
		if (encoder == null) throw new IllegalArgumentException("encoder must be deterministic or gaussian");
		this.weight = weight;
		this.discLearningRate = discLearningRate;
		this.discHidden = discHidden;
		this.encoder = encoder;
	}

	/**
	 * Weight λ of the encoder's loss for fooling the discriminator. Its Adam step does not change when a loss is scaled,
	 * so λ scales that step's learning rate (λ × {@code learning_rate}).
	 */
	public double weight() { return weight; }

	/** The discriminator's Adam learning rate. */
	public double discLearningRate() { return discLearningRate; }

	/** Units in each of the discriminator's two hidden layers. */
	public int discHidden() { return discHidden; }

	public EncoderKind encoder() { return encoder; }

	/** The same settings with another hidden width (a resumed discriminator keeps its own). */
	AdversarialSettings withDiscHidden(int hidden) {
		return new AdversarialSettings(weight, discLearningRate, hidden, encoder);
	}

	@Override
	public String toString() {
		return String.format(Locale.ROOT, "adversarial_weight=%s disc_learning_rate=%s disc_hidden=%d encoder=%s",
			weight, discLearningRate, discHidden, encoder.key());
	}
}
