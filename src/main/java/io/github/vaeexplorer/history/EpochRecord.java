package io.github.vaeexplorer.history;

import java.util.Locale;

/**
 * One epoch of training history: batch-mean losses over the epoch (nats per sample), the validation loss, the KL
 * weight in force and the time taken.
 *
 * @author VAE Explorer developers
 */
public final class EpochRecord {

	private final int epoch;
	private final double loss, reconstruction, kl, validationLoss, klWeight, seconds;
	private final double discriminatorLoss, generatorLoss;

	public EpochRecord(int epoch, double loss, double reconstruction, double kl, double validationLoss,
		double klWeight, double seconds)
	{
		this(epoch, loss, reconstruction, kl, validationLoss, klWeight, seconds, Double.NaN, Double.NaN);
	}

	/** A record with the adversarial objective's epoch-mean discriminator and generator (fooling) losses. */
	public EpochRecord(int epoch, double loss, double reconstruction, double kl, double validationLoss,
		double klWeight, double seconds, double discriminatorLoss, double generatorLoss)
	{
		this.discriminatorLoss = discriminatorLoss;
		this.generatorLoss = generatorLoss;
		this.epoch = epoch;
		this.loss = loss;
		this.reconstruction = reconstruction;
		this.kl = kl;
		this.validationLoss = validationLoss;
		this.klWeight = klWeight;
		this.seconds = seconds;
	}

	/** 1-based epoch number, counted over resumed runs too. */
	public int epoch() { return epoch; }

	public double loss() { return loss; }

	public double reconstruction() { return reconstruction; }

	public double kl() { return kl; }

	/** Loss on the held-out samples (NaN where none are held out). */
	public double validationLoss() { return validationLoss; }

	public double klWeight() { return klWeight; }

	public double seconds() { return seconds; }

	/** The discriminator's binary cross-entropy, epoch mean (ln 2 at chance); NaN for non-adversarial objectives. */
	public double discriminatorLoss() { return discriminatorLoss; }

	/** The encoder's fooling loss −mean log D(z), epoch mean, before λ; NaN for non-adversarial objectives. */
	public double generatorLoss() { return generatorLoss; }

	/** Whether this epoch has adversarial losses. */
	public boolean isAdversarial() {
		return !Double.isNaN(discriminatorLoss);
	}

	/** The line the Log window and the CLI print for this epoch. */
	public String describe(int totalEpochs) {
		return String.format(Locale.ROOT, "epoch %d/%d: loss %.2f (reconstruction %.2f, KL %.2f x %.3g), " +
			"validation %.2f, %.1f s", epoch, totalEpochs, loss, reconstruction, kl, klWeight, validationLoss, seconds) +
			(isAdversarial() ? String.format(Locale.ROOT, ", discriminator %.3f, generator %.3f", discriminatorLoss,
				generatorLoss) : "");
	}
}
