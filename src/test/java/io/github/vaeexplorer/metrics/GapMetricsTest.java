package io.github.vaeexplorer.metrics;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.vaeexplorer.data.ConversionResult;
import io.github.vaeexplorer.data.StackConverter;
import io.github.vaeexplorer.data.synthetic.ShapesDataset;
import io.github.vaeexplorer.data.synthetic.ShapesGenerator;
import io.github.vaeexplorer.data.synthetic.ShapesSpec;
import io.github.vaeexplorer.model.VaeModel;
import io.github.vaeexplorer.model.VaeTestKit;
import io.github.vaeexplorer.nd4j.NativeBackend;

import com.google.gson.JsonObject;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Nearest neighbours by hand, and the gap metrics and the whole report on a tiny trained model. */
class GapMetricsTest {

	private static ShapesDataset shapes;
	private static ConversionResult data;
	private static VaeModel model;

	@BeforeAll
	static void train() {
		NativeBackend.ensureLoaded();
		shapes = new ShapesGenerator(ShapesSpec.builder().imageSize(16).count(160).seed(3).build()).generate();
		data = new StackConverter().convert(shapes.stack(), 16);
		model = VaeTestKit.train(VaeTestKit.tinyDense().epochs(3).build(), data).model();
	}

	private static MetricsSettings small() {
		return new MetricsSettings().pairs(20).steps(4).priorSamples(50).reference(100).seed(7);
	}

	// -- Nearest neighbours --

	@Test
	void nearestNeighbourDistancesAreRootMeanSquareDifferences() {
		float[][] ref = { { 0, 0, 0, 0 }, { 1, 1, 1, 1 }, { 0, 0, 1, 1 } };
		NearestNeighbours nn = new NearestNeighbours(ref);
		double h = Math.sqrt(0.5);
		assertArrayEquals(new double[] { h, h, h }, nn.minima(ref, true)[0], 1e-6);
		double[][] q = nn.minima(new float[][] { { 0, 0, 0, 1 } }, false);
		assertArrayEquals(new double[] { 0.5 }, q[0], 1e-6);
		assertArrayEquals(new double[] { 0.5, Math.sqrt(0.75), 0.5 }, q[1], 1e-6);
	}

	@Test
	void quantilesInterpolateLikeNumpy() {
		assertEquals(2.5, SampleStatistics.median(new double[] { 4, 1, 3, 2 }), 1e-12);
		assertEquals(3.7, SampleStatistics.quantile(new double[] { 1, 2, 3, 4 }, 0.9), 1e-12);
		assertEquals(0.5, GapMetrics.fractionAtMost(new double[] { 0.5, 1, 1.5, 2 }, 1), 0.0);
		assertEquals(0.25, GapMetrics.fractionAtMost(new double[] { 0.5, 1, 1.5, 2 }, 1 - 1e-12), 0.0);
	}

	@Test
	void theReferenceIsAllSlicesOrASeededSubset() {
		assertArrayEquals(new int[] { 0, 1, 2 }, GapMetrics.referenceIndices(3, 5, 1));
		int[] a = GapMetrics.referenceIndices(100, 10, 1), b = GapMetrics.referenceIndices(100, 10, 1);
		assertArrayEquals(a, b);
		assertEquals(10, java.util.Arrays.stream(a).distinct().count());
		assertNotEquals(java.util.Arrays.toString(a), java.util.Arrays.toString(GapMetrics.referenceIndices(100, 10,
			2)));
	}

	// -- On a model --

	@Test
	void gapScoresAreFractionsAndPositiveRatiosAndRepeatable() {
		GapScores g = GapMetrics.compute(model, data.samples(), model.encode(data.samples())[0], small());
		GapScores again = GapMetrics.compute(model, data.samples(), model.encode(data.samples())[0], small());
		assertEquals(100, g.referenceImages());
		assertTrue(g.typicalDistance() > 0 && g.typicalDistance() < 1, "tau " + g.typicalDistance());
		for (double f : new double[] { g.priorPrecision(), g.priorRecall(), g.midpointPrecision() }) {
			assertTrue(f >= 0 && f <= 1, "fraction " + f);
		}
		for (double r : new double[] { g.priorRatio(), g.midpointRatio(), g.reconstructionRatio() }) {
			assertTrue(r > 0 && Double.isFinite(r), "ratio " + r);
		}
		// the largest of 4 steps is at least an even quarter of the way, unless the path bends back
		assertTrue(g.smoothness() >= 0.25 - 1e-6 && g.smoothnessP90() >= g.smoothness(), "smoothness " + g
			.smoothness());
		assertEquals(g.priorRatio(), again.priorRatio(), 0.0);
		assertEquals(g.midpointRatio(), again.midpointRatio(), 0.0);
		assertEquals(g.smoothness(), again.smoothness(), 0.0);
	}

	@Test
	void theReportHasEveryKeyAndFactorMetricsWithATable() {
		MetricsReport r = LatentMetrics.compute(model, data.samples(), shapes.factors(), small());
		JsonObject json = r.toJson();
		for (String key : new String[] { "mig", "sap", "factors", "active_dims", "total_kl", "kl_per_dim",
			"gaussian_tc", "reconstruction_bce", "gaps", "smoothness", "images" })
		{
			assertTrue(json.has(key), key);
		}
		assertEquals(shapes.factors().columnCount(), json.getAsJsonArray("factors").size());
		assertTrue(r.mig() >= 0 && r.mig() <= 1, "MIG " + r.mig());
		assertTrue(r.sap() >= 0 && r.sap() <= 1, "SAP " + r.sap());
		assertTrue(r.reconstruction() > 0);
		assertEquals(160, r.images());
		assertTrue(r.summary().startsWith("MIG "), r.summary());
		MetricsReport without = LatentMetrics.compute(model, data.samples(), null, small());
		assertTrue(without.toJson().get("mig").isJsonNull());
		assertEquals(r.gaps().priorRatio(), without.gaps().priorRatio(), 0.0);
	}

	@Test
	void aStackOfTheWrongSizeIsRejected() {
		ConversionResult other = VaeTestKit.shapes(32, 10, 1);
		IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> LatentMetrics.compute(model,
			other.samples(), null, small()));
		assertEquals("the stack's samples have 1024 values but the model expects 256", e.getMessage());
	}

	@Test
	void settingsNameTheirKey() {
		assertEquals("steps must be between 2 and 1000 (got 1)", assertThrows(IllegalArgumentException.class,
			() -> new MetricsSettings().steps(1)).getMessage());
	}
}
