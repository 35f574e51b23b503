package io.github.vaeexplorer.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.vaeexplorer.data.ConversionResult;
import io.github.vaeexplorer.model.VaeConfig;
import io.github.vaeexplorer.model.VaeModel;
import io.github.vaeexplorer.model.VaeTestKit;
import io.github.vaeexplorer.nd4j.NativeBackend;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Stopping a run from the listener (the same thread a GUI's request would reach it on, after a batch). */
class CancellationTest {

	private static ConversionResult data;
	private static final VaeConfig FIVE_EPOCHS = VaeTestKit.tinyDense().epochs(5).validation(0.2).build();

	@BeforeAll
	static void data() {
		NativeBackend.ensureLoaded();
		data = VaeTestKit.shapes(16, 128, 22); // 102 training samples: 4 batches of 32
	}

	/** A listener that asks to stop after batch {@code batch} of epoch {@code epoch}. */
	private static TrainingListener cancelAt(CancellationToken token, int epoch, int batch,
		CancellationToken.Mode mode)
	{
		return new TrainingListener() {

			@Override
			public void batchDone(int e, int b, int batches, double loss) {
				if (e == epoch && b == batch) token.cancel(mode);
			}
		};
	}

	private static TrainingResult runCancelled(int epoch, int batch, CancellationToken.Mode mode) {
		CancellationToken token = new CancellationToken();
		return VaeTestKit.train(FIVE_EPOCHS, data, cancelAt(token, epoch, batch, mode), token);
	}

	@Test
	void stopAndKeepInEpochThreeKeepsExactlyEpochTwo() {
		TrainingResult stopped = runCancelled(3, 2, CancellationToken.Mode.STOP_AND_KEEP);
		assertEquals(TrainingResult.Status.STOPPED, stopped.status(), stopped.message());
		assertEquals("Training stopped; kept epoch 2.", stopped.message());
		VaeModel kept = stopped.model();
		assertEquals(2, kept.history().size());

		VaeModel twoEpochs = VaeTestKit.train(FIVE_EPOCHS.toBuilder().epochs(2).build(), data).model();
		VaeTestKit.assertSameWeights(twoEpochs.weightValues(), kept.weightValues());
		assertEquals(twoEpochs.history().records().get(1).loss(), kept.history().records().get(1).loss(), 0.0);
	}

	@Test
	void stopAndKeepAlsoRollsTheOptimizerBackToEpochTwo() {
		VaeModel kept = runCancelled(3, 2, CancellationToken.Mode.STOP_AND_KEEP).model();
		VaeModel twoEpochs = VaeTestKit.train(FIVE_EPOCHS.toBuilder().epochs(2).build(), data).model();
		assertEquals(twoEpochs.optimizerState().steps(), kept.optimizerState().steps());
		VaeTestKit.assertSameWeights(twoEpochs.optimizerState().moments(), kept.optimizerState().moments());
	}

	@Test
	void discardGivesNoModel() {
		TrainingResult result = runCancelled(3, 2, CancellationToken.Mode.DISCARD);
		assertEquals(TrainingResult.Status.DISCARDED, result.status());
		assertNull(result.model());
	}

	@Test
	void stoppingInTheFirstEpochLeavesNothingToKeep() {
		TrainingResult result = runCancelled(1, 2, CancellationToken.Mode.STOP_AND_KEEP);
		assertEquals(TrainingResult.Status.STOPPED, result.status());
		assertNull(result.model());
	}

	@Test
	void noMoreBatchesRunAfterTheRequest() {
		CancellationToken token = new CancellationToken();
		int[] batches = { 0 };
		TrainingListener listener = new TrainingListener() {

			@Override
			public void batchDone(int epoch, int batch, int perEpoch, double loss) {
				batches[0]++;
				if (epoch == 2 && batch == 3) token.cancel(CancellationToken.Mode.STOP_AND_KEEP);
			}
		};
		VaeTestKit.train(FIVE_EPOCHS, data, listener, token);
		assertEquals(4 + 3, batches[0]);
	}

	@Test
	void theFirstRequestWins() {
		CancellationToken token = new CancellationToken();
		assertFalse(token.isCancelled());
		assertNull(token.mode());
		token.cancel(CancellationToken.Mode.STOP_AND_KEEP);
		token.cancel(CancellationToken.Mode.DISCARD);
		assertTrue(token.isCancelled());
		assertEquals(CancellationToken.Mode.STOP_AND_KEEP, token.mode());
	}
}
