package io.github.vaeexplorer.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.vaeexplorer.data.ConversionResult;
import io.github.vaeexplorer.history.EpochRecord;
import io.github.vaeexplorer.model.VaeConfig;
import io.github.vaeexplorer.model.VaeModel;
import io.github.vaeexplorer.model.VaeTestKit;
import io.github.vaeexplorer.nd4j.NativeBackend;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The training engine on tiny seeded shape data (16×16, 128 samples, batch 32: 4 batches per epoch). */
class TrainerTest {

	private static ConversionResult data;

	@BeforeAll
	static void data() {
		NativeBackend.ensureLoaded();
		data = VaeTestKit.shapes(16, 128, 21);
	}

	private static List<EpochRecord> history(VaeConfig config) {
		TrainingResult result = VaeTestKit.train(config, data);
		assertEquals(TrainingResult.Status.COMPLETED, result.status(), result.message());
		return result.model().history().records();
	}

	// -- Learning --

	@Test
	void denseLossDecreasesEveryEpoch() {
		List<EpochRecord> h = history(VaeTestKit.tinyDense().epochs(4).build());
		for (int i = 1; i < h.size(); i++) {
			assertTrue(h.get(i).loss() < h.get(i - 1).loss(), "epoch " + (i + 1) + ": " + h.get(i).loss() +
				" after " + h.get(i - 1).loss());
		}
	}

	@Test
	void convLossDecreasesOverEpochs() {
		List<EpochRecord> h = history(VaeTestKit.tinyConv().epochs(4).build());
		double first = h.get(0).loss(), last = h.get(h.size() - 1).loss();
		assertTrue(last < 0.9 * first, "loss went from " + first + " to " + last);
	}

	@Test
	void betaZeroTrainsWithTheKlUnpenalised() {
		List<EpochRecord> h = history(VaeTestKit.tinyDense().beta(0).epochs(4).build());
		for (EpochRecord r : h) {
			assertEquals(0.0, r.klWeight(), 0.0);
			assertEquals(r.reconstruction(), r.loss(), 1e-9 * r.loss(), "epoch " + r.epoch());
		}
		assertTrue(h.get(3).loss() < h.get(0).loss());
		assertTrue(h.get(3).kl() > h.get(0).kl(), "with beta=0 the KL should grow: " + h.get(0).kl() + " -> " + h.get(3)
			.kl());
	}

	@Test
	void largeBetaShrinksTheKlComparedWithBetaZero() {
		double free = history(VaeTestKit.tinyDense().beta(0).epochs(4).build()).get(3).kl();
		double squeezed = history(VaeTestKit.tinyDense().beta(20).epochs(4).build()).get(3).kl();
		assertTrue(squeezed < 0.5 * free, "KL with beta=20: " + squeezed + ", with beta=0: " + free);
	}

	// -- KL weight --

	@Test
	void klWeightRisesLinearlyDuringWarmUp() {
		VaeConfig config = VaeTestKit.tinyDense().beta(2).warmup(4).epochs(6).build();
		List<EpochRecord> h = history(config);
		double[] expected = { 0.4, 0.8, 1.2, 1.6, 2.0, 2.0 };
		for (int i = 0; i < 6; i++) {
			assertEquals(expected[i], h.get(i).klWeight(), 1e-12, "epoch " + (i + 1));
			assertEquals(LossSchedule.of(config).klWeight(i), h.get(i).klWeight(), 0.0, "epoch " + (i + 1));
		}
	}

	@Test
	void theLossIsReconstructionPlusWeightedKl() {
		List<EpochRecord> h = history(VaeTestKit.tinyDense().beta(3).warmup(2).epochs(3).build());
		for (EpochRecord r : h) {
			double combined = r.reconstruction() + r.klWeight() * r.kl();
			assertEquals(combined, r.loss(), 1e-4 * r.loss(), "epoch " + r.epoch());
		}
	}

	// -- Repeatability --

	@Test
	void theSameSeedGivesBitIdenticalWeights() {
		VaeConfig config = VaeTestKit.tinyDense().epochs(2).validation(0.2).build();
		VaeModel a = VaeTestKit.train(config, data).model(), b = VaeTestKit.train(config, data).model();
		VaeTestKit.assertSameWeights(a.weightValues(), b.weightValues());
		for (int i = 0; i < 2; i++) {
			assertEquals(a.history().records().get(i).loss(), b.history().records().get(i).loss(), 0.0);
			assertEquals(a.history().records().get(i).validationLoss(), b.history().records().get(i).validationLoss(),
				0.0);
		}
	}

	@Test
	void differentSeedsGiveDifferentWeights() {
		VaeModel a = VaeTestKit.train(VaeTestKit.tinyDense().epochs(1).seed(1).build(), data).model();
		VaeModel b = VaeTestKit.train(VaeTestKit.tinyDense().epochs(1).seed(2).build(), data).model();
		assertTrue(VaeTestKit.maxAbsDifference(a.weightValues(), b.weightValues()) > 1e-3);
	}

	// -- History --

	@Test
	void historyHasOneRecordPerEpochNumberedFromOne() {
		List<EpochRecord> h = history(VaeTestKit.tinyDense().epochs(3).build());
		assertEquals(3, h.size());
		for (int i = 0; i < 3; i++) assertEquals(i + 1, h.get(i).epoch());
	}

	@Test
	void validationLossIsRecordedWhenSamplesAreHeldOut() {
		for (EpochRecord r : history(VaeTestKit.tinyDense().epochs(2).validation(0.25).build())) {
			assertTrue(Double.isFinite(r.validationLoss()) && r.validationLoss() > 0, "epoch " + r.epoch() + ": " + r
				.validationLoss());
		}
	}

	@Test
	void validationLossIsNaNWithoutValidation() {
		for (EpochRecord r : history(VaeTestKit.tinyDense().epochs(2).validation(0).build())) {
			assertTrue(Double.isNaN(r.validationLoss()), "epoch " + r.epoch() + ": " + r.validationLoss());
		}
	}

	// -- Result and listener --

	@Test
	void aCompletedRunReportsItsModelStatisticsAndOptimizerState() {
		TrainingResult result = VaeTestKit.train(VaeTestKit.tinyDense().epochs(2).build(), data);
		assertEquals(TrainingResult.Status.COMPLETED, result.status());
		assertEquals("Trained 2 epoch(s).", result.message());
		VaeModel model = result.model();
		assertNotNull(model);
		assertEquals(4, model.statistics().dimensions());
		assertNotNull(model.optimizerState());
		assertEquals(2 * 4, model.optimizerState().steps()); // 128 samples in batches of 32
		assertTrue(VaeTestKit.allFinite(model.weightValues()));
	}

	@Test
	void theListenerHearsEveryBatchAndEpoch() {
		List<String> events = new ArrayList<>();
		TrainingListener listener = new TrainingListener() {

			@Override
			public void started(int firstEpoch, int lastEpoch, int batchesPerEpoch) {
				events.add("started " + firstEpoch + ".." + lastEpoch + " x" + batchesPerEpoch);
			}

			@Override
			public void batchDone(int epoch, int batch, int batchesPerEpoch, double loss) {
				assertTrue(Double.isFinite(loss));
				events.add("batch " + epoch + "." + batch + "/" + batchesPerEpoch);
			}

			@Override
			public void epochDone(EpochRecord record, int lastEpoch) {
				events.add("epoch " + record.epoch() + "/" + lastEpoch);
			}
		};
		// 100 samples, 20 held out: 80 in batches of 32 gives 3 batches, the last one of 16
		ConversionResult hundred = VaeTestKit.shapes(16, 100, 5);
		VaeTestKit.train(VaeTestKit.tinyDense().epochs(2).validation(0.2).build(), hundred, listener, null);
		List<String> expected = new ArrayList<>();
		expected.add("started 1..2 x3");
		for (int e = 1; e <= 2; e++) {
			for (int b = 1; b <= 3; b++) expected.add("batch " + e + "." + b + "/3");
			expected.add("epoch " + e + "/2");
		}
		assertEquals(expected, events);
	}

	@Test
	void samplesOfTheWrongSizeAreRejected() {
		VaeConfig config = VaeTestKit.tinyDense().size(32).build();
		IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> VaeTestKit.train(config,
			data));
		assertEquals("the samples have 1 channel(s) of 16x16 but the model expects 1 channel(s) of 32x32", e
			.getMessage());
	}

	@Test
	void theMixedSeedDependsOnSeedAndEpoch() {
		assertFalse(Trainer.mix(1, 1) == Trainer.mix(1, 2));
		assertFalse(Trainer.mix(1, 1) == Trainer.mix(2, 1));
	}

	@Test
	void theMixedSeedIsSplitMix64() {
		// SplitMix64's published first two outputs for seed 0: epoch e is the (e+1)-th output of the stream
		assertEquals(0xE220A8397B1DCDAFL, Trainer.mix(0, 0));
		assertEquals(0x6E789E6AA1B965F4L, Trainer.mix(0, 1));
		assertEquals(0x953AEB70673E29CBL, Trainer.mix(7, 3));
	}
}
