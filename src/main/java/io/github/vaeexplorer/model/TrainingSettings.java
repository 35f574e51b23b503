package io.github.vaeexplorer.model;

/**
 * How a VAE is trained: the objective and its weights, the schedule's lengths, batch, learning rate, validation
 * share and seed. Immutable; part of a {@link VaeConfig}. How the weights change per epoch is
 * {@code train.LossSchedule}'s.
 *
 * @author VAE Explorer developers
 */
public final class TrainingSettings {

	private final Objective objective;
	private final double beta, gamma, capacity;
	private final int warmup, capacityEpochs, epochs, batch;
	private final double learningRate, validation;
	private final long seed;
	private final AdversarialSettings adversarial;

	TrainingSettings(Objective objective, double beta, int warmup, double gamma, double capacity, int capacityEpochs,
		int epochs, int batch, double learningRate, double validation, long seed, AdversarialSettings adversarial)
	{
		this.adversarial = adversarial;
		this.objective = objective;
		this.beta = beta;
		this.warmup = warmup;
		this.gamma = gamma;
		this.capacity = capacity;
		this.capacityEpochs = capacityEpochs;
		this.epochs = epochs;
		this.batch = batch;
		this.learningRate = learningRate;
		this.validation = validation;
		this.seed = seed;
	}

	/** The adversarial objective's weight, discriminator and encoder kind (kept, unused, for other objectives). */
	public AdversarialSettings adversarial() { return adversarial; }

	/** Which loss: beta-VAE, capacity, beta-TCVAE or adversarial autoencoder. */
	public Objective objective() { return objective; }

	/** KL weight (beta objective) or total-correlation weight (tcvae); 0 = plain autoencoder. */
	public double beta() { return beta; }

	/** KL warm-up epochs (0 = none). */
	public int warmup() { return warmup; }

	/** Weight of |KL - C| (capacity objective). */
	public double gamma() { return gamma; }

	/** Final target KL C_max in nats (capacity objective). */
	public double capacity() { return capacity; }

	/** Epochs over which the capacity objective raises C linearly from 0 to C_max. */
	public int capacityEpochs() { return capacityEpochs; }

	public int epochs() { return epochs; }

	public int batch() { return batch; }

	public double learningRate() { return learningRate; }

	/** Share of the samples held out for validation. */
	public double validation() { return validation; }

	/** Seed of initialisation, shuffling and sampling. */
	public long seed() { return seed; }
}
