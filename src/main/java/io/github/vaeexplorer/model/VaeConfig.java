package io.github.vaeexplorer.model;

import java.util.Locale;

/**
 * Everything that defines a VAE and how it is trained, the keys of {@code Train VAE...} (docs/reference.md), in two
 * parts: the network's shape ({@link NetworkSpec}) and its training ({@link TrainingSettings}); what a model file's
 * config.json records. The flat accessors are shorthands for the two parts'.
 * Immutable; build one with {@link #builder()}. {@link Builder#build()} validates every value and names the bad
 * key in its message, so commands and the CLI report the same sentence.
 *
 * @author VAE Explorer developers
 */
public final class VaeConfig {

	/** Smallest and largest training resolution; the commands' {@code size} minimum is this one. */
	public static final int MIN_SIZE = 4, MAX_SIZE = 1024;

	private final NetworkSpec network;
	private final TrainingSettings training;

	private VaeConfig(Builder b) {
		network = new NetworkSpec(b.architecture, b.latent, b.size, b.channels);
		training = new TrainingSettings(b.objective, b.beta, b.warmup, b.gamma, b.capacity, b.capacityEpochs, b.epochs,
			b.batch, b.learningRate, b.validation, b.seed, b.adversarial);
	}

	/** The network's shape: what the encoder and decoder are built from. */
	public NetworkSpec network() { return network; }

	/** How the network is trained. */
	public TrainingSettings training() { return training; }

	/** A builder holding {@code Train VAE...}'s defaults (docs/reference.md). */
	public static Builder builder() {
		return new Builder();
	}

	/** A builder starting from this configuration's values. */
	public Builder toBuilder() {
		return new Builder().architecture(architecture()).latent(latent()).beta(beta()).warmup(warmup()).epochs(epochs())
			.batch(batch()).learningRate(learningRate()).size(size()).channels(channels()).validation(validation()).seed(
				seed()).objectiveOf(this);
	}

	public Architecture architecture() { return network.architecture(); }

	/** Number of latent dimensions. */
	public int latent() { return network.latent(); }

	/** Weight of the KL term; 0 gives a plain (deterministic-prior-free) autoencoder. */
	public double beta() { return training.beta(); }

	/** Epochs over which the KL weight rises linearly from 0 to {@link #beta()}; 0 = no warm-up. */
	public int warmup() { return training.warmup(); }

	public int epochs() { return training.epochs(); }

	public int batch() { return training.batch(); }

	public double learningRate() { return training.learningRate(); }

	/** Side of the square training images in pixels. */
	public int size() { return network.size(); }

	/** Image channels the network sees (1 for grey, 3 for RGB, C for a C-channel hyperstack). */
	public int channels() { return network.channels(); }

	/** Fraction of samples held out for validation. */
	public double validation() { return training.validation(); }

	public long seed() { return training.seed(); }

	/** What the KL side of the loss is; {@link Objective#BETA} for models written before objectives existed. */
	public Objective objective() { return training.objective(); }

	/** Weight γ of |KL − C| in the capacity objective. */
	public double gamma() { return training.gamma(); }

	/** The capacity objective's final target KL C_max, in nats. */
	public double capacity() { return training.capacity(); }

	/** Epochs over which the capacity objective raises C linearly from 0 to C_max. */
	public int capacityEpochs() { return training.capacityEpochs(); }

	/** The adversarial objective's keys (defaults for other objectives). */
	public AdversarialSettings adversarial() { return training.adversarial(); }

	/** Weight of the encoder's fooling loss (adversarial objective). */
	public double adversarialWeight() { return adversarial().weight(); }

	/** The discriminator's Adam learning rate (adversarial objective). */
	public double discLearningRate() { return adversarial().discLearningRate(); }

	/** Units in each of the discriminator's two hidden layers (adversarial objective). */
	public int discHidden() { return adversarial().discHidden(); }

	/** Point or Gaussian encoder (adversarial objective; other objectives are always Gaussian). */
	public EncoderKind encoder() { return adversarial().encoder(); }

	/** Whether the encoder outputs a point code: only the adversarial objective with {@code encoder=deterministic}. */
	public boolean deterministicEncoder() {
		return objective() == Objective.ADVERSARIAL && adversarial().encoder() == EncoderKind.DETERMINISTIC;
	}

	/** Values per input sample: channels × size × size. */
	public int inputLength() {
		return network.inputLength();
	}

	@Override
	public String toString() {
		return String.format(Locale.ROOT,
			"architecture=%s latent=%d beta=%s warmup=%d epochs=%d batch=%d learning_rate=%s size=%d channels=%d " +
				"validation=%s seed=%d", architecture().key(), latent(), beta(), warmup(), epochs(), batch(), learningRate(),
			size(), channels(), validation(), seed()) + objectiveDescription();
	}

	private String objectiveDescription() {
		switch (objective()) {
			case CAPACITY:
				return String.format(Locale.ROOT, " objective=capacity gamma=%s capacity=%s capacity_epochs=%d", gamma(),
					capacity(), capacityEpochs());
			case TCVAE:
				return " objective=tcvae";
			case ADVERSARIAL:
				return " objective=adversarial " + adversarial();
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
		private double adversarialWeight = AdversarialSettings.DEFAULT_WEIGHT;
		private double discLearningRate = AdversarialSettings.DEFAULT_DISC_LEARNING_RATE;
		private int discHidden = AdversarialSettings.DEFAULT_DISC_HIDDEN;
		private EncoderKind encoder = AdversarialSettings.DEFAULT_ENCODER;
		private AdversarialSettings adversarial;

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

		public Builder adversarialWeight(double value) { adversarialWeight = value; return this; }

		public Builder discLearningRate(double value) { discLearningRate = value; return this; }

		public Builder discHidden(int value) { discHidden = value; return this; }

		public Builder encoder(EncoderKind value) { encoder = value; return this; }

		/** Takes all four adversarial keys at once. */
		public Builder adversarial(AdversarialSettings value) {
			return adversarialWeight(value.weight()).discLearningRate(value.discLearningRate()).discHidden(value
				.discHidden()).encoder(value.encoder());
		}

		/**
		 * Takes the objective and its parameters (objective, gamma, capacity, capacity_epochs and the adversarial keys)
		 * from another config.
		 */
		public Builder objectiveOf(VaeConfig other) {
			return objective(other.objective()).gamma(other.gamma()).capacity(other.capacity()).capacityEpochs(other
				.capacityEpochs()).adversarial(other.adversarial());
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
			if (objective == null) throw bad("objective must be beta, capacity, tcvae or adversarial");
			if (!(gamma >= 0) || Double.isInfinite(gamma)) throw bad("gamma must be a finite number >= 0 (got " + gamma +
				")");
			if (!(capacity >= 0) || Double.isInfinite(capacity)) throw bad("capacity must be a finite number >= 0 (got " +
				capacity + ")");
			requireRange("capacity_epochs", capacityEpochs, 1, 100_000);
			adversarial = new AdversarialSettings(adversarialWeight, discLearningRate, discHidden, encoder);
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
