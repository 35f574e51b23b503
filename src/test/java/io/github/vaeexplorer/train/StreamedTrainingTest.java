package io.github.vaeexplorer.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.vaeexplorer.data.ConversionResult;
import io.github.vaeexplorer.data.DiskSampleSet;
import io.github.vaeexplorer.data.StreamingConverter;
import io.github.vaeexplorer.data.synthetic.ShapesGenerator;
import io.github.vaeexplorer.data.synthetic.ShapesSpec;
import io.github.vaeexplorer.history.EpochRecord;
import io.github.vaeexplorer.model.VaeConfig;
import io.github.vaeexplorer.model.VaeTestKit;
import io.github.vaeexplorer.nd4j.NativeBackend;

import ij.ImagePlus;

import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Training on samples read while training: repeatable for a seed, and learning like training in memory. */
@Timeout(value = 3, unit = TimeUnit.MINUTES)
class StreamedTrainingTest {

	private static ImagePlus shapes;

	@BeforeAll
	static void data() {
		NativeBackend.ensureLoaded();
		shapes = new ShapesGenerator(ShapesSpec.builder().imageSize(16).count(160).seed(21).build()).generate().stack();
	}

	private static ConversionResult streamed(long bufferBytes) {
		return new StreamingConverter(bufferBytes, 1).image(shapes, 16, null);
	}

	private static TrainingResult train(ConversionResult data) {
		VaeConfig config = VaeTestKit.tinyDense().epochs(3).validation(0.1).build();
		TrainingResult result = VaeTestKit.train(config, data);
		assertEquals(TrainingResult.Status.COMPLETED, result.status(), result.message());
		return result;
	}

	@Test
	void theSameSeedGivesTheSameModelAndItLearnsAsInMemory() {
		// 64 KB: windows of 32 samples, prefetch queues of two batches: several windows per epoch.
		ConversionResult data = streamed(64 << 10);
		assertTrue(data.samples() instanceof DiskSampleSet);
		TrainingResult a = train(data), b = train(streamed(64 << 10));
		VaeTestKit.assertSameWeights(a.model().network().weights().snapshot(), b.model().network().weights()
			.snapshot());
		List<EpochRecord> h = a.model().history().records();
		assertEquals(h.get(2).loss(), b.model().history().records().get(2).loss(), 0.0);
		assertTrue(h.get(2).loss() < h.get(0).loss(), "loss " + h.get(0).loss() + " -> " + h.get(2).loss());
		assertTrue(Double.isFinite(h.get(2).validationLoss()));
		double inMemory = last(train(VaeTestKit.shapes(16, 160, 21)));
		assertEquals(inMemory, last(a), 0.1 * inMemory, "final loss: read from disk " + last(a) + ", in memory " +
			inMemory);
	}

	private static double last(TrainingResult result) {
		List<EpochRecord> h = result.model().history().records();
		return h.get(h.size() - 1).loss();
	}
}
