package io.github.vaeexplorer.train;

import io.github.vaeexplorer.data.SampleSet;

import java.util.Arrays;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * A {@link BatchFeed} filled by a background thread: it reads one window of a {@link BlockShuffle} at a time, in
 * index order (so a folder's files or a stack's planes are read front to back), cuts the window's shuffled order
 * into batches, and hands them over through a queue of at most {@code depth} batches. The thread waits when the
 * queue is full, so memory stays at one window plus {@code depth + 3} batches whatever the size of the data; training
 * and reading overlap. The window's array and the batches' arrays are allocated once a feed and reused (a batch's
 * array goes back to the reader once its values are copied into native memory): a small heap never has to find room
 * for a new large array in the middle of an epoch.
 *
 * @author VAE Explorer developers
 */
final class PrefetchedBatches implements BatchFeed {

	/** Put in the queue after the last batch, or when reading failed. */
	private static final float[] END = new float[0];

	private final int sampleLength;
	private final BlockingQueue<float[]> queue;
	/** Batch arrays whose values are in native memory already, for the reader to fill again. */
	private final BlockingQueue<float[]> free = new LinkedBlockingQueue<>();
	private final Thread reader;
	private volatile RuntimeException failure;

	/**
	 * Starts reading.
	 *
	 * @param samples the samples, read by the background thread only (give it a reader of its own)
	 * @param windows the epoch's windows ({@link BlockShuffle#windows})
	 * @param batch samples per batch (the last batch of the epoch may be smaller)
	 * @param depth most batches waiting in the queue, at least 1
	 */
	PrefetchedBatches(SampleSet samples, int[][] windows, int batch, int depth) {
		this.sampleLength = samples.sampleLength();
		this.queue = new ArrayBlockingQueue<>(Math.max(1, depth) + 1);
		this.reader = new Thread(() -> read(samples, windows, batch), "vae-explorer-prefetch");
		reader.setDaemon(true);
		reader.start();
	}

	/** Queue depth that fills half of a buffer with batches (the window takes the other half). */
	static int depthForBuffer(long bufferBytes, int batch, int sampleLength) {
		long batchBytes = 4L * batch * sampleLength;
		return (int) Math.max(2, Math.min(64, bufferBytes / 2 / batchBytes));
	}

	@Override
	public INDArray next(int n) {
		float[] values;
		try {
			values = queue.take();
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("interrupted while waiting for the next batch", e);
		}
		if (values == END) {
			queue.offer(END);
			if (failure != null) throw failure;
			throw new IllegalStateException("the epoch has no more batches");
		}
		if (values.length != n * sampleLength) throw new IllegalStateException("expected a batch of " + n +
			" samples, got " + values.length / sampleLength);
		INDArray batch = Nd4j.create(values, new long[] { n, sampleLength }, 'c'); // copies into native memory
		free.offer(values);
		return batch;
	}

	@Override
	public void close() {
		reader.interrupt();
		try {
			reader.join();
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
		queue.clear();
	}

	private void read(SampleSet samples, int[][] windows, int batch) {
		int total = 0, longest = 0;
		for (int[] w : windows) {
			total += w.length;
			longest = Math.max(longest, w.length);
		}
		int d = sampleLength, done = 0, filled = 0;
		try {
			float[] values = new float[longest * d];
			float[] current = batchArray(Math.min(batch, total) * d);
			for (int[] window : windows) {
				int[] sorted = window.clone();
				Arrays.sort(sorted);
				for (int i = 0; i < sorted.length; i++) {
					if (Thread.interrupted()) return;
					samples.copySample(sorted[i], values, i * d);
				}
				for (int index : window) {
					int at = Arrays.binarySearch(sorted, index);
					System.arraycopy(values, at * d, current, filled * d, d);
					if (++filled * d == current.length) {
						queue.put(current);
						done += filled;
						filled = 0;
						current = done == total ? null : batchArray(Math.min(batch, total - done) * d);
					}
				}
			}
			queue.put(END);
		}
		catch (InterruptedException e) {
			// close() stops the reader: nothing more to hand over.
		}
		catch (RuntimeException e) {
			fail(new IllegalStateException("reading the training images failed: " + e.getMessage(), e));
		}
		catch (OutOfMemoryError e) {
			fail(new IllegalStateException("reading the training images ran out of Java heap: use a smaller " +
				"buffer_mb, or give ImageJ more memory (Edit > Options > Memory & Threads, or java -Xmx)", e));
		}
	}

	/** A reused batch array of {@code length} values, or a new one (the epoch's short last batch is always new). */
	private float[] batchArray(int length) {
		float[] reused = free.poll();
		return reused != null && reused.length == length ? reused : new float[length];
	}

	/** Ends the feed with a failure that the training thread's next {@link #next} raises. */
	private void fail(RuntimeException e) {
		failure = e;
		queue.clear();
		queue.offer(END);
	}
}
