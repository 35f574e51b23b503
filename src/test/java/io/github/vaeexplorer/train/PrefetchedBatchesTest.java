package io.github.vaeexplorer.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.vaeexplorer.data.FloatSampleSet;
import io.github.vaeexplorer.data.SampleSet;
import io.github.vaeexplorer.nd4j.NativeBackend;

import java.util.Random;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.nd4j.linalg.api.ndarray.INDArray;

/** The background reader hands over the same batches, in the same order, as assembling them in place. */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class PrefetchedBatchesTest {

	private static final int COUNT = 300, SIZE = 4, BATCH = 32;

	private static FloatSampleSet samples;

	@BeforeAll
	static void data() {
		NativeBackend.ensureLoaded();
		Random random = new Random(1);
		float[] values = new float[COUNT * SIZE * SIZE];
		for (int i = 0; i < values.length; i++) values[i] = random.nextFloat();
		samples = FloatSampleSet.wrap(values, 1, SIZE);
	}

	private static int[] all() {
		return java.util.stream.IntStream.range(0, COUNT).toArray();
	}

	@Test
	void batchesEqualTheAssembledOnesOfTheSameOrder() {
		int[][] windows = new BlockShuffle(20, 2).windows(all(), new Random(4));
		int[] order = BlockShuffle.flatten(windows);
		BatchAssembler assembler = new BatchAssembler(samples, 2);
		try (BatchFeed expected = BatchFeed.assembled(assembler, order);
			BatchFeed prefetched = new PrefetchedBatches(samples, windows, BATCH, 2))
		{
			for (int from = 0; from < COUNT; from += BATCH) {
				int n = Math.min(BATCH, COUNT - from);
				INDArray a = expected.next(n), b = prefetched.next(n);
				assertArrayEquals(a.data().asFloat(), b.data().asFloat(), 0f, "batch at " + from);
				a.close();
				b.close();
			}
			assertThrows(IllegalStateException.class, () -> prefetched.next(1), "the epoch is over");
		}
	}

	@Test
	void batchesKeptWhileLaterOnesAreReadKeepTheirValues() {
		int[][] windows = new BlockShuffle(20, 2).windows(all(), new Random(5));
		int[] order = BlockShuffle.flatten(windows);
		BatchAssembler assembler = new BatchAssembler(samples, 2);
		java.util.List<INDArray> kept = new java.util.ArrayList<>();
		try (BatchFeed prefetched = new PrefetchedBatches(samples, windows, BATCH, 2)) {
			for (int from = 0; from < COUNT; from += BATCH) kept.add(prefetched.next(Math.min(BATCH, COUNT - from)));
		}
		try (BatchFeed expected = BatchFeed.assembled(assembler, order)) {
			for (int b = 0; b < kept.size(); b++) {
				INDArray a = expected.next((int) kept.get(b).size(0));
				assertArrayEquals(a.data().asFloat(), kept.get(b).data().asFloat(), 0f, "batch " + b);
				a.close();
				kept.get(b).close();
			}
		}
	}

	@Test
	void aReadingFailureReachesTheTrainingThreadWithItsCause() {
		SampleSet broken = new SampleSet() {

			@Override public int count() { return COUNT; }
			@Override public int channels() { return 1; }
			@Override public int size() { return SIZE; }

			@Override
			public void copySample(int index, float[] dst, int dstOffset) {
				if (index == 123) throw new IllegalStateException("cell123.tif is gone");
				samples.copySample(index, dst, dstOffset);
			}
		};
		try (BatchFeed feed = new PrefetchedBatches(broken, new int[][] { all() }, BATCH, 2)) {
			IllegalStateException e = assertThrows(IllegalStateException.class, () -> {
				for (int i = 0; i < 10; i++) feed.next(Math.min(BATCH, COUNT - i * BATCH)).close();
			});
			assertTrue(e.getMessage().contains("cell123.tif is gone"), e.getMessage());
		}
	}

	@Test
	void runningOutOfHeapWhileReadingIsOneMessageForTheTrainingThread() {
		SampleSet hungry = new SampleSet() {

			@Override public int count() { return COUNT; }
			@Override public int channels() { return 1; }
			@Override public int size() { return SIZE; }

			@Override
			public void copySample(int index, float[] dst, int dstOffset) {
				if (index == 40) throw new OutOfMemoryError("Java heap space");
				samples.copySample(index, dst, dstOffset);
			}
		};
		try (BatchFeed feed = new PrefetchedBatches(hungry, new int[][] { all() }, BATCH, 2)) {
			IllegalStateException e = assertThrows(IllegalStateException.class, () -> feed.next(BATCH));
			assertTrue(e.getMessage().startsWith("reading the training images ran out of Java heap: use a smaller " +
				"buffer_mb"), e.getMessage());
		}
	}

	@Test
	void closingEarlyStopsTheReader() throws InterruptedException {
		PrefetchedBatches feed = new PrefetchedBatches(samples, new int[][] { all() }, 1, 1);
		feed.next(1).close();
		feed.close();
		Thread.sleep(50);
		for (Thread t : Thread.getAllStackTraces().keySet()) {
			assertFalse(t.getName().equals("vae-explorer-prefetch") && t.isAlive(), "the reader thread still runs");
		}
		assertEquals(2, PrefetchedBatches.depthForBuffer(1, BATCH, 16), "at least two batches are read ahead");
	}
}
