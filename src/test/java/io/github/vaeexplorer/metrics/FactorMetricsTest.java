package io.github.vaeexplorer.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.vaeexplorer.table.FactorTable;

import java.util.Arrays;

import org.junit.jupiter.api.Test;

/** MIG, SAP and informativeness on 8-row tables whose values can be worked out by hand. */
class FactorMetricsTest {

	/** Factor a: 4 classes (entropy ln 4); factor b: 2 classes (ln 2), independent of a. */
	private static final FactorTable TABLE = new FactorTable(Arrays.asList("a", "b"), new double[][] { { 0, 0 }, {
		0, 1 }, { 1, 0 }, { 1, 1 }, { 2, 0 }, { 2, 1 }, { 3, 0 }, { 3, 1 } });

	private static float[][] latents(double[]... columns) {
		float[][] mu = new float[columns[0].length][columns.length];
		for (int d = 0; d < columns.length; d++) {
			for (int i = 0; i < mu.length; i++) mu[i][d] = (float) columns[d][i];
		}
		return mu;
	}

	private static final double[] A = { 0, 0, 1, 1, 2, 2, 3, 3 }, B = { 0, 1, 0, 1, 0, 1, 0, 1 },
		CONSTANT = { 2, 2, 2, 2, 2, 2, 2, 2 };

	@Test
	void aPerfectlyInformativeLatentSharesTheFactorsWholeEntropy() {
		FactorMetrics m = FactorMetrics.compute(latents(A, B, CONSTANT), TABLE, 20);
		FactorScore a = m.factors().get(0), b = m.factors().get(1);
		assertEquals(Math.log(4), a.entropy(), 1e-12);
		assertEquals(Math.log(4), a.bestMi(), 1e-12);
		assertEquals(0, a.bestLatent());
		assertEquals(0, a.secondMi(), 1e-12);
		assertEquals(Math.log(2), b.bestMi(), 1e-12);
		assertEquals(1, b.bestLatent());
		assertEquals(1, a.migGap(), 1e-12);
		assertEquals(1, m.mig(), 1e-12);
		assertEquals(1, a.probeR2(), 1e-9);
		assertTrue(a.discrete());
	}

	@Test
	void aDuplicatedLatentHalvesTheMig() {
		// factor a is held by z0 and z2 alike: its gap is 0; factor b's gap stays 1
		FactorMetrics m = FactorMetrics.compute(latents(A, B, A), TABLE, 20);
		assertEquals(0, m.factors().get(0).migGap(), 1e-12);
		assertEquals(0.5, m.mig(), 1e-12);
	}

	@Test
	void anEntangledLatentHoldingBothFactorsHalvesTheMig() {
		double[] both = new double[8];
		for (int i = 0; i < 8; i++) both[i] = A[i] + 4 * B[i]; // 8 distinct values: knows a and b
		FactorMetrics m = FactorMetrics.compute(latents(both, B), TABLE, 20);
		assertEquals(Math.log(4), m.factors().get(0).bestMi(), 1e-12);
		assertEquals(Math.log(2), m.factors().get(1).bestMi(), 1e-12);
		assertEquals(0, m.factors().get(1).migGap(), 1e-12); // z0 and z1 tie for b
		assertEquals(0.5, m.mig(), 1e-12);
		assertEquals(Math.log(2), m.mutualInformation()[0][1], 1e-12);
	}

	@Test
	void sapIsTheMeanGapBetweenTheTwoBestSingleLatentScores() {
		// a: z0 scores 1, z1 and the constant z2 score chance 1/4, so gap 3/4;
		// b: z1 scores 1, z0 (equal class means) and z2 score 1/2, so gap 1/2
		FactorMetrics m = FactorMetrics.compute(latents(A, B, CONSTANT), TABLE, 20);
		assertEquals(0.75, m.factors().get(0).sapGap(), 1e-12);
		assertEquals(0.5, m.factors().get(1).sapGap(), 1e-12);
		assertEquals(0.625, m.sap(), 1e-12);
	}

	@Test
	void aFactorWithMoreThanTwentyValuesIsBinnedAndScoredAsContinuous() {
		double[][] rows = new double[25][1];
		double[] z = new double[25], noise = new double[25];
		for (int i = 0; i < 25; i++) {
			rows[i][0] = i;
			z[i] = 0.5 * i;
			noise[i] = (i * 7) % 5;
		}
		FactorMetrics m = FactorMetrics.compute(latents(z, noise), new FactorTable(Arrays.asList("x"), rows), 20);
		FactorScore x = m.factors().get(0);
		assertFalse(x.discrete());
		// the latent is the factor rescaled, so their 20-bin codes coincide and I = H
		assertEquals(x.entropy(), x.bestMi(), 1e-12);
		assertEquals(1 - SapScore.linearScore(noise, column(rows)), x.sapGap(), 1e-12);
	}

	@Test
	void aConstantFactorIsLeftOutOfTheAverages() {
		FactorTable withConstant = new FactorTable(Arrays.asList("a", "c"), new double[][] { { 0, 1 }, { 1, 1 }, { 2,
			1 }, { 3, 1 } });
		FactorMetrics m = FactorMetrics.compute(latents(new double[] { 0, 1, 2, 3 }), withConstant, 20);
		assertTrue(Double.isNaN(m.factors().get(1).migGap()));
		assertEquals(1, m.mig(), 1e-12);
		assertEquals(1 - 0, m.sap(), 1e-12);
	}

	@Test
	void aTableOfTheWrongLengthIsRejected() {
		IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> FactorMetrics.compute(latents(
			new double[] { 0, 1, 2 }), TABLE, 20));
		assertEquals("factors has 8 rows but the stack has 3 slices; the factor table needs one row a slice", e
			.getMessage());
	}

	private static double[] column(double[][] rows) {
		double[] c = new double[rows.length];
		for (int i = 0; i < c.length; i++) c[i] = rows[i][0];
		return c;
	}
}
