package io.github.vaeexplorer.model;

import java.util.Locale;

/**
 * Everything that defines a VAE and how it is trained: the keys of {@code Train VAE...} (docs/reference.md).
 * Immutable; build one with {@link #builder()}. {@link Builder#build()} validates every value and names the bad
 * key in its message, so commands and the CLI report the same sentence.
 *
 * @author VAE Explorer developers
 */
public final class VaeConfig {

	/** Smallest and largest training resolution; the commands' {@code size} minimum is this one. */
	public static final int MIN_SIZE = 4, MAX_SIZE = 1024;

	private final Architecture architecture;
	private final int latent;
	private final double beta;
	private final int warmup;
	private final int epochs;
	private final int batch;
	private final double learningRate;
	private final int size;
	private final int channels;
	private final double validation;
	private final long seed;
	private final Objective objective;
	private final double gamma;
	private final double capacity;
	private final int capacityEpochs;

	private VaeConfig(Builder b) {
		architecture = b.architecture;
		latent = b.latent;
		beta = b.beta;
		warmup = b.warmup;
		epochs = b.epochs;
		batch = b.batch;
		learningRate = b.learningRate;
		size = b.size;
		channels = b.channels;
		validation = b.validation;
		seed = b.seed;
		objective = b.objective;
		gamma = b.gamma;
		capacity = b.capacity;
		capacityEpochs = b.capacityEpochs;
	}

	/** A builder holding {@code Train VAE...}'s defaults (docs/reference.md). */
	public static Builder builder() {
		return new Builder();
	}

	/** A builder starting from this configuration's values. */
	public Builder toBuilder() {
		return new Builder().architecture(architecture).latent(latent).beta(beta).warmup(warmup).epochs(epochs)
			.batch(batch).learningRate(learningRate).size(size).channels(channels).validation(validation).seed(seed)
			.objectiveOf(this);
	}

	public Architecture architecture() { return architecture; }

	/** Number of latent dimensions. */
	public int latent() { return latent; }

	/** Weight of the KL term; 0 gives a plain (deterministic-prior-free) autoencoder. */
	public double beta() { return beta; }

	/** Epochs over which the KL weight rises linearly from 0 to {@link #beta()}; 0 = no warm-up. */
	public int warmup() { return warmup; }

	public int epochs() { return epochs; }

	public int batch() { return batch; }

	public double learningRate() { return learningRate; }

	/** Side of the square training images in pixels. */
	public int size() { return size; }

	/** Image channels the network sees (1 for grey, 3 for RGB, C for a C-channel hyperstack). */
	public int channels() { return channels; }

	/** Fraction of samples held out for validation. */
	public double validation() { return validation; }

	public long seed() { return seed; }

	/** What the KL side of the loss is; {@link Objective#BETA} for models written before objectives existed. */
	public Objective objective() { return objective; }

	/** Weight γ of |KL − C| in the capacity objective. */
	public double gamma() { return gamma; }

	/** The capacity objective's final target KL C_max, in nats. */
	public double capacity() { return capacity; }

	/** Epochs over which the capacity objective raises C linearly from 0 to C_max. */
	public int capacityEpochs() { return capacityEpochs; }

	/** Values per input sample: channels × size × size. */
	public int inputLength() {
		return channels * size * size;
	}

	/**
	 * The KL weight used in a given epoch (0-based): beta, ramped linearly over the warm-up epochs so that the
	 * first epoch already has a small non-zero weight and epoch {@code warmup - 1} reaches beta.
	 */
	public double klWeight(int epoch) {
		if (warmup <= 0 || epoch >= warmup) return beta;
		return beta * (epoch + 1) / (warmup + 1.0);
	}

	/**
	 * The warm-up factor of a given epoch (0-based): rises linearly over the warm-up epochs so that the first epoch
	 * already has a small non-zero value and epoch {@code warmup - 1} reaches 1; 1 without warm-up.
	 */
	public double ramp(int epoch) {
		if (warmup <= 0 || epoch >= warmup) return 1;
		return (epoch + 1) / (warmup + 1.0);
	}

	/**
	 * The capacity objective's target KL in a given epoch (0-based): {@code C_max · min(1, epoch / capacity_epochs)},
	 * so 0 in the first epoch and C_max from epoch {@code capacity_epochs} on (Burgess et al. 2018 raise it per
	 * iteration; per epoch keeps a step's loss a function of the epoch alone, which resuming relies on).
	 */
	public double capacityAt(int epoch) {
		return capacity * Math.min(1.0, epoch / (double) capacityEpochs);
	}

	/**
	 * Everything the loss needs in a given epoch (0-based) besides the data.
	 *
	 * @param datasetSize training samples per epoch
	 */
	public LossTerms lossTerms(int epoch, int datasetSize) {
		switch (objective) {
			case CAPACITY:
				return new LossTerms(gamma * ramp(epoch), ramp(epoch), capacityAt(epoch), datasetSize);
			case TCVAE:
				return new LossTerms(beta * ramp(epoch), ramp(epoch), 0, datasetSize);
			default:
				return new LossTerms(klWeight(epoch), ramp(epoch), 0, datasetSize);
		}
	}

	@Override
	public String toString() {
		return String.format(Locale.ROOT,
			"architecture=%s latent=%d beta=%s warmup=%d epochs=%d batch=%d learning_rate=%s size=%d channels=%d " +
				"validation=%s seed=%d", architecture.key(), latent, beta, warmup, epochs, batch, learningRate, size,
			channels, validation, seed) + objectiveDescription();
	}

	private String objectiveDescription() {
		switch (objective) {
			case CAPACITY:
				return String.format(Locale.ROOT, " objective=capacity gamma=%s capacity=%s capacity_epochs=%d", gamma,
					capacity, capacityEpochs);
			case TCVAE:
				return " objective=tcvae";
			default:
				return "";
		}
	}

	/** Fluent builder for {@link VaeConfig}; defaults as in docs/reference.md. */
	public static final class Builder {

		private Architecture architecture = Architecture.CONV;
		private int latent = 10;
		private double beta = 1.0;
		private int warmup = 0;
		private int epochs = 30;
		private int batch = 64;
		private double learningRate = 1e-3;
		private int size = 64;
		private int channels = 1;
		private double validation = 0.1;
		private long seed = 42;
		private Objective objective = Objective.BETA;
		private double gamma = 1000;
		private double capacity = 25;
		private int capacityEpochs = 20;

		public Builder architecture(Architecture value) { architecture = value; return this; }

		public Builder latent(int value) { latent = value; return this; }

		public Builder beta(double value) { beta = value; return this; }

		public Builder warmup(int value) { warmup = value; return this; }

		public Builder epochs(int value) { epochs = value; return this; }

		public Builder batch(int value) { batch = value; return this; }

		public Builder learningRate(double value) { learningRate = value; return this; }

		public Builder size(int value) { size = value; return this; }

		public Builder channels(int value) { channels = value; return this; }

		public Builder validation(double value) { validation = value; return this; }

		public Builder seed(long value) { seed = value; return this; }

		public Builder objective(Objective value) { objective = value; return this; }

		public Builder gamma(double value) { gamma = value; return this; }

		public Builder capacity(double value) { capacity = value; return this; }

		public Builder capacityEpochs(int value) { capacityEpochs = value; return this; }

		/** Takes the objective and its parameters (objective, gamma, capacity, capacity_epochs) from another config. */
		public Builder objectiveOf(VaeConfig other) {
			return objective(other.objective).gamma(other.gamma).capacity(other.capacity).capacityEpochs(
				other.capacityEpochs);
		}

		/**
		 * Checks every value and builds the configuration.
		 *
		 * @throws IllegalArgumentException with one sentence naming the first bad key
		 */
		public VaeConfig build() {
			if (architecture == null) throw bad("architecture must be one of conv, dense");
			requireRange("latent", latent, 1, 1024);
			if (!(beta >= 0) || Double.isInfinite(beta)) throw bad("beta must be a finite number >= 0 (got " + beta + ")");
			requireRange("warmup", warmup, 0, 100_000);
			requireRange("epochs", epochs, 1, 100_000);
			requireRange("batch", batch, 1, 65_536);
			if (!(learningRate > 0) || !(learningRate < 10)) {
				throw bad("learning_rate must be a number > 0 and < 10 (got " + learningRate + ")");
			}
			requireRange("channels", channels, 1, 64);
			requireRange("size", size, MIN_SIZE, MAX_SIZE);
			if (architecture == Architecture.CONV && size % 16 != 0) {
				throw bad("size must be divisible by 16 for the conv architecture (got " + size + "); try " +
					Math.max(16, Math.round(size / 16f) * 16));
			}
			if (!(validation >= 0) || !(validation < 1)) {
				throw bad("validation must be a fraction >= 0 and < 1 (got " + validation + ")");
			}
			if (objective == null) throw bad("objective must be beta, capacity or tcvae");
			if (!(gamma >= 0) || Double.isInfinite(gamma)) throw bad("gamma must be a finite number >= 0 (got " + gamma +
				")");
			if (!(capacity >= 0) || Double.isInfinite(capacity)) throw bad("capacity must be a finite number >= 0 (got " +
				capacity + ")");
			requireRange("capacity_epochs", capacityEpochs, 1, 100_000);
			return new VaeConfig(this);
		}

		private static void requireRange(String key, int value, int min, int max) {
			if (value < min || value > max) {
				throw bad(key + " must be between " + min + " and " + max + " (got " + value + ")");
			}
		}

		private static IllegalArgumentException bad(String message) {
			return new IllegalArgumentException(message);
		}
	}
}
