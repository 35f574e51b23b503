package io.github.vaeexplorer.study;

import io.github.vaeexplorer.history.EpochRecord;
import io.github.vaeexplorer.metrics.MetricsReport;
import io.github.vaeexplorer.model.VaeModel;

/**
 * One training run of a {@link BetaStudy}: its β and seed, the model it left, the last epoch's losses, what
 * {@link io.github.vaeexplorer.metrics.LatentMetrics} measured, and how long it took. Immutable apart from the model.
 *
 * @author VAE Explorer developers
 */
public final class StudyRun {

	private final StudyArm arm;
	private final long seed;
	private final VaeModel model;
	private final MetricsReport report;
	private final double seconds;

	StudyRun(StudyArm arm, long seed, VaeModel model, MetricsReport report, double seconds) {
		this.arm = arm;
		this.seed = seed;
		this.model = model;
		this.report = report;
		this.seconds = seconds;
	}

	/** The arm's weight: β, or the adversarial weight. */
	public double beta() { return arm.weight(); }

	/** The objective and weight this run was trained with. */
	public StudyArm arm() { return arm; }

	public long seed() { return seed; }

	/** The trained model. */
	public VaeModel model() { return model; }

	public MetricsReport report() { return report; }

	/** The last epoch of training. */
	public EpochRecord lastEpoch() {
		return model.history().records().get(model.history().size() - 1);
	}

	/** Wall-clock seconds for training and measuring. */
	public double seconds() { return seconds; }

	/** A study quantity of this run. */
	public double value(StudyMetric metric) {
		return metric.of(this);
	}
}
