package io.github.vaeexplorer.train;

import java.util.Random;

/**
 * The epoch order for samples read from disk: a shuffle that needs only a window of the data in memory at a time.
 * <p>
 * The training indices (ascending) are cut into blocks of {@link #blockSize()} consecutive indices; the blocks are
 * put in a seeded random order; every {@link #windowBlocks()} consecutive blocks of that order form a window, whose
 * samples are then shuffled together. <b>Guarantees</b>: every training sample comes exactly once per epoch; the
 * order depends only on the indices and the generator (same seed, same order); a batch draws its samples from one
 * or two windows, each the union of blocks picked at random from the whole data set; and a reader that loads one
 * window at a time, in index order, reads each block of the disk once per epoch.
 *
 * @author VAE Explorer developers
 */
final class BlockShuffle {

	/** Consecutive samples read together: long enough for sequential reads, short enough to mix well. */
	static final int MAX_BLOCK = 256;

	private final int blockSize;
	private final int windowBlocks;

	BlockShuffle(int blockSize, int windowBlocks) {
		if (blockSize < 1 || windowBlocks < 1) throw new IllegalArgumentException("block size and window must be " +
			"at least 1, got " + blockSize + " and " + windowBlocks);
		this.blockSize = blockSize;
		this.windowBlocks = windowBlocks;
	}

	/**
	 * The shuffle whose window takes half of a buffer (the prefetch queue takes the other half).
	 *
	 * @param bufferBytes the memory for samples in flight
	 * @param sampleLength floats per sample
	 */
	static BlockShuffle forBuffer(long bufferBytes, int sampleLength) {
		long window = Math.max(1, bufferBytes / 2 / (4L * sampleLength));
		int block = (int) Math.min(MAX_BLOCK, window);
		return new BlockShuffle(block, (int) Math.max(1, Math.min(Integer.MAX_VALUE, window / block)));
	}

	int blockSize() {
		return blockSize;
	}

	int windowBlocks() {
		return windowBlocks;
	}

	/**
	 * The epoch's windows, in order; each window lists its samples in the order they are trained on.
	 *
	 * @param train the training indices, ascending
	 * @param random the epoch's generator
	 */
	int[][] windows(int[] train, Random random) {
		int blocks = (train.length + blockSize - 1) / blockSize;
		int[] blockOrder = permutation(blocks, random);
		int windowCount = (blocks + windowBlocks - 1) / windowBlocks;
		int[][] windows = new int[windowCount][];
		for (int w = 0; w < windowCount; w++) {
			int first = w * windowBlocks, last = Math.min(blocks, first + windowBlocks);
			int length = 0;
			for (int b = first; b < last; b++) length += blockLength(blockOrder[b], train.length);
			int[] window = new int[length];
			int at = 0;
			for (int b = first; b < last; b++) {
				int from = blockOrder[b] * blockSize, n = blockLength(blockOrder[b], train.length);
				System.arraycopy(train, from, window, at, n);
				at += n;
			}
			shuffle(window, random);
			windows[w] = window;
		}
		return windows;
	}

	/** The epoch's whole order: the windows one after the other. */
	static int[] flatten(int[][] windows) {
		int length = 0;
		for (int[] w : windows) length += w.length;
		int[] order = new int[length];
		int at = 0;
		for (int[] w : windows) {
			System.arraycopy(w, 0, order, at, w.length);
			at += w.length;
		}
		return order;
	}

	private int blockLength(int block, int total) {
		return Math.min(blockSize, total - block * blockSize);
	}

	private static int[] permutation(int n, Random random) {
		int[] p = new int[n];
		for (int i = 0; i < n; i++) p[i] = i;
		shuffle(p, random);
		return p;
	}

	private static void shuffle(int[] a, Random random) {
		for (int i = a.length - 1; i > 0; i--) {
			int j = random.nextInt(i + 1);
			int t = a[i];
			a[i] = a[j];
			a[j] = t;
		}
	}
}
