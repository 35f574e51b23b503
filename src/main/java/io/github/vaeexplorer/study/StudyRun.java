package io.github.vaeexplorer.study;

import io.github.vaeexplorer.history.EpochRecord;
import io.github.vaeexplorer.metrics.MetricsReport;
import io.github.vaeexplorer.model.VaeModel;
import io.github.vaeexplorer.text.Numbers;

/**
 * One training run of a {@link BetaStudy}: its β and seed, the model it left, the last epoch's losses, what
 * {@link io.github.vaeexplorer.metrics.LatentMetrics} measured, its posterior means on the study's images, its label-free
 * score, and how long it took. Immutable apart from the model.
 *
 * @author VAE Explorer developers
 */
public final class StudyRun {

	private final StudyArm arm;
	private final long seed;
	private final VaeModel model;
	private final MetricsReport report;
	private final double seconds;
	private final float[][] codes;
	private final double udr;

	StudyRun(StudyArm arm, long seed, VaeModel model, MetricsReport report, double seconds, float[][] codes) {
		this(arm, seed, model, report, seconds, codes, Double.NaN);
	}

	private StudyRun(StudyArm arm, long seed, VaeModel model, MetricsReport report, double seconds, float[][] codes,
		double udr)
	{
		this.arm = arm;
		this.seed = seed;
		this.model = model;
		this.report = report;
		this.seconds = seconds;
		this.codes = codes;
		this.udr = udr;
	}

	/** This run with its label-free score. */
	StudyRun withUdr(double score) {
		return new StudyRun(arm, seed, model, report, seconds, codes, score);
	}

	/** What distinguishes this run's training from the others' apart from the seed: its arm, e.g. {@code beta:4}. */
	public String settings() {
		return arm.key();
	}

	/** The run as a candidate of the study's {@link LabelFreeRanking}. */
	LabelFreeRanking.Candidate candidate() {
		return new LabelFreeRanking.Candidate(settings(), seed, codes, report.statistics().activeDims());
	}

	/** Its label-free score: median UDR against the other seeds of its settings (NaN before ranking). */
	public double udr() { return udr; }

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
