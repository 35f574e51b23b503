package io.github.vaeexplorer.metrics;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;

import org.junit.jupiter.api.Test;

/** UDR against the cases whose value is known: identical up to permutation and sign, unrelated, rotated, by hand. */
class UdrScoreTest {

	private static final int N = 2000;

	/** Three independent uniform factors, one column each. */
	private static float[][] factors(long seed) {
		Random random = new Random(seed);
		float[][] f = new float[N][3];
		for (float[] row : f) for (int d = 0; d < 3; d++) row[d] = (float) random.nextDouble();
		return f;
	}

	/** Three factors of 12 values each on their full grid (1,728 images): exactly uncorrelated, as in a full data set. */
	private static float[][] grid() {
		float[][] f = new float[12 * 12 * 12][3];
		for (int i = 0; i < f.length; i++) {
			f[i][0] = i % 12;
			f[i][1] = i / 12 % 12;
			f[i][2] = i / 144;
		}
		return f;
	}

	@Test
	void codesThatArePermutationsAndSignFlipsOfEachOtherScoreOne() {
		float[][] f = grid();
		int n = f.length;
		// Model A: the factors in dims 0, 2, 3 (dim 1 a constant, uninformative); model B: a permutation with sign
		// flips and a monotone non-linear map, in dims 1, 0, 2.
		float[][] a = new float[n][4], b = new float[n][3];
		for (int i = 0; i < n; i++) {
			a[i][0] = f[i][0];
			a[i][1] = 0.5f;
			a[i][2] = f[i][1];
			a[i][3] = f[i][2];
			b[i][1] = -3 * f[i][0];
			b[i][0] = (float) Math.exp(f[i][2] / 4);
			b[i][2] = -f[i][1] * f[i][1];
		}
		assertEquals(1.0, UdrScore.between(a, new int[] { 0, 2, 3 }, b, new int[] { 0, 1, 2 }), 1e-12);
		assertEquals(1.0, UdrScore.between(b, new int[] { 0, 1, 2 }, a, new int[] { 0, 2, 3 }), 1e-12);
	}

	@Test
	void independentRandomCodesScoreNearZero() {
		double udr = UdrScore.between(factors(2), new int[] { 0, 1, 2 }, factors(3), new int[] { 0, 1, 2 });
		// |Spearman| of independent samples is about sqrt(2/(pi N)) = 0.018: each term ~ 0.018²/(3·0.018)
		assertTrue(udr < 0.05, "UDR of unrelated codes " + udr);
	}

	@Test
	void aFortyFiveDegreeRotationOfTwoGaussianFactorsScoresAboutOneThird() {
		Random random = new Random(4);
		float[][] a = new float[N][2], b = new float[N][2];
		for (int i = 0; i < N; i++) {
			double u = random.nextGaussian(), v = random.nextGaussian();
			a[i][0] = (float) u;
			a[i][1] = (float) v;
			b[i][0] = (float) ((u + v) / Math.sqrt(2));
			b[i][1] = (float) ((u - v) / Math.sqrt(2));
		}
		// Every |Spearman| is (6/pi) asin(sqrt(1/2)/2) = 0.6822 for a bivariate normal with rho = 0.7071; every term
		// is then 0.6822² / (2 · 0.6822) = 0.3411.
		double expected = 6 / Math.PI * Math.asin(Math.sqrt(0.5) / 2) / 2;
		assertEquals(expected, UdrScore.between(a, new int[] { 0, 1 }, b, new int[] { 0, 1 }), 0.03);
	}

	@Test
	void pooledScoreOfASmallMatrixIsTheHandComputedValue() {
		double[][] r = { { 0.9, 0.1 }, { 0.3, 0.6 }, { 0.0, 0.0 } };
		// rows: 0.81/1.0, 0.36/0.9, (zero row adds 0); columns: 0.81/1.2, 0.36/0.7; d_A + d_B = 5
		double expected = (0.81 / 1.0 + 0.36 / 0.9 + 0.81 / 1.2 + 0.36 / 0.7) / 5;
		assertEquals(expected, UdrScore.pooled(r), 1e-12);
	}

	@Test
	void ranksShareTiesAndSpearmanIsExactOnASmallSample() {
		assertArrayEquals(new double[] { 2.5, 1, 2.5, 4 }, UdrScore.ranks(new double[] { 5, 1, 5, 7 }), 0);
		// ranks x: 1 2 3 4 5; y: 2 1 4 3 5 → Σd² = 4, rho = 1 − 6·4/(5·24) = 0.8
		assertEquals(0.8, UdrScore.spearman(new double[] { 1, 2, 3, 4, 5 }, new double[] { 20, 10, 40, 30, 50 }),
			1e-12);
		assertEquals(0, UdrScore.spearman(new double[] { 1, 1, 1 }, new double[] { 1, 2, 3 }), 0);
	}

	@Test
	void modelsWithoutInformativeDimensionsScoreZeroAndMismatchedCodesAreRefused() {
		float[][] f = factors(5);
		assertEquals(0, UdrScore.between(f, new int[0], f, new int[] { 0 }), 0);
		IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> UdrScore.between(f, new int[] {
			0 }, new float[3][3], new int[] { 0 }));
		assertTrue(e.getMessage().contains("2000 and 3 images"), e.getMessage());
	}
}
