package io.github.vaeexplorer.metrics;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.vaeexplorer.nd4j.NativeBackend;

import java.util.SplittableRandom;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Kynkäänniemi et al.'s precision and recall on point sets whose answer is known by hand. */
@Timeout(60)
class SampleCoverageTest {

	@BeforeAll
	static void backend() {
		NativeBackend.ensureLoaded();
	}

	/** One-value "images": the RMS distance between them is the absolute difference. */
	private static float[][] points(double... values) {
		float[][] out = new float[values.length][];
		for (int i = 0; i < values.length; i++) out[i] = new float[] { (float) values[i] };
		return out;
	}

	private static float[][] noise(int count, int length, double offset, long seed) {
		SplittableRandom random = new SplittableRandom(seed);
		float[][] out = new float[count][length];
		for (float[] row : out) for (int p = 0; p < length; p++) row[p] = (float) (offset + random.nextDouble());
		return out;
	}

	@Test
	void kthNearestDistancesByHand() {
		float[][] set = points(0, 1, 3, 7);
		NearestNeighbours nn = new NearestNeighbours(set);
		assertArrayEquals(new double[] { 1, 1, 2, 4 }, nn.kthNearest(set, 1, true), 1e-6);
		assertArrayEquals(new double[] { 3, 2, 3, 6 }, nn.kthNearest(set, 2, true), 1e-6);
		assertArrayEquals(new double[] { 0, 0, 0, 0 }, nn.kthNearest(set, 1, false), 1e-6);
		assertThrows(IllegalArgumentException.class, () -> nn.kthNearest(set, 4, true));
	}

	@Test
	void withinSomeRadiusCountsTheBallsBoundary() {
		NearestNeighbours nn = new NearestNeighbours(points(0, 10));
		boolean[] inside = nn.withinSomeRadius(points(1, 1.5, 9, 20), new double[] { 1, 1 });
		assertArrayEquals(new boolean[] { true, false, true, false }, inside);
	}

	@Test
	void samplesEqualToTheDataCoverItExactly() {
		float[][] data = noise(40, 16, 0, 1);
		SampleCoverage c = SampleCoverage.compute(data, data.clone(), SampleCoverage.K);
		assertEquals(1.0, c.precision(), 0.0);
		assertEquals(1.0, c.recall(), 0.0);
		assertEquals(40, c.dataImages());
		assertEquals(40, c.sampleImages());
	}

	@Test
	void samplesFarFromTheDataCoverNothing() {
		SampleCoverage c = SampleCoverage.compute(noise(40, 16, 0, 1), noise(30, 16, 5, 2), SampleCoverage.K);
		assertEquals(0.0, c.precision(), 0.0);
		assertEquals(0.0, c.recall(), 0.0);
	}

	@Test
	void oneSampleNearTheDataAndAFarClusterByHand() {
		// k = 1. Data radii: 1 each (neighbours 1 apart). Sample radii: 0.5 -> 9.5 (its nearest other sample is 10),
		// 10, 10.5, 11 -> 0.5. Precision: only 0.5 lies within 1 of a data point: 1/4. Recall: every data point lies
		// within 9.5 of the sample 0.5: 1 (the metric's known weakness: one outlying sample's large ball).
		SampleCoverage c = SampleCoverage.compute(points(0, 1, 2, 3), points(0.5, 10, 10.5, 11), 1);
		assertEquals(0.25, c.precision(), 0.0);
		assertEquals(1.0, c.recall(), 0.0);
	}

	@Test
	void halfTheDataCoveredGivesHalfTheRecall() {
		// k = 1, data in two clusters {0, 1, 2} and {100, 101, 102}; samples copy the first cluster: radius 1 each.
		SampleCoverage c = SampleCoverage.compute(points(0, 1, 2, 100, 101, 102), points(0, 1, 2), 1);
		assertEquals(1.0, c.precision(), 0.0);
		assertEquals(0.5, c.recall(), 0.0);
	}

	@Test
	void tooFewImagesOrUnequalLengthsAreRefused() {
		IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> SampleCoverage.compute(noise(5,
			4, 0, 1), noise(20, 4, 0, 2), 5));
		assertTrue(e.getMessage().contains("data stack needs more than 5"), e.getMessage());
		e = assertThrows(IllegalArgumentException.class, () -> SampleCoverage.compute(noise(20, 4, 0, 1), noise(20, 3,
			0, 2), 5));
		assertTrue(e.getMessage().contains("3 values"), e.getMessage());
	}
}
