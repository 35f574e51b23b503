package io.github.vaeexplorer.study;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.github.vaeexplorer.metrics.JsonNumbers;
import io.github.vaeexplorer.metrics.SampleStatistics;
import io.github.vaeexplorer.metrics.UdrScore;

/**
 * Ranks trained models without factor labels by UDR ({@link UdrScore}; Duan et al. 2020): a model scores the median
 * of its UDR against the other seeds of the same settings (a disentangled solution is found again from another seed,
 * an entangled one is a different rotation each time); a setting trained with one seed only is compared with every
 * other model instead, which is weaker evidence and said so. The settings with the best mean score win, and their
 * best-scoring seed is the model to keep; how sure that is comes from the spread over seeds.
 * <p>
 * Cost: one {@link UdrScore#between} per pair of models. Immutable.
 *
 * @author VAE Explorer developers
 */
public final class LabelFreeRanking {

	/** One trained model: what it was trained with, its seed, and its posterior means on the study's images. */
	public static final class Candidate {

		private final String settings;
		private final long seed;
		private final float[][] codes;
		private final int[] informative;

		/**
		 * @param settings what distinguishes its training from the others' apart from the seed (e.g. "beta=4")
		 * @param codes posterior means, {@code [image][dimension]}, on the same images for every candidate
		 * @param informative its informative (active) dimensions
		 */
		public Candidate(String settings, long seed, float[][] codes, int[] informative) {
			this.settings = settings;
			this.seed = seed;
			this.codes = codes;
			this.informative = informative.clone();
		}

		public String settings() { return settings; }

		public long seed() { return seed; }
	}

	private final List<Candidate> candidates;
	private final double[] scores;
	private final Map<String, double[]> bySettings = new LinkedHashMap<>();
	private final int chosen;

	/** Scores the candidates (at least one; a single candidate scores NaN and is chosen for want of another). */
	public LabelFreeRanking(List<Candidate> candidates) {
		if (candidates.isEmpty()) throw new IllegalArgumentException("a ranking needs at least one model");
		this.candidates = Collections.unmodifiableList(new ArrayList<>(candidates));
		int n = candidates.size();
		double[][] udr = new double[n][n];
		for (int i = 0; i < n; i++) {
			for (int j = i + 1; j < n; j++) {
				Candidate a = candidates.get(i), b = candidates.get(j);
				udr[i][j] = udr[j][i] = UdrScore.between(a.codes, a.informative, b.codes, b.informative);
			}
		}
		scores = new double[n];
		for (int i = 0; i < n; i++) scores[i] = SampleStatistics.median(peers(i, udr));
		for (Candidate c : candidates) bySettings.computeIfAbsent(c.settings, s -> meanAndSd(s));
		chosen = choose();
	}

	/** The candidates, in the order given. */
	public List<Candidate> candidates() { return candidates; }

	/** Candidate i's score: the median UDR against its peers (NaN if it has none). */
	public double score(int i) { return scores[i]; }

	/** Whether candidate i was compared with other seeds of its own settings (true) or with every other model. */
	public boolean comparedWithOwnSeeds(int i) {
		return seedsOf(candidates.get(i).settings) > 1;
	}

	/** Each setting's {mean, sample sd} of its candidates' scores, in the order the settings first appear. */
	public Map<String, double[]> bySettings() { return Collections.unmodifiableMap(bySettings); }

	/** Index of the model to keep. */
	public int chosen() { return chosen; }

	/**
	 * Whether the chosen settings beat every other setting by more than the spread: their mean minus its sd is above
	 * every other setting's mean plus its sd. False with a single setting, or without several seeds of the chosen one.
	 */
	public boolean clearWinner() {
		String best = candidates.get(chosen).settings;
		double[] b = bySettings.get(best);
		if (bySettings.size() < 2 || seedsOf(best) < 2) return false;
		for (Map.Entry<String, double[]> e : bySettings.entrySet()) {
			if (e.getKey().equals(best)) continue;
			double[] o = e.getValue();
			if (!(b[0] - b[1] > o[0] + (Double.isNaN(o[1]) ? 0 : o[1]))) return false;
		}
		return true;
	}

	/** One sentence: the model to keep, its score, its settings' spread, the runner-up, and how sure that is. */
	public String verdict() {
		Candidate c = candidates.get(chosen);
		double[] b = bySettings.get(c.settings);
		StringBuilder sb = new StringBuilder(String.format(Locale.ROOT, "Keep %s seed %d (UDR %.2f", c.settings, c.seed,
			scores[chosen]));
		if (seedsOf(c.settings) > 1) sb.append(String.format(Locale.ROOT, "; %s %.2f±%.2f over %d seeds", c.settings,
			b[0], b[1], seedsOf(c.settings)));
		String second = runnerUp();
		if (second != null) {
			double[] s = bySettings.get(second);
			sb.append(String.format(Locale.ROOT, "; next %s %.2f±%.2f", second, s[0], s[1]));
		}
		sb.append(")");
		if (c.informative.length == 0) return sb.append(String.format(Locale.ROOT, ": but it has no informative " +
			"dimension (its code collapsed to the prior, as did %d of the %d models), so it holds nothing to keep; " +
			"train longer, with a longer warmup or a smaller beta", collapsed(), candidates.size())).toString();
		if (candidates.size() == 1) return sb.append(": one model, nothing to compare it with").toString();
		if (seedsOf(c.settings) < 2) return sb.append(": one seed a setting, so models were compared across settings; " +
			"train 3 seeds each to rank by agreement between seeds").toString();
		if (bySettings.size() < 2) return sb.append(": the seed whose model the others agree with most").toString();
		return sb.append(clearWinner() ? ": a clear winner (the spreads over seeds do not overlap)" :
			": not a clear winner (the spreads over seeds overlap); more seeds would tell them apart").toString();
	}

	/** {@code scores} (settings, seed, score per model), {@code by_settings}, {@code chosen}, {@code clear}, {@code verdict}. */
	public JsonObject toJson() {
		JsonObject o = new JsonObject();
		o.addProperty("method", "UDR (Duan et al. 2020): median agreement with other seeds, absolute Spearman, pooled");
		JsonArray all = new JsonArray();
		for (int i = 0; i < candidates.size(); i++) {
			JsonObject j = new JsonObject();
			j.addProperty("settings", candidates.get(i).settings);
			j.addProperty("seed", candidates.get(i).seed);
			JsonNumbers.add(j, "score", scores[i]);
			j.addProperty("compared_with", comparedWithOwnSeeds(i) ? "own seeds" : "all other models");
			all.add(j);
		}
		o.add("models", all);
		JsonObject settings = new JsonObject();
		for (Map.Entry<String, double[]> e : bySettings.entrySet()) {
			JsonObject j = new JsonObject();
			JsonNumbers.add(j, "mean", e.getValue()[0]);
			JsonNumbers.add(j, "sd", e.getValue()[1]);
			j.addProperty("seeds", seedsOf(e.getKey()));
			settings.add(e.getKey(), j);
		}
		o.add("by_settings", settings);
		JsonObject choice = new JsonObject();
		choice.addProperty("settings", candidates.get(chosen).settings);
		choice.addProperty("seed", candidates.get(chosen).seed);
		o.add("chosen", choice);
		o.addProperty("clear_winner", clearWinner());
		o.addProperty("verdict", verdict());
		return o;
	}

	// -- Helper methods --

	private double[] peers(int i, double[][] udr) {
		String settings = candidates.get(i).settings;
		boolean own = seedsOf(settings) > 1;
		List<Double> list = new ArrayList<>();
		for (int j = 0; j < candidates.size(); j++) {
			if (j != i && (!own || candidates.get(j).settings.equals(settings))) list.add(udr[i][j]);
		}
		return list.stream().mapToDouble(Double::doubleValue).toArray();
	}

	private int seedsOf(String settings) {
		int n = 0;
		for (Candidate c : candidates) if (c.settings.equals(settings)) n++;
		return n;
	}

	private double[] meanAndSd(String settings) {
		List<Double> scored = new ArrayList<>();
		for (int i = 0; i < candidates.size(); i++) {
			if (candidates.get(i).settings.equals(settings) && !Double.isNaN(scores[i])) scored.add(scores[i]);
		}
		return SampleStatistics.meanAndSd(scored.stream().mapToDouble(Double::doubleValue).toArray());
	}

	private int collapsed() {
		int n = 0;
		for (Candidate c : candidates) if (c.informative.length == 0) n++;
		return n;
	}

	/**
	 * Best settings by mean score, then its best seed; between equal scores (collapsed models all score 0) the one
	 * with more informative dimensions; remaining ties and NaN go to the earlier.
	 */
	private int choose() {
		String best = null;
		for (Map.Entry<String, double[]> e : bySettings.entrySet()) {
			if (best == null || e.getValue()[0] > bySettings.get(best)[0]) best = e.getKey();
		}
		int pick = -1;
		for (int i = 0; i < candidates.size(); i++) {
			if (!candidates.get(i).settings.equals(best)) continue;
			if (pick < 0 || scores[i] > scores[pick] || Double.compare(scores[i], scores[pick]) == 0 && candidates
				.get(i).informative.length > candidates.get(pick).informative.length) pick = i;
		}
		return pick;
	}

	private String runnerUp() {
		String best = candidates.get(chosen).settings, second = null;
		for (Map.Entry<String, double[]> e : bySettings.entrySet()) {
			if (e.getKey().equals(best)) continue;
			if (second == null || e.getValue()[0] > bySettings.get(second)[0]) second = e.getKey();
		}
		return second;
	}
}
