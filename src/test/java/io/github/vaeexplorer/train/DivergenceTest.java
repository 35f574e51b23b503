package io.github.vaeexplorer.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.vaeexplorer.data.ConversionResult;
import io.github.vaeexplorer.history.EpochRecord;
import io.github.vaeexplorer.model.VaeModel;
import io.github.vaeexplorer.model.VaeTestKit;
import io.github.vaeexplorer.nd4j.NativeBackend;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** An absurd learning rate must never leave non-finite weights behind. */
class DivergenceTest {

	private static final List<String> messages = new ArrayList<>();
	private static TrainingResult result;

	@BeforeAll
	static void trainWithAnAbsurdLearningRate() {
		NativeBackend.ensureLoaded();
		ConversionResult data = VaeTestKit.shapes(16, 128, 24);
		TrainingListener listener = new TrainingListener() {

			@Override
			public void message(String text) {
				messages.add(text);
			}
		};
		result = VaeTestKit.train(VaeTestKit.tinyDense().learningRate(9.0).epochs(3).build(), data, listener, null);
	}

	@Test
	void endsCompletedOrDiverged() {
		assertTrue(result.status() == TrainingResult.Status.COMPLETED || result
			.status() == TrainingResult.Status.DIVERGED, result.status() + ": " + result.message());
	}

	@Test
	void theReturnedModelHasFiniteWeightsAndMoments() {
		VaeModel model = result.model();
		if (model == null) {
			// Allowed only when training gave up before any epoch completed.
			assertEquals(TrainingResult.Status.DIVERGED, result.status(), result.message());
			return;
		}
		assertTrue(VaeTestKit.allFinite(model.weightValues()), "non-finite weights after: " + result.message());
		assertTrue(VaeTestKit.allFinite(model.optimizerState().moments()), "non-finite Adam moments");
	}

	@Test
	void everyKeptEpochHasFiniteLosses() {
		if (result.model() == null) return;
		for (EpochRecord r : result.model().history().records()) {
			assertTrue(Double.isFinite(r.loss()) && Double.isFinite(r.kl()), r.describe(3));
		}
	}

	@Test
	void eachRecoveryIsAnnouncedAndHalvesTheLearningRate() {
		int recoveries = messages.size();
		if (result.status() == TrainingResult.Status.DIVERGED) {
			assertEquals(Trainer.MAX_RECOVERIES, recoveries, String.join("\n", messages));
			assertTrue(result.message().startsWith("Training diverged"), result.message());
		}
		for (String m : messages) assertTrue(m.contains("halved learning_rate"), m);
		if (result.model() != null) {
			double expectedRate = 9.0 / Math.pow(2, recoveries);
			assertEquals(expectedRate, result.model().optimizerState().learningRate(), 1e-12, String.join("\n",
				messages));
		}
	}

	@Test
	void divergesOrRecoversAtLeastOnce() {
		// Such a rate cannot train quietly: either a recovery was needed or training gave up.
		assertTrue(!messages.isEmpty() || result.status() == TrainingResult.Status.DIVERGED, result.message());
	}
}
