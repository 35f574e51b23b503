package io.github.vaeexplorer.study;

import io.github.vaeexplorer.data.Normalisation;
import io.github.vaeexplorer.data.SampleSet;
import io.github.vaeexplorer.data.SourceGeometry;
import io.github.vaeexplorer.history.EpochRecord;
import io.github.vaeexplorer.metrics.LatentMetrics;
import io.github.vaeexplorer.metrics.MetricsReport;
import io.github.vaeexplorer.metrics.MetricsSettings;
import io.github.vaeexplorer.model.VaeConfig;
import io.github.vaeexplorer.table.FactorTable;
import io.github.vaeexplorer.text.Numbers;
import io.github.vaeexplorer.train.CancellationToken;
import io.github.vaeexplorer.train.Trainer;
import io.github.vaeexplorer.train.TrainingListener;
import io.github.vaeexplorer.train.TrainingResult;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The same architecture trained on the same samples for several βs and seeds, each run measured by
 * {@link LatentMetrics} with the same metric seed, so that the runs differ only in β and training seed: what the KL
 * term does, in numbers. Seeds are the base config's seed, +1, +2, ...
 * <p>
 * Progress goes to a {@link TrainingListener} (every run's epochs, and a {@link TrainingListener#message} as each run
 * starts); a {@link CancellationToken} stops the study after the current batch, keeping the runs already finished.
 * Cost: runs × (one training + one measurement).
 *
 * @author VAE Explorer developers
 */
public final class BetaStudy {

	private final TrainingListener listener;
	private final CancellationToken token;

	public BetaStudy(TrainingListener listener, CancellationToken token) {
		this.listener = listener == null ? TrainingListener.none() : listener;
		this.token = token == null ? new CancellationToken() : token;
	}

	/**
	 * Runs the study.
	 *
	 * @param base everything but β and seed (its seed is the first seed)
	 * @param betas the βs, each ≥ 0
	 * @param seeds runs per β
	 * @param factors one row per sample, or null
	 * @throws IllegalArgumentException naming {@code betas} or {@code seeds} if they are invalid
	 */
	public StudyResult run(VaeConfig base, double[] betas, int seeds, SampleSet samples, Normalisation normalisation,
		SourceGeometry geometry, FactorTable factors, MetricsSettings metrics)
	{
		if (betas.length == 0) throw new IllegalArgumentException("betas must list at least one value, e.g. 0,1,4");
		for (double b : betas) {
			if (!(b >= 0) || Double.isInfinite(b)) {
				throw new IllegalArgumentException("betas must be finite numbers >= 0 (got " + b + ")");
			}
		}
		return run(base, StudyArm.ofBetas(base.objective(), betas), seeds, samples, normalisation, geometry, factors,
			metrics);
	}

	/**
	 * Runs a study of objectives side by side ({@code objectives=beta:0,beta:4,adversarial:1}): every arm trained
	 * with the same base settings and seeds, measured the same way.
	 *
	 * @param base everything but the objective, its weight and the seed (its seed is the first seed)
	 * @param arms the objectives and weights, at least one
	 */
	public StudyResult run(VaeConfig base, List<StudyArm> arms, int seeds, SampleSet samples,
		Normalisation normalisation, SourceGeometry geometry, FactorTable factors, MetricsSettings metrics)
	{
		if (arms.isEmpty()) throw new IllegalArgumentException("objectives must list at least one objective:weight");
		if (seeds < 1 || seeds > 100) {
			throw new IllegalArgumentException("seeds must be between 1 and 100 (got " + seeds + ")");
		}
		if (factors != null && factors.rowCount() != samples.count()) throw new IllegalArgumentException("factors has " +
			factors.rowCount() + " rows but the stack has " + samples.count() + " slices; the factor table needs one " +
			"row a slice");
		List<StudyRun> runs = new ArrayList<>();
		int total = arms.size() * seeds, index = 0;
		boolean single = arms.stream().map(StudyArm::objective).distinct().count() == 1;
		for (StudyArm arm : arms) {
			for (int s = 0; s < seeds; s++) {
				VaeConfig config = arm.configure(base, base.seed() + s);
				String name = single ? "beta=" + Numbers.format(arm.weight()) : arm.key();
				listener.message(String.format(Locale.ROOT, "Beta study: run %d/%d, %s, seed %d", ++index, total,
					name, config.seed()));
				long start = System.nanoTime();
				TrainingResult trained = new Trainer(listener, token).train(config, samples, normalisation, geometry);
				if (trained.status() == TrainingResult.Status.STOPPED || trained.status() ==
					TrainingResult.Status.DISCARDED || trained.model() == null)
				{
					return new StudyResult(arms, runs, factors != null, false, describe(base, seeds));
				}
				if (trained.status() == TrainingResult.Status.DIVERGED) listener.message(trained.message());
				float[][][] encoded = trained.model().encode(samples);
				MetricsReport report = LatentMetrics.compute(trained.model(), samples, encoded, factors, metrics);
				StudyRun run = new StudyRun(arm, config.seed(), trained.model(), report, (System.nanoTime() - start) /
					1e9, encoded[0]);
				runs.add(run);
				EpochRecord last = run.lastEpoch();
				listener.message(String.format(Locale.ROOT, "Beta study: %s seed %d: loss %.1f; %s", name, config
					.seed(), last.loss(), report.summary()));
				if (token.isCancelled()) return new StudyResult(arms, runs, factors != null, index == total, describe(
					base, seeds));
			}
		}
		return new StudyResult(arms, runs, factors != null, true, describe(base, seeds));
	}

	private static String describe(VaeConfig base, int seeds) {
		return base.toString().replaceFirst(" beta=[^ ]+", "").replaceFirst(" seed=[^ ]+", "") + " seeds=" + seeds +
			" (from " + base.seed() + ")";
	}
}
