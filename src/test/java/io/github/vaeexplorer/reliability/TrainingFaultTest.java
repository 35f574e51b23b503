package io.github.vaeexplorer.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.vaeexplorer.model.Architecture;
import io.github.vaeexplorer.model.ModelFile;
import io.github.vaeexplorer.model.VaeConfig;
import io.github.vaeexplorer.model.VaeModel;
import io.github.vaeexplorer.nd4j.NativeBackend;
import io.github.vaeexplorer.train.CancellationToken;
import io.github.vaeexplorer.train.MemoryBudget;
import io.github.vaeexplorer.train.TrainingJob;
import io.github.vaeexplorer.train.TrainingListener;
import io.github.vaeexplorer.train.TrainingResult;

import ij.ImagePlus;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Faults while training: cancellation at random batches always leaves the last complete epoch saved and loadable and
 * the source bitwise unchanged; two trainings at once both finish with the results each gets alone; a run too big for
 * memory is refused before it starts.
 */
class TrainingFaultTest {

	private static final int EPOCHS = 3;

	@TempDir
	static Path dir;
	private static ImagePlus stack;
	private static int checksum;
	private static VaeConfig config;
	/** Weights after 1..EPOCHS complete epochs, from uninterrupted runs. */
	private static Map<String, float[]>[] reference;

	@BeforeAll
	@SuppressWarnings("unchecked")
	static void referenceRuns() {
		NativeBackend.ensureLoaded();
		stack = Harness.shapes(16, 48, 11);
		checksum = Harness.checksum(stack);
		config = VaeConfig.builder().architecture(Architecture.DENSE).latent(3).batch(8).size(16).epochs(EPOCHS).seed(
			13).build();
		reference = new Map[EPOCHS + 1];
		for (int e = 1; e <= EPOCHS; e++) {
			Path file = dir.resolve("ref" + e + ".vae.zip");
			new TrainingJob(null, null).run(stack, config.toBuilder().epochs(e).build(), null, file);
			reference[e] = ModelFile.load(file).weightValues();
		}
	}

	@Test
	@Timeout(value = 10, unit = TimeUnit.MINUTES) // twenty trainings: 71 s on a busy 2-core machine
	void cancellationAtTwentyRandomBatchesKeepsTheLastCompleteEpoch() {
		Random random = new Random(20);
		int batches = (int) Math.ceil((48 - Math.floor(48 * config.validation())) / config.batch());
		for (int trial = 0; trial < 20; trial++) {
			int stopEpoch = 1 + random.nextInt(EPOCHS), stopBatch = 1 + random.nextInt(batches);
			boolean discard = trial % 5 == 4;
			CancellationToken token = new CancellationToken();
			TrainingListener canceller = new TrainingListener() {

				@Override
				public void batchDone(int epoch, int batch, int perEpoch, double loss) {
					if (epoch == stopEpoch && batch == stopBatch) token.cancel(discard ? CancellationToken.Mode.DISCARD
						: CancellationToken.Mode.STOP_AND_KEEP);
				}
			};
			Path file = dir.resolve("trial" + trial + ".vae.zip");
			TrainingResult result = new TrainingJob(canceller, token).run(stack, config, null, file);
			int complete = stopEpoch - 1;
			String what = "trial " + trial + " stopped at epoch " + stopEpoch + " batch " + stopBatch;
			if (discard || complete == 0) {
				assertNull(result.model(), what);
				assertFalse(Files.exists(file), what);
			}
			else {
				VaeModel saved = ModelFile.load(file);
				assertEquals(complete, saved.history().size(), what);
				for (String name : reference[complete].keySet()) {
					assertTrue(Arrays.equals(reference[complete].get(name), saved.weightValues().get(name)), what + ": " +
						name);
				}
			}
			assertEquals(checksum, Harness.checksum(stack), what + ": source unchanged");
			Harness.assertNoPartialFilesQuietly(dir);
		}
	}

	@Test
	void twoTrainingsAtOnceBothFinishWithTheirOwnResults() throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(2);
		try {
			Future<TrainingResult> a = pool.submit(() -> {
				NativeBackend.ensureLoaded();
				return new TrainingJob(null, null).run(stack, config, null, dir.resolve("a.vae.zip"));
			});
			Future<TrainingResult> b = pool.submit(() -> {
				NativeBackend.ensureLoaded();
				return new TrainingJob(null, null).run(stack, config.toBuilder().seed(99).build(), null, dir.resolve(
					"b.vae.zip"));
			});
			assertNotNull(a.get().model());
			assertNotNull(b.get().model());
		}
		finally {
			pool.shutdown();
		}
		Map<String, float[]> alone = reference[EPOCHS], together = ModelFile.load(dir.resolve("a.vae.zip"))
			.weightValues();
		for (String name : alone.keySet()) assertTrue(Arrays.equals(alone.get(name), together.get(name)), name);
		assertEquals(EPOCHS, ModelFile.load(dir.resolve("b.vae.zip")).history().size());
	}

	@Test
	void aRunTooBigForMemoryIsRefusedWithTheNumbers() {
		MemoryBudget budget = new MemoryBudget(VaeConfig.builder().build(), 100_000, 4, 64, 64);
		IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
			() -> budget.check(1L << 30, 1L << 30));
		assertTrue(e.getMessage().startsWith("training needs about 1.5 GB of Java heap (samples 1.5 GB"), e
			.getMessage());
		assertTrue(e.getMessage().contains("Memory & Threads"), e.getMessage());
		budget.check(4L << 30, 4L << 30);
		new MemoryBudget(VaeConfig.builder().build(), 100_000, 1, 64, 64).check(1L << 30, 1L << 30);
		MemoryBudget shared = new MemoryBudget(VaeConfig.builder().build(), 100_000, 0, 64, 64);
		shared.check(400L << 20, 1L << 30);
		assertTrue(shared.heapBytes() < 100L << 20, "8-bit planes read in place cost no sample memory: " + shared
			.heapBytes());
	}

	@Test
	void aReadAheadBufferLargerThanTheHeapIsRefusedNamingBufferMb() {
		MemoryBudget streaming = MemoryBudget.streaming(VaeConfig.builder().size(32).build(), 64L << 20, 32, 32);
		IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
			() -> streaming.check(38L << 20, 1L << 30));
		assertTrue(e.getMessage().contains("(read-ahead buffer 64 MB,"), e.getMessage());
		assertTrue(e.getMessage().contains("use a smaller buffer_mb"), e.getMessage());
		assertTrue(e.getMessage().matches(".* native \\(network \\d+ MB, checkpoint \\d+ MB, activations .*"), "the " +
			"epoch checkpoint is native, off the heap that the buffer has: " + e.getMessage());
		MemoryBudget.streaming(VaeConfig.builder().size(32).build(), 16L << 20, 32, 32).check(38L << 20, 1L << 30);
	}
}
