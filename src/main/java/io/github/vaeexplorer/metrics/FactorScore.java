package io.github.vaeexplorer.metrics;

import java.util.Locale;

/**
 * What the latent code says about one ground-truth factor: its entropy, the latent that shares the most information
 * with it and the runner-up, the factor's MIG and SAP gaps, and how much of it all latents explain linearly.
 * Immutable.
 *
 * @author VAE Explorer developers
 */
public final class FactorScore {

	private final String name;
	private final boolean discrete;
	private final double entropy;
	private final int bestLatent;
	private final double bestMi;
	private final int secondLatent;
	private final double secondMi;
	private final double sapGap;
	private final double probeR2;

	FactorScore(String name, boolean discrete, double entropy, int bestLatent, double bestMi, int secondLatent,
		double secondMi, double sapGap, double probeR2)
	{
		this.name = name;
		this.discrete = discrete;
		this.entropy = entropy;
		this.bestLatent = bestLatent;
		this.bestMi = bestMi;
		this.secondLatent = secondLatent;
		this.secondMi = secondMi;
		this.sapGap = sapGap;
		this.probeR2 = probeR2;
	}

	/** The factor's column name. */
	public String name() { return name; }

	/** Whether it has at most {@code bins} distinct values (used as classes) rather than being binned (continuous). */
	public boolean discrete() { return discrete; }

	/** Entropy of the (discretised) factor, in nats. */
	public double entropy() { return entropy; }

	/** The latent dimension with the largest mutual information with the factor. */
	public int bestLatent() { return bestLatent; }

	/** Its mutual information with the factor, in nats. */
	public double bestMi() { return bestMi; }

	/** The runner-up latent (-1 with a single latent). */
	public int secondLatent() { return secondLatent; }

	public double secondMi() { return secondMi; }

	/** (best MI − second MI) / entropy: this factor's contribution to MIG; NaN for a constant factor. */
	public double migGap() {
		return entropy > 0 ? (bestMi - secondMi) / entropy : Double.NaN;
	}

	/** Best MI / entropy: the share of the factor the best single latent captures. */
	public double normalisedMi() {
		return entropy > 0 ? bestMi / entropy : Double.NaN;
	}

	/** Best minus second-best single-latent predictability: this factor's contribution to SAP. */
	public double sapGap() { return sapGap; }

	/** R² of a linear probe on all latents (informativeness). */
	public double probeR2() { return probeR2; }

	@Override
	public String toString() {
		return String.format(Locale.ROOT, "%s: z%d (MI %.3f of H %.3f nats), MIG gap %.3f, SAP gap %.3f, probe R² %.3f",
			name, bestLatent, bestMi, entropy, migGap(), sapGap, probeR2);
	}
}
