package io.github.vaeexplorer.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.vaeexplorer.data.ConversionResult;
import io.github.vaeexplorer.data.FloatSampleSet;
import io.github.vaeexplorer.history.EpochRecord;
import io.github.vaeexplorer.model.VaeConfig;
import io.github.vaeexplorer.model.VaeModel;
import io.github.vaeexplorer.model.VaeTestKit;
import io.github.vaeexplorer.nd4j.NativeBackend;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The epoch hook that gives a monitor reconstructions through the network being trained. */
class ReconstructorTest {

	private static ConversionResult data;

	@BeforeAll
	static void data() {
		NativeBackend.ensureLoaded();
		data = VaeTestKit.shapes(16, 80, 4);
	}

	@Test
	void theLastEpochsReconstructionsAreTheFinalModelsAndTheListenersAllHearThem() {
		VaeConfig config = VaeTestKit.tinyDense().epochs(3).validation(0.25).build();
		List<float[][]> seen = new ArrayList<>();
		List<float[]> originals = new ArrayList<>();
		int[] plainCalls = { 0 };
		TrainingListener monitor = new TrainingListener() {

			@Override
			public void epochDone(EpochRecord record, int lastEpoch, Reconstructor r) {
				assertEquals(20, r.count(), "the validation set: 25% of 80");
				assertEquals(1, r.channels());
				assertEquals(16, r.size());
				seen.add(r.reconstruct(3));
				if (originals.isEmpty()) for (int i = 0; i < 3; i++) originals.add(r.original(i));
				assertThrows(IllegalArgumentException.class, () -> r.reconstruct(21));
			}
		};
		TrainingListener plain = new TrainingListener() {

			@Override
			public void epochDone(EpochRecord record, int lastEpoch) {
				plainCalls[0]++;
			}
		};
		VaeModel model = VaeTestKit.train(config, data, TrainingListeners.of(monitor, null, plain), null).model();
		assertEquals(3, seen.size());
		assertEquals(3, plainCalls[0], "a listener without the hook still hears every epoch");
		float[] flat = new float[3 * 256];
		for (int i = 0; i < 3; i++) System.arraycopy(originals.get(i), 0, flat, i * 256, 256);
		float[][] mu = model.encode(FloatSampleSet.wrap(flat, 1, 16))[0];
		float[][] expected = model.decode(mu);
		for (int i = 0; i < 3; i++) assertArrayEquals(expected[i], seen.get(2)[i], 1e-6f, "sample " + i);
	}
}
