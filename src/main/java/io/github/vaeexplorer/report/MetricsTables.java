package io.github.vaeexplorer.report;

import io.github.vaeexplorer.metrics.FactorScore;
import io.github.vaeexplorer.metrics.GapScores;
import io.github.vaeexplorer.metrics.MetricsReport;
import io.github.vaeexplorer.study.StudyArm;
import io.github.vaeexplorer.study.StudyMetric;
import io.github.vaeexplorer.study.StudyResult;
import io.github.vaeexplorer.study.StudyRun;

import ij.measure.ResultsTable;

import java.util.Arrays;

/**
 * Results tables for {@code Latent Metrics...} and {@code Beta Study...}.
 *
 * @author VAE Explorer developers
 */
public final class MetricsTables {

	private MetricsTables() {}

	/**
	 * One row a quantity: columns {@code metric}, {@code factor} (empty for whole-code quantities) and {@code value}.
	 * The keys are those of {@link MetricsReport#toJson()}.
	 */
	public static ResultsTable of(MetricsReport report) {
		ResultsTable t = new ResultsTable();
		add(t, "mig", "", report.mig());
		add(t, "sap", "", report.sap());
		add(t, "active_dims", "", report.statistics().activeDims().length);
		add(t, "total_kl", "", report.statistics().totalKl());
		add(t, "gaussian_tc", "", report.totalCorrelation());
		add(t, "reconstruction_bce", "", report.reconstruction());
		add(t, "prior_mmd", "", report.priorMatch().mmd());
		add(t, "prior_gaussian_kl", "", report.priorMatch().gaussianKl());
		GapScores g = report.gaps();
		add(t, "typical_nn_distance", "", g.typicalDistance());
		add(t, "reconstruction_ratio", "", g.reconstructionRatio());
		add(t, "prior_precision", "", g.priorPrecision());
		add(t, "prior_recall", "", g.priorRecall());
		add(t, "prior_nn_ratio", "", g.priorRatio());
		add(t, "midpoint_precision", "", g.midpointPrecision());
		add(t, "midpoint_nn_ratio", "", g.midpointRatio());
		add(t, "max_step_ratio", "", g.smoothness());
		if (report.factors() != null) {
			for (FactorScore f : report.factors().factors()) {
				add(t, "entropy", f.name(), f.entropy());
				add(t, "best_latent", f.name(), f.bestLatent());
				add(t, "mi", f.name(), f.bestMi());
				add(t, "mi_normalised", f.name(), f.normalisedMi());
				add(t, "mig_gap", f.name(), f.migGap());
				add(t, "sap_gap", f.name(), f.sapGap());
				add(t, "probe_r2", f.name(), f.probeR2());
			}
		}
		return t;
	}

	/**
	 * One row a run ({@code row} = run, {@code objective} ({@code beta:4}, {@code adversarial:1}), {@code beta} (the
	 * arm's weight), {@code seed}, every metric, {@code seconds}), then per arm one row
	 * of means ({@code row} = mean) and one of sample standard deviations ({@code row} = sd) over its {@code seeds}.
	 */
	public static ResultsTable of(StudyResult study) {
		ResultsTable t = new ResultsTable();
		for (StudyRun r : study.runs()) {
			t.incrementCounter();
			t.addValue("row", "run");
			t.addValue("objective", r.arm().key());
			t.addValue("beta", r.beta());
			t.addValue("seed", r.seed());
			t.addValue("seeds", 1);
			for (StudyMetric m : study.metrics()) t.addValue(m.key(), r.value(m));
			t.addValue("seconds", r.seconds());
		}
		for (String kind : Arrays.asList("mean", "sd")) {
			for (StudyArm arm : study.arms()) {
				if (study.runs(arm).isEmpty()) continue;
				t.incrementCounter();
				t.addValue("row", kind);
				t.addValue("objective", arm.key());
				t.addValue("beta", arm.weight());
				t.addValue("seed", Double.NaN);
				t.addValue("seeds", study.runs(arm).size());
				for (StudyMetric m : study.metrics()) t.addValue(m.key(), study.meanAndSd(arm, m)[kind.equals("mean") ? 0
					: 1]);
				t.addValue("seconds", Double.NaN);
			}
		}
		return t;
	}

	private static void add(ResultsTable t, String metric, String factor, double value) {
		t.incrementCounter();
		t.addValue("metric", metric);
		t.addValue("factor", factor);
		t.addValue("value", value);
	}
}
