package io.github.vaeexplorer.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The out-of-core epoch order: complete, seeded, and local to windows of blocks. */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class BlockShuffleTest {

	/** 1000 training indices with gaps (every index not divisible by 7, as a validation split would leave). */
	private static int[] train() {
		return java.util.stream.IntStream.range(0, 1167).filter(i -> i % 7 != 0).toArray();
	}

	@Test
	void everyTrainingSampleComesExactlyOncePerEpoch() {
		int[] train = train();
		int[] order = BlockShuffle.flatten(new BlockShuffle(32, 3).windows(train, new Random(5)));
		int[] sorted = order.clone();
		Arrays.sort(sorted);
		assertArrayEquals(train, sorted);
	}

	@Test
	void theSameSeedGivesTheSameOrderAndAnotherSeedAnother() {
		BlockShuffle shuffle = new BlockShuffle(32, 3);
		int[] a = BlockShuffle.flatten(shuffle.windows(train(), new Random(11)));
		int[] b = BlockShuffle.flatten(shuffle.windows(train(), new Random(11)));
		int[] c = BlockShuffle.flatten(shuffle.windows(train(), new Random(12)));
		assertArrayEquals(a, b);
		assertFalse(Arrays.equals(a, c));
	}

	@Test
	void aWindowIsTheUnionOfWholeBlocksAndIsShuffled() {
		int[] train = train();
		int[][] windows = new BlockShuffle(32, 3).windows(train, new Random(3));
		assertEquals((1000 + 32 * 3 - 1) / (32 * 3), windows.length);
		int shuffledWindows = 0;
		for (int[] window : windows) {
			Set<Integer> blocks = new HashSet<>();
			for (int index : window) blocks.add(Arrays.binarySearch(train, index) / 32);
			assertTrue(blocks.size() <= 3, "a window spans " + blocks.size() + " blocks");
			int whole = 0;
			for (int block : blocks) whole += Math.min(32, train.length - block * 32);
			assertEquals(whole, window.length, "every block of a window is there entirely");
			int[] sorted = window.clone();
			Arrays.sort(sorted);
			if (!Arrays.equals(sorted, window)) shuffledWindows++;
		}
		assertEquals(windows.length, shuffledWindows, "the samples of every window are shuffled");
		assertFalse(Arrays.equals(train, BlockShuffle.flatten(windows)), "the blocks are in a random order");
	}

	@Test
	void theBufferSetsTheWindow() {
		// 1 MB: half for the window, 4096-value samples of 16 KB each: a window of 32 samples, one block.
		BlockShuffle small = BlockShuffle.forBuffer(1 << 20, 4096);
		assertEquals(32, small.blockSize());
		assertEquals(1, small.windowBlocks());
		BlockShuffle large = BlockShuffle.forBuffer(64L << 20, 1024);
		assertEquals(BlockShuffle.MAX_BLOCK, large.blockSize());
		assertEquals((32 << 20) / 4096 / BlockShuffle.MAX_BLOCK, large.windowBlocks());
	}
}
