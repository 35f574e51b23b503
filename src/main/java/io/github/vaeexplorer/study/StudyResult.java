package io.github.vaeexplorer.study;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

import io.github.vaeexplorer.metrics.JsonNumbers;
import io.github.vaeexplorer.metrics.SampleStatistics;
import io.github.vaeexplorer.metrics.UdrScore;
import io.github.vaeexplorer.text.Numbers;

/**
 * What a {@link BetaStudy} found: every completed run, per β the mean and standard deviation over seeds of each
 * {@link StudyMetric}, and the {@link LabelFreeRanking} of the runs with the model it says to keep. Immutable.
 *
 * @author VAE Explorer developers
 */
public final class StudyResult {

	private final List<StudyArm> arms;
	private final List<StudyRun> runs;
	private final boolean withFactors;
	private final boolean complete;
	private final String description;
	private final LabelFreeRanking ranking;

	StudyResult(List<StudyArm> arms, List<StudyRun> runs, boolean withFactors, boolean complete, String description) {
		this.arms = Collections.unmodifiableList(new ArrayList<>(arms));
		List<LabelFreeRanking.Candidate> candidates = new ArrayList<>();
		for (StudyRun r : runs) candidates.add(r.candidate());
		this.ranking = runs.isEmpty() ? null : new LabelFreeRanking(candidates);
		List<StudyRun> scored = new ArrayList<>();
		for (int i = 0; i < runs.size(); i++) scored.add(runs.get(i).withUdr(ranking.score(i)));
		this.runs = Collections.unmodifiableList(scored);
		this.withFactors = withFactors;
		this.complete = complete;
		this.description = description;
	}

	/** The objectives and weights asked for, in order. */
	public List<StudyArm> arms() { return arms; }

	/** The arms' weights (the βs of a plain β study), in order. */
	public double[] betas() {
		return arms.stream().mapToDouble(StudyArm::weight).toArray();
	}

	/** Whether every arm has one objective, so that the weights are comparable along one axis. */
	public boolean singleObjective() {
		return arms.stream().map(StudyArm::objective).distinct().count() <= 1;
	}

	/** Completed runs, β-major then seed. */
	public List<StudyRun> runs() { return runs; }

	/** Whether a factor table was given (so MIG and SAP are defined). */
	public boolean withFactors() { return withFactors; }

	/** False when the study was cancelled before every run finished. */
	public boolean complete() { return complete; }

	/** The shared training settings, as text. */
	public String description() { return description; }

	/** The label-free ranking of the completed runs, or null if none completed. */
	public LabelFreeRanking ranking() { return ranking; }

	/** The run the label-free ranking says to keep, or null if none completed. */
	public StudyRun chosen() {
		return ranking == null ? null : runs.get(ranking.chosen());
	}

	/**
	 * Spearman correlation over runs of the label-free score with MIG: how well ranking without labels agrees with
	 * ranking by the factors (NaN without factors or with fewer than three scored runs).
	 */
	public double udrMigAgreement() {
		if (!withFactors) return Double.NaN;
		List<double[]> pairs = new ArrayList<>();
		for (StudyRun r : runs) {
			if (!Double.isNaN(r.udr()) && !Double.isNaN(r.value(StudyMetric.MIG))) pairs.add(new double[] { r.udr(),
				r.value(StudyMetric.MIG) });
		}
		if (pairs.size() < 3) return Double.NaN;
		double[] udr = new double[pairs.size()], mig = new double[pairs.size()];
		for (int i = 0; i < udr.length; i++) {
			udr[i] = pairs.get(i)[0];
			mig[i] = pairs.get(i)[1];
		}
		return UdrScore.spearman(udr, mig);
	}

	/** The metrics reported: all, or all but the factor metrics without a factor table. */
	public List<StudyMetric> metrics() {
		List<StudyMetric> list = new ArrayList<>();
		for (StudyMetric m : StudyMetric.values()) {
			if (withFactors || !m.needsFactors()) list.add(m);
		}
		return list;
	}

	/** Completed runs of the first arm with a given weight (β). */
	public List<StudyRun> runs(double beta) {
		for (StudyArm a : arms) {
			if (Double.compare(a.weight(), beta) == 0) return runs(a);
		}
		return new ArrayList<>();
	}

	/** Completed runs of one arm. */
	public List<StudyRun> runs(StudyArm arm) {
		List<StudyRun> list = new ArrayList<>();
		for (StudyRun r : runs) {
			if (r.arm().equals(arm)) list.add(r);
		}
		return list;
	}

	/** {@link #meanAndSd(StudyArm, StudyMetric)} of the first arm with a given weight (β). */
	public double[] meanAndSd(double beta, StudyMetric metric) {
		for (StudyArm a : arms) {
			if (Double.compare(a.weight(), beta) == 0) return meanAndSd(a, metric);
		}
		return new double[] { Double.NaN, Double.NaN };
	}

	/** {mean, sample standard deviation} of a metric over the seeds of one arm (NaN for none; sd 0 for one). */
	public double[] meanAndSd(StudyArm arm, StudyMetric metric) {
		return SampleStatistics.meanAndSd(runs(arm).stream().mapToDouble(r -> r.value(metric)).toArray());
	}

	/** How an arm is named for people: {@code beta=4} in a plain β study, else its key ({@code adversarial:1}). */
	public String label(StudyArm arm) {
		return singleObjective() ? "beta=" + Numbers.format(arm.weight()) : arm.key();
	}

	/** {@code runs} (one object a run, with its {@code objective}) and {@code by_beta} (one object an arm) (mean and sd over seeds), plus the settings. */
	public JsonObject toJson() {
		JsonObject o = new JsonObject();
		o.addProperty("settings", description);
		o.addProperty("complete", complete);
		JsonArray all = new JsonArray();
		for (StudyRun r : runs) {
			JsonObject j = new JsonObject();
			j.addProperty("objective", r.arm().key());
			j.addProperty("beta", r.beta());
			j.addProperty("seed", r.seed());
			for (StudyMetric m : metrics()) JsonNumbers.add(j, m.key(), r.value(m));
			JsonNumbers.add(j, "seconds", r.seconds());
			j.add("metrics", r.report().toJson());
			all.add(j);
		}
		o.add("runs", all);
		JsonArray byBeta = new JsonArray();
		for (StudyArm arm : arms) {
			JsonObject j = new JsonObject(), mean = new JsonObject(), sd = new JsonObject();
			j.addProperty("objective", arm.key());
			j.addProperty("beta", arm.weight());
			j.addProperty("seeds", runs(arm).size());
			for (StudyMetric m : metrics()) {
				double[] v = meanAndSd(arm, m);
				JsonNumbers.add(mean, m.key(), v[0]);
				JsonNumbers.add(sd, m.key(), v[1]);
			}
			j.add("mean", mean);
			j.add("sd", sd);
			byBeta.add(j);
		}
		o.add("by_beta", byBeta);
		if (ranking != null) {
			JsonObject r = ranking.toJson();
			if (withFactors) JsonNumbers.add(r, "udr_mig_spearman", udrMigAgreement());
			o.add("ranking", r);
		}
		return o;
	}

	/** One line per β: mean ± sd of the headline metrics. */
	public String summary() {
		StringBuilder sb = new StringBuilder(complete ? "" : "Study cancelled; partial results. ");
		for (StudyArm arm : arms) {
			if (runs(arm).isEmpty()) continue;
			sb.append(String.format(Locale.ROOT, "%s (%d seeds):", label(arm), runs(arm).size()));
			for (StudyMetric m : new StudyMetric[] { StudyMetric.RECONSTRUCTION, StudyMetric.TOTAL_KL,
				StudyMetric.PRIOR_PRECISION, StudyMetric.PRIOR_MMD, StudyMetric.MIDPOINT_RATIO, StudyMetric.SMOOTHNESS,
				StudyMetric.UDR, StudyMetric.MIG })
			{
				if (!metrics().contains(m)) continue;
				double[] v = meanAndSd(arm, m);
				sb.append(String.format(Locale.ROOT, " %s %.3g±%.2g", m.key(), v[0], v[1]));
			}
			sb.append(". ");
		}
		if (ranking != null) sb.append(ranking.verdict()).append(". ");
		return sb.toString().trim();
	}

}
