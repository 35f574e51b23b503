package io.github.vaeexplorer.model;

import java.util.Locale;

/**
 * The scalars a training step feeds into the loss besides the data: the weight of the objective's main KL term
 * (β for {@link Objective#BETA} and the total correlation of {@link Objective#TCVAE}, γ for
 * {@link Objective#CAPACITY}), the weight of β-TCVAE's other two terms, the capacity C in nats, and the number of
 * training samples that β-TCVAE's minibatch-weighted sampling needs. One per epoch, from
 * the training's loss schedule ({@code train.LossSchedule}). Immutable.
 *
 * @author VAE Explorer developers
 */
public final class LossTerms {

	private final double weight;
	private final double auxiliaryWeight;
	private final double capacity;
	private final int datasetSize;

	/**
	 * @param weight weight of the main KL term (β, or γ for the capacity objective)
	 * @param auxiliaryWeight weight of β-TCVAE's mutual-information and dimension-wise KL terms
	 * @param capacity the target KL C of the capacity objective, in nats
	 * @param datasetSize training samples per epoch (N of the minibatch-weighted sampling estimator)
	 */
	public LossTerms(double weight, double auxiliaryWeight, double capacity, int datasetSize) {
		if (datasetSize < 1) throw new IllegalArgumentException("datasetSize must be at least 1 (got " + datasetSize +
			")");
		this.weight = weight;
		this.auxiliaryWeight = auxiliaryWeight;
		this.capacity = capacity;
		this.datasetSize = datasetSize;
	}

	/** Terms for a plain β-VAE step with the given KL weight (no capacity; a data set of one batch). */
	public static LossTerms klWeight(double weight) {
		return new LossTerms(weight, 1, 0, 1);
	}

	/** Weight of the main KL term: β·ramp, or γ·ramp for the capacity objective. What history calls kl_weight. */
	public double weight() { return weight; }

	/** Weight of β-TCVAE's mutual-information and dimension-wise KL terms (the warm-up ramp). */
	public double auxiliaryWeight() { return auxiliaryWeight; }

	/** The capacity objective's target KL C, in nats. */
	public double capacity() { return capacity; }

	/** Training samples per epoch. */
	public int datasetSize() { return datasetSize; }

	@Override
	public String toString() {
		return String.format(Locale.ROOT, "weight=%s auxiliary=%s capacity=%s N=%d", weight, auxiliaryWeight, capacity,
			datasetSize);
	}
}
