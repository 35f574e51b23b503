package io.github.vaeexplorer.train;

import io.github.vaeexplorer.model.LossTerms;
import io.github.vaeexplorer.model.TrainingSettings;
import io.github.vaeexplorer.model.VaeConfig;

/**
 * How a training's loss weights change from epoch to epoch: the KL warm-up, the capacity objective's rising target,
 * and the {@link LossTerms} a step gets. Read from a model's settings; the network knows nothing of epochs.
 *
 * @author VAE Explorer developers
 */
public final class LossSchedule {

	private final TrainingSettings config;

	private LossSchedule(TrainingSettings settings) {
		this.config = settings;
	}

	/** The schedule of a model's training settings. */
	public static LossSchedule of(VaeConfig config) {
		return new LossSchedule(config.training());
	}

	/**
	 * The KL weight used in a given epoch (0-based): beta, ramped linearly over the warm-up epochs so that the
	 * first epoch already has a small non-zero weight and epoch {@code warmup - 1} reaches beta.
	 */
	public double klWeight(int epoch) {
		int warmup = config.warmup();
		if (warmup <= 0 || epoch >= warmup) return config.beta();
		return config.beta() * (epoch + 1) / (warmup + 1.0);
	}

	/**
	 * The warm-up factor of a given epoch (0-based): rises linearly over the warm-up epochs so that the first epoch
	 * already has a small non-zero value and epoch {@code warmup - 1} reaches 1; 1 without warm-up.
	 */
	public double ramp(int epoch) {
		int warmup = config.warmup();
		if (warmup <= 0 || epoch >= warmup) return 1;
		return (epoch + 1) / (warmup + 1.0);
	}

	/**
	 * The capacity objective's target KL in a given epoch (0-based): {@code C_max · min(1, epoch / capacity_epochs)},
	 * so 0 in the first epoch and C_max from epoch {@code capacity_epochs} on (Burgess et al. 2018 raise it per
	 * iteration; per epoch keeps a step's loss a function of the epoch alone, which resuming relies on).
	 */
	public double capacityAt(int epoch) {
		return config.capacity() * Math.min(1.0, epoch / (double) config.capacityEpochs());
	}

	/**
	 * Everything the loss needs in a given epoch (0-based) besides the data.
	 *
	 * @param datasetSize training samples per epoch
	 */
	public LossTerms lossTerms(int epoch, int datasetSize) {
		switch (config.objective()) {
			case CAPACITY:
				return new LossTerms(config.gamma() * ramp(epoch), ramp(epoch), capacityAt(epoch), datasetSize);
			case TCVAE:
				return new LossTerms(config.beta() * ramp(epoch), ramp(epoch), 0, datasetSize);
			case ADVERSARIAL:
				// No KL term: the reconstruction phase's loss is rec alone; the prior comes from the discriminator.
				return new LossTerms(0, 1, 0, datasetSize);
			default:
				return new LossTerms(klWeight(epoch), ramp(epoch), 0, datasetSize);
		}
	}
}
