package io.github.vaeexplorer.study;

import java.util.function.ToDoubleFunction;

/**
 * The quantities a {@link BetaStudy} reports side by side, each with its column name (also its JSON key), a
 * description for plots, and whether it needs a factor table.
 *
 * @author VAE Explorer developers
 */
public enum StudyMetric {

	/** Mean Bernoulli NLL of a slice under the decoded mean of its encoding. */
	RECONSTRUCTION("reconstruction_bce", "reconstruction error (nats/image)", false, r -> r.report().reconstruction()),
	/** Total KL from the prior, summed over dimensions. */
	TOTAL_KL("total_kl", "total KL (nats)", false, r -> r.report().statistics().totalKl()),
	/** Dimensions whose posterior mean varies over the stack. */
	ACTIVE_DIMS("active_dims", "active dimensions", false, r -> r.report().statistics().activeDims().length),
	/** Gaussian total correlation of the aggregate posterior. */
	GAUSSIAN_TC("gaussian_tc", "Gaussian total correlation (nats)", false, r -> r.report().totalCorrelation()),
	/** Squared MMD between the stack's codes and prior samples. */
	PRIOR_MMD("prior_mmd", "codes vs prior: MMD²", false, r -> r.report().priorMatch().mmd()),
	/** KL of the codes' Gaussian fit from the prior. */
	PRIOR_GAUSSIAN_KL("prior_gaussian_kl", "codes vs prior: Gaussian-fit KL (nats)", false, r -> r.report()
		.priorMatch().gaussianKl()),
	/** Fraction of prior samples near a training image. */
	PRIOR_PRECISION("prior_precision", "prior-sample precision", false, r -> r.report().gaps().priorPrecision()),
	/** Fraction of training images near a prior sample. */
	PRIOR_RECALL("prior_recall", "prior-sample recall", false, r -> r.report().gaps().priorRecall()),
	/** Median nearest-image distance of prior samples over the typical distance. */
	PRIOR_RATIO("prior_nn_ratio", "prior sample: nearest image / typical", false, r -> r.report().gaps().priorRatio()),
	/** Fraction of interpolation midpoints near a training image. */
	MIDPOINT_PRECISION("midpoint_precision", "midpoint precision", false, r -> r.report().gaps()
		.midpointPrecision()),
	/** Median nearest-image distance of interpolation midpoints over the typical distance. */
	MIDPOINT_RATIO("midpoint_nn_ratio", "midpoint: nearest image / typical", false, r -> r.report().gaps()
		.midpointRatio()),
	/** Median distance of a reconstruction from its image over the typical distance. */
	RECONSTRUCTION_RATIO("reconstruction_ratio", "reconstruction: distance / typical", false, r -> r.report().gaps()
		.reconstructionRatio()),
	/** Median largest step of an interpolation over its endpoints' distance. */
	SMOOTHNESS("max_step_ratio", "largest step / endpoint distance", false, r -> r.report().gaps().smoothness()),
	/** Label-free score: median UDR against the other seeds of the same settings (Duan et al. 2020). */
	UDR("udr", "label-free score (UDR)", false, StudyRun::udr),
	/** Mutual information gap. */
	MIG("mig", "MIG", true, r -> r.report().mig()),
	/** Separated attribute predictability. */
	SAP("sap", "SAP", true, r -> r.report().sap());

	private final String key;
	private final String description;
	private final boolean needsFactors;
	private final ToDoubleFunction<StudyRun> extractor;

	StudyMetric(String key, String description, boolean needsFactors, ToDoubleFunction<StudyRun> extractor) {
		this.key = key;
		this.description = description;
		this.needsFactors = needsFactors;
		this.extractor = extractor;
	}

	/** Column name and JSON key. */
	public String key() { return key; }

	/** What it is, with its unit, for axis labels. */
	public String description() { return description; }

	/** Whether it is only defined with a factor table. */
	public boolean needsFactors() { return needsFactors; }

	double of(StudyRun run) {
		return extractor.applyAsDouble(run);
	}
}
