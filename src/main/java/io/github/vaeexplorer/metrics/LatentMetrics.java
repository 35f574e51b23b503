package io.github.vaeexplorer.metrics;

import io.github.vaeexplorer.data.SampleSet;
import io.github.vaeexplorer.model.LatentStatistics;
import io.github.vaeexplorer.model.VaeModel;
import io.github.vaeexplorer.nd4j.NativeBackend;
import io.github.vaeexplorer.table.FactorTable;

/**
 * Measures what a trained model's latent space is like on a stack: activity and KL per dimension, Gaussian total
 * correlation ({@link GaussianTotalCorrelation}), how far the codes are from the prior ({@link PriorMatch}),
 * reconstruction error, gaps and smoothness ({@link GapMetrics}), and,
 * with a factor table, MIG, SAP and informativeness ({@link FactorMetrics}). The core of {@code Latent Metrics...},
 * the CLI's {@code metrics} and each run of a beta study; no ImageJ, no GUI.
 * <p>
 * Cost: one encoding and one decoding of every slice, plus {@link GapMetrics}'s decoding and nearest-neighbour
 * search; seconds for a few thousand 64×64 slices on two cores.
 *
 * @author VAE Explorer developers
 */
public final class LatentMetrics {

	private static final double CLAMP = 1e-7;

	private LatentMetrics() {}

	/**
	 * Measures a model on samples converted with its own normalisation and size.
	 *
	 * @param factors one row per sample, or null for no factor metrics
	 * @throws IllegalArgumentException if the samples do not fit the model or the factor table has the wrong length
	 */
	public static MetricsReport compute(VaeModel model, SampleSet samples, FactorTable factors,
		MetricsSettings settings)
	{
		check(model, samples, factors);
		return measure(model, samples, model.encode(samples), factors, settings);
	}

	/**
	 * Like {@link #compute(VaeModel, SampleSet, FactorTable, MetricsSettings)}, for samples the caller has already
	 * encoded with the model ({@link VaeModel#encode}, {@code {mu, logvar}}), so that one that keeps the codes (a study)
	 * encodes them once.
	 */
	public static MetricsReport compute(VaeModel model, SampleSet samples, float[][][] encoded, FactorTable factors,
		MetricsSettings settings)
	{
		check(model, samples, factors);
		return measure(model, samples, encoded, factors, settings);
	}

	private static void check(VaeModel model, SampleSet samples, FactorTable factors) {
		NativeBackend.ensureLoaded();
		if (samples.sampleLength() != model.config().inputLength()) throw new IllegalArgumentException(
			"the stack's samples have " + samples.sampleLength() + " values but the model expects " + model.config()
				.inputLength());
		if (factors != null && factors.rowCount() != samples.count()) throw new IllegalArgumentException("factors has " +
			factors.rowCount() + " rows but the stack has " + samples.count() + " slices; the factor table needs one " +
			"row a slice");
	}

	private static MetricsReport measure(VaeModel model, SampleSet samples, float[][][] encoded, FactorTable factors,
		MetricsSettings settings)
	{
		float[][] mu = encoded[0], logvar = encoded[1];
		LatentStatistics stats = LatentStatistics.compute(mu, mu, logvar);
		double reconstruction = reconstructionError(model, samples, mu);
		double tc = GaussianTotalCorrelation.ofAggregatePosterior(mu, logvar);
		GapScores gaps = GapMetrics.compute(model, samples, mu, settings);
		FactorMetrics factorMetrics = factors == null ? null : FactorMetrics.compute(mu, factors, settings.bins());
		PriorMatch prior = PriorMatch.of(PriorMatch.sampleCodes(mu, logvar));
		return new MetricsReport(samples.count(), stats, reconstruction, tc, gaps, factorMetrics, settings, prior);
	}

	/** Mean over slices of the Bernoulli negative log-likelihood of the slice under the decoded mean of its code. */
	static double reconstructionError(VaeModel model, SampleSet samples, float[][] mu) {
		double total = 0;
		int chunk = 256;
		for (int start = 0; start < mu.length; start += chunk) {
			int m = Math.min(chunk, mu.length - start);
			float[][] decoded = model.decode(java.util.Arrays.copyOfRange(mu, start, start + m));
			for (int i = 0; i < m; i++) {
				float[] x = samples.sample(start + i);
				for (int p = 0; p < x.length; p++) {
					double q = Math.min(1 - CLAMP, Math.max(CLAMP, decoded[i][p]));
					total -= x[p] * Math.log(q) + (1 - x[p]) * Math.log(1 - q);
				}
			}
		}
		return total / mu.length;
	}
}
