package io.github.vaeexplorer.metrics;

import io.github.vaeexplorer.table.FactorTable;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Disentanglement of a code against known factors (one row of the factor table per encoded slice): MIG, SAP and
 * per-factor informativeness.
 * <p>
 * <b>MIG</b> (Chen et al. 2018, disentanglement_lib's estimator): each latent mean is binned into 20 equal-width bins
 * over its range ({@link Discretiser#histogram}); each factor is used as is when it has at most 20 distinct values,
 * otherwise binned the same way ({@link Discretiser#factor}). With the plug-in mutual information I(z_d; v_f)
 * ({@link MutualInformation}), MIG = mean over factors of (largest − second largest I over latents) / H(v_f). Factors
 * with zero entropy (constant) are left out of the mean.
 * <p>
 * <b>SAP</b> (Kumar et al. 2018): see {@link SapScore}; factors with at most 20 distinct values are scored as discrete,
 * the others as continuous.
 * <p>
 * <b>Informativeness</b>: {@link LinearProbe}'s R² of each factor's raw values on all latents.
 * <p>
 * Cost O(n·k·f) for the mutual informations and scores, plus O(n·k²) per factor for the probe: milliseconds for
 * thousands of slices.
 *
 * @author VAE Explorer developers
 */
public final class FactorMetrics {

	private final double mig;
	private final double sap;
	private final List<FactorScore> factors;
	private final double[][] mutualInformation;

	private FactorMetrics(double mig, double sap, List<FactorScore> factors, double[][] mutualInformation) {
		this.mig = mig;
		this.sap = sap;
		this.factors = Collections.unmodifiableList(factors);
		this.mutualInformation = mutualInformation;
	}

	/**
	 * Scores latent means against a factor table.
	 *
	 * @param mu posterior means {@code [n][k]}, row i for slice i
	 * @param table one row per slice, one column per factor
	 * @param bins histogram bins (20 in disentanglement_lib)
	 * @throws IllegalArgumentException if the table's rows do not match the slices
	 */
	public static FactorMetrics compute(float[][] mu, FactorTable table, int bins) {
		int n = mu.length, k = mu[0].length, f = table.columnCount();
		if (table.rowCount() != n) throw new IllegalArgumentException("factors has " + table.rowCount() +
			" rows but the stack has " + n + " slices; the factor table needs one row a slice");
		double[][] latent = new double[k][n];
		int[][] latentCodes = new int[k][];
		for (int d = 0; d < k; d++) {
			for (int i = 0; i < n; i++) latent[d][i] = mu[i][d];
			latentCodes[d] = Discretiser.histogram(latent[d], bins);
		}
		double[][] mi = new double[k][f], sapMatrix = new double[k][f];
		boolean[] informative = new boolean[f];
		List<FactorScore> scores = new ArrayList<>();
		double migSum = 0;
		int migCount = 0;
		for (int c = 0; c < f; c++) {
			double[] values = table.column(table.columnNames().get(c));
			boolean discrete = Discretiser.distinctCount(values) <= bins;
			int[] codes = Discretiser.factor(values, bins);
			double entropy = MutualInformation.entropy(codes);
			informative[c] = entropy > 0;
			for (int d = 0; d < k; d++) {
				mi[d][c] = MutualInformation.between(latentCodes[d], codes);
				sapMatrix[d][c] = discrete ? SapScore.thresholdScore(latent[d], codes) : SapScore.linearScore(latent[d],
					values);
			}
			int best = argmax(mi, c, -1), second = argmax(mi, c, best);
			double[] sapTop = SapScore.topTwo(sapMatrix, c);
			FactorScore score = new FactorScore(table.columnNames().get(c), discrete, entropy, best, mi[best][c],
				second, second < 0 ? 0 : mi[second][c], sapTop[0] - sapTop[1], LinearProbe.rSquared(mu, values));
			scores.add(score);
			if (informative[c]) {
				migSum += score.migGap();
				migCount++;
			}
		}
		double mig = migCount == 0 ? Double.NaN : migSum / migCount;
		return new FactorMetrics(mig, SapScore.score(sapMatrix, informative), scores, mi);
	}

	private static int argmax(double[][] matrix, int column, int skip) {
		int best = -1;
		for (int d = 0; d < matrix.length; d++) {
			if (d != skip && (best < 0 || matrix[d][column] > matrix[best][column])) best = d;
		}
		return best;
	}

	/** Mutual information gap, averaged over non-constant factors (NaN if there are none). */
	public double mig() { return mig; }

	/** SAP score, averaged over non-constant factors (NaN if there are none). */
	public double sap() { return sap; }

	/** One score per factor, in the table's column order. */
	public List<FactorScore> factors() { return factors; }

	/**
	 * Adds {@code mig}, {@code sap} and {@code factors} (per factor: its best and second latent with their mutual
	 * information, the MIG and SAP gaps and the linear probe's R²) to a JSON report.
	 */
	public void addTo(JsonObject o) {
		JsonNumbers.add(o, "mig", mig);
		JsonNumbers.add(o, "sap", sap);
		JsonArray list = new JsonArray();
		for (FactorScore f : factors) {
			JsonObject j = new JsonObject();
			j.addProperty("name", f.name());
			j.addProperty("discrete", f.discrete());
			JsonNumbers.add(j, "entropy", f.entropy());
			j.addProperty("best_latent", f.bestLatent());
			JsonNumbers.add(j, "mi", f.bestMi());
			JsonNumbers.add(j, "mi_normalised", f.normalisedMi());
			j.addProperty("second_latent", f.secondLatent());
			JsonNumbers.add(j, "second_mi", f.secondMi());
			JsonNumbers.add(j, "mig_gap", f.migGap());
			JsonNumbers.add(j, "sap_gap", f.sapGap());
			JsonNumbers.add(j, "probe_r2", f.probeR2());
			list.add(j);
		}
		o.add("factors", list);
	}

	/** I(z_d; v_f) in nats, {@code [latent][factor]} (a copy). */
	public double[][] mutualInformation() {
		double[][] copy = new double[mutualInformation.length][];
		for (int d = 0; d < copy.length; d++) copy[d] = mutualInformation[d].clone();
		return copy;
	}
}
