package io.github.vaeexplorer.train;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.vaeexplorer.data.ConversionResult;
import io.github.vaeexplorer.history.EpochRecord;
import io.github.vaeexplorer.model.ModelFile;
import io.github.vaeexplorer.model.VaeConfig;
import io.github.vaeexplorer.model.VaeModel;
import io.github.vaeexplorer.model.VaeTestKit;
import io.github.vaeexplorer.nd4j.NativeBackend;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Resuming continues exactly where training stopped: the trainer seeds batch order and noise by (seed, epoch) and the
 * model keeps Adam's moments, so 2 + 2 epochs equal 4 epochs.
 */
class ResumeTest {

	private static ConversionResult data;
	private static VaeModel straight;

	/** Warm-up over 3 epochs, so that the resumed epochs must also pick up the right KL weight. */
	private static final VaeConfig CONFIG = VaeTestKit.tinyDense().epochs(4).beta(2).warmup(3).validation(0.2)
		.build();

	@TempDir
	Path dir;

	@BeforeAll
	static void straightRun() {
		NativeBackend.ensureLoaded();
		data = VaeTestKit.shapes(16, 128, 23);
		straight = VaeTestKit.train(CONFIG, data).model();
	}

	private static VaeModel resume(VaeModel model) {
		TrainingResult r = new Trainer(null, null).resume(model, CONFIG.toBuilder().epochs(2).build(), data.samples());
		assertEquals(TrainingResult.Status.COMPLETED, r.status(), r.message());
		return r.model();
	}

	@Test
	void savedLoadedAndResumedEqualsAStraightRun() {
		VaeModel first = VaeTestKit.train(CONFIG.toBuilder().epochs(2).build(), data).model();
		Path file = dir.resolve("half.vae.zip");
		ModelFile.save(first, file);
		VaeModel resumed = resume(ModelFile.load(file));
		VaeTestKit.assertSameWeights(straight.weightValues(), resumed.weightValues());
		VaeTestKit.assertSameWeights(straight.optimizerState().moments(), resumed.optimizerState().moments());
		assertEquals(straight.optimizerState().steps(), resumed.optimizerState().steps());
	}

	@Test
	void resumedHistoryContinuesTheEpochsAndTheWarmUp() {
		VaeModel resumed = resume(VaeTestKit.train(CONFIG.toBuilder().epochs(2).build(), data).model());
		List<EpochRecord> a = straight.history().records(), b = resumed.history().records();
		assertEquals(4, b.size());
		for (int i = 0; i < 4; i++) {
			assertEquals(i + 1, b.get(i).epoch());
			assertEquals(a.get(i).klWeight(), b.get(i).klWeight(), 0.0, "epoch " + (i + 1));
			assertEquals(a.get(i).loss(), b.get(i).loss(), 0.0, "epoch " + (i + 1));
			assertEquals(a.get(i).validationLoss(), b.get(i).validationLoss(), 0.0, "epoch " + (i + 1));
		}
	}

	@Test
	void resumingAStoppedRunEqualsAStraightRun() {
		CancellationToken token = new CancellationToken();
		TrainingListener stopInEpochThree = new TrainingListener() {

			@Override
			public void batchDone(int epoch, int batch, int batches, double loss) {
				if (epoch == 3 && batch == 1) token.cancel(CancellationToken.Mode.STOP_AND_KEEP);
			}
		};
		TrainingResult stopped = VaeTestKit.train(CONFIG, data, stopInEpochThree, token);
		assertEquals(2, stopped.model().history().size());
		VaeModel resumed = resume(stopped.model());
		VaeTestKit.assertSameWeights(straight.weightValues(), resumed.weightValues());
	}
}
