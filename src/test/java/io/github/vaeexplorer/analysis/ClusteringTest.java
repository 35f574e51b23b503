package io.github.vaeexplorer.analysis;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** k-means, the Gaussian mixture, the silhouette and the adjusted Rand index on small seeded cases. */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class ClusteringTest {

	/** Four well separated Gaussian groups of 50 in 5 dimensions (centres 10 apart, spread 0.5). */
	private static double[][] separable(int[] truth, long seed) {
		Random random = new Random(seed);
		double[][] x = new double[truth.length][5];
		for (int i = 0; i < truth.length; i++) {
			truth[i] = i % 4;
			for (int d = 0; d < 5; d++) x[i][d] = (d == truth[i] ? 10 : 0) + (d == 4 ? 10 * truth[i] : 0) + 0.5 * random
				.nextGaussian();
		}
		return x;
	}

	@Test
	void kMeansRecoversSeparableGroups() {
		int[] truth = new int[200];
		double[][] x = separable(truth, 3);
		Clustering c = new KMeans(4, 7).fit(x);
		assertEquals(1.0, AdjustedRandIndex.of(truth, c.labels()), 0.0);
		assertArrayEquals(new int[] { 50, 50, 50, 50 }, c.sizes());
	}

	@Test
	void kMeansIsRepeatableForASeed() {
		int[] truth = new int[200];
		double[][] x = separable(truth, 4);
		assertArrayEquals(new KMeans(6, 11).fit(x).labels(), new KMeans(6, 11).fit(x).labels());
	}

	@Test
	void gaussianMixtureRecoversSeparableGroups() {
		int[] truth = new int[200];
		double[][] x = separable(truth, 5);
		assertEquals(1.0, AdjustedRandIndex.of(truth, new GaussianMixture(4, 1).fit(x).labels()), 0.0);
	}

	@Test
	void gaussianMixtureSeparatesGroupsOfDifferentSpreadThatKMeansSplitsWrongly() {
		// A tight group of 100 at 0 beside a wide one of 100 (sd 3) centred at 6, in one dimension.
		Random random = new Random(2);
		double[][] x = new double[200][1];
		int[] truth = new int[200];
		for (int i = 0; i < 200; i++) {
			truth[i] = i < 100 ? 0 : 1;
			x[i][0] = i < 100 ? 0.2 * random.nextGaussian() : 6 + 3 * random.nextGaussian();
		}
		double gmm = AdjustedRandIndex.of(truth, new GaussianMixture(2, 1).fit(x).labels());
		double kmeans = AdjustedRandIndex.of(truth, new KMeans(2, 1).fit(x).labels());
		assertTrue(gmm > kmeans, "gmm ARI " + gmm + " vs k-means " + kmeans);
		assertTrue(gmm > 0.8, "gmm ARI " + gmm);
	}

	@Test
	void silhouetteByHandOnFourPoints() {
		// 0 and 1 in one cluster, 4 and 5 in another: s = 7/9 for the outer points, 5/7 for the inner ones.
		double[][] x = { { 0 }, { 1 }, { 4 }, { 5 } };
		assertEquals((7.0 / 9 + 5.0 / 7) / 2, Silhouette.mean(x, new int[] { 0, 0, 1, 1 }, 1), 1e-12);
		// A point alone in its cluster counts 0: {0,1} then {4} and {5} alone; b is the nearer of the two singletons.
		double s0 = (4 - 1) / 4.0, s1 = (3 - 1) / 3.0;
		assertEquals((s0 + s1) / 4, Silhouette.mean(x, new int[] { 0, 0, 1, 2 }, 1), 1e-12);
		assertTrue(Double.isNaN(Silhouette.mean(x, new int[] { 0, 0, 0, 0 }, 1)));
	}

	@Test
	void adjustedRandIndexMatchesKnownValues() {
		assertEquals(1.0, AdjustedRandIndex.of(new int[] { 0, 0, 1, 1 }, new int[] { 5, 5, 2, 2 }), 1e-12);
		assertEquals(4.0 / 7, AdjustedRandIndex.of(new int[] { 0, 0, 1, 1 }, new int[] { 0, 0, 1, 2 }), 1e-12);
		assertEquals(-0.5, AdjustedRandIndex.of(new int[] { 0, 0, 1, 1 }, new int[] { 0, 1, 0, 1 }), 1e-12);
	}

	@Test
	void mostTypicalMembersAreNearestTheCentre() {
		double[][] x = { { 0 }, { 3 }, { 1 }, { 10 }, { 2 } };
		Clustering c = new Clustering(new int[] { 0, 0, 0, 1, 0 }, new double[][] { { 1.5 }, { 10 } });
		assertArrayEquals(new int[] { 2, 4 }, c.mostTypical(x, 0, 2));
		assertArrayEquals(new int[] { 3 }, c.mostTypical(x, 1, 5));
	}

	@Test
	void tooFewPointsForKIsRefusedWithAMessage() {
		IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new KMeans(3, 1).fit(
			new double[][] { { 0 }, { 1 } }));
		assertEquals("k=3 clusters need at least 3 slices (got 2)", e.getMessage());
	}
}
