package io.github.vaeexplorer.study;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

/** The ranking keeps the settings whose seeds agree, says how sure it is, and says when it cannot tell. */
class LabelFreeRankingTest {

	private static final int N = 1500;

	/** Two independent Gaussian factors seen through a rotation by {@code angle}, with a little noise. */
	private static float[][] codes(double[][] factors, double angle, long noiseSeed) {
		Random random = new Random(noiseSeed);
		float[][] c = new float[N][3];
		for (int i = 0; i < N; i++) {
			double u = factors[i][0], v = factors[i][1];
			c[i][0] = (float) (Math.cos(angle) * u - Math.sin(angle) * v + 0.05 * random.nextGaussian());
			c[i][1] = (float) (Math.sin(angle) * u + Math.cos(angle) * v + 0.05 * random.nextGaussian());
			c[i][2] = 0; // collapsed to the prior: not informative
		}
		return c;
	}

	private static double[][] factors() {
		Random random = new Random(7);
		double[][] f = new double[N][2];
		for (double[] row : f) {
			row[0] = random.nextGaussian();
			row[1] = random.nextGaussian();
		}
		return f;
	}

	private static final int[] ACTIVE = { 0, 1 };

	@Test
	void theSettingsWhoseSeedsAgreeWinClearly() {
		double[][] f = factors();
		List<LabelFreeRanking.Candidate> list = new ArrayList<>();
		// "beta=4": every seed finds the factors (axis-aligned up to a quarter turn, i.e. permutation and sign).
		for (int s = 0; s < 3; s++) list.add(new LabelFreeRanking.Candidate("beta=4", 42 + s, codes(f, s * Math.PI / 2,
			s), ACTIVE));
		// "beta=0": every seed a different rotation.
		double[] angles = { 0.3, 1.0, 2.2 };
		for (int s = 0; s < 3; s++) list.add(new LabelFreeRanking.Candidate("beta=0", 42 + s, codes(f, angles[s], 10 +
			s), ACTIVE));
		LabelFreeRanking ranking = new LabelFreeRanking(list);
		assertEquals("beta=4", list.get(ranking.chosen()).settings());
		assertTrue(ranking.score(0) > 0.95, "agreeing seeds score " + ranking.score(0));
		assertTrue(ranking.bySettings().get("beta=0")[0] < 0.8, "rotated seeds " + ranking.bySettings().get("beta=0")[0]);
		assertTrue(ranking.clearWinner());
		assertTrue(ranking.comparedWithOwnSeeds(0));
		assertTrue(ranking.verdict().startsWith("Keep beta=4 seed "), ranking.verdict());
		assertTrue(ranking.verdict().endsWith("a clear winner (the spreads over seeds do not overlap)"),
			ranking.verdict());
		JsonObject json = ranking.toJson();
		assertEquals(6, json.getAsJsonArray("models").size());
		assertEquals("beta=4", json.getAsJsonObject("chosen").get("settings").getAsString());
		assertEquals(3, json.getAsJsonObject("by_settings").getAsJsonObject("beta=0").get("seeds").getAsInt());
	}

	@Test
	void overlappingSpreadsAreNotAClearWinnerAndOneSeedASettingIsSaid() {
		double[][] f = factors();
		List<LabelFreeRanking.Candidate> list = new ArrayList<>();
		double[] anglesA = { 0, 0.1, 0.7 }, anglesB = { 0, 0.15, 0.65 };
		for (int s = 0; s < 3; s++) list.add(new LabelFreeRanking.Candidate("a", s, codes(f, anglesA[s], s), ACTIVE));
		for (int s = 0; s < 3; s++) list.add(new LabelFreeRanking.Candidate("b", s, codes(f, anglesB[s], 5 + s),
			ACTIVE));
		LabelFreeRanking overlapping = new LabelFreeRanking(list);
		assertFalse(overlapping.clearWinner());
		assertTrue(overlapping.verdict().endsWith("more seeds would tell them apart"), overlapping.verdict());

		List<LabelFreeRanking.Candidate> single = new ArrayList<>();
		single.add(new LabelFreeRanking.Candidate("beta=1", 1, codes(f, 0, 1), ACTIVE));
		single.add(new LabelFreeRanking.Candidate("beta=4", 1, codes(f, Math.PI / 2, 2), ACTIVE));
		LabelFreeRanking acrossSettings = new LabelFreeRanking(single);
		assertFalse(acrossSettings.comparedWithOwnSeeds(0));
		assertFalse(acrossSettings.clearWinner());
		assertTrue(acrossSettings.verdict().contains("one seed a setting"), acrossSettings.verdict());
	}

	@Test
	void aCollapsedModelIsNotKeptSilently() {
		double[][] f = factors();
		float[][] flat = new float[N][3];
		List<LabelFreeRanking.Candidate> list = new ArrayList<>();
		// Every seed collapsed but one, which holds the two factors: all score 0 against the collapsed ones.
		list.add(new LabelFreeRanking.Candidate("beta=6", 42, flat, new int[0]));
		list.add(new LabelFreeRanking.Candidate("beta=6", 43, codes(f, 0, 1), ACTIVE));
		list.add(new LabelFreeRanking.Candidate("beta=6", 44, flat, new int[0]));
		LabelFreeRanking ranking = new LabelFreeRanking(list);
		assertEquals(0, ranking.score(0));
		assertEquals(0, ranking.score(1));
		assertEquals(1, ranking.chosen(), "the tie goes to the model with informative dimensions");
		assertFalse(ranking.verdict().contains("collapsed"), ranking.verdict());

		List<LabelFreeRanking.Candidate> none = new ArrayList<>();
		for (int s = 0; s < 3; s++) none.add(new LabelFreeRanking.Candidate("beta=6", 42 + s, flat, new int[0]));
		String verdict = new LabelFreeRanking(none).verdict();
		assertTrue(verdict.startsWith("Keep beta=6 seed 42 (UDR 0.00"), verdict);
		assertTrue(verdict.contains("no informative dimension (its code collapsed to the prior, as did 3 of the 3 " +
			"models)"), verdict);
	}

	@Test
	void oneModelIsChosenForWantOfAnotherAndNoneIsRefused() {
		List<LabelFreeRanking.Candidate> one = new ArrayList<>();
		one.add(new LabelFreeRanking.Candidate("beta=4", 3, codes(factors(), 0, 1), ACTIVE));
		LabelFreeRanking ranking = new LabelFreeRanking(one);
		assertEquals(0, ranking.chosen());
		assertTrue(Double.isNaN(ranking.score(0)));
		assertTrue(ranking.verdict().endsWith("one model, nothing to compare it with"), ranking.verdict());
		assertThrows(IllegalArgumentException.class, () -> new LabelFreeRanking(new ArrayList<>()));
	}
}
