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

	public EpochRecord(int epoch, double loss, double reconstruction, double kl, double validationLoss,
		double klWeight, double seconds)
	{
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

	/** The line the Log window and the CLI print for this epoch. */
	public String describe(int totalEpochs) {
		return String.format(Locale.ROOT, "epoch %d/%d: loss %.2f (reconstruction %.2f, KL %.2f x %.3g), " +
			"validation %.2f, %.1f s", epoch, totalEpochs, loss, reconstruction, kl, klWeight, validationLoss, seconds);
	}
}
