package io.github.vaeexplorer.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** Storage, chunking and bounds of the float-backed sample set. */
class FloatSampleSetTest {

	@Test
	void samplesAreStoredAndCopiedAtOffsets() {
		final FloatSampleSet set = new FloatSampleSet(3, 2, 2);
		assertEquals(8, set.sampleLength());
		set.setSample(1, new float[] { 9, 1, 2, 3, 4, 5, 6, 7, 8 }, 1);
		final float[] dst = new float[10];
		set.copySample(1, dst, 2);
		assertArrayEquals(new float[] { 0, 0, 1, 2, 3, 4, 5, 6, 7, 8 }, dst);
		assertArrayEquals(new float[8], set.sample(0));
		assertEquals(1, set.chunkCount());
	}

	@Test
	void largeSetsAreSplitIntoChunksOfWholeSamples() {
		final FloatSampleSet set = new FloatSampleSet(5, 1, 2, 9);
		assertEquals(3, set.chunkCount());
		for (int n = 0; n < 5; n++) {
			set.setSample(n, new float[] { n, n + 0.25f, n + 0.5f, n + 0.75f }, 0);
		}
		for (int n = 0; n < 5; n++) {
			assertArrayEquals(new float[] { n, n + 0.25f, n + 0.5f, n + 0.75f }, set.sample(n));
		}
	}

	@Test
	void wrapSharesTheArray() {
		final float[] data = new float[12];
		final FloatSampleSet set = FloatSampleSet.wrap(data, 3, 1);
		assertEquals(4, set.count());
		data[5] = 2f;
		assertArrayEquals(new float[] { 0, 0, 2 }, set.sample(1));
		assertThrows(IllegalArgumentException.class, () -> FloatSampleSet.wrap(new float[13], 3, 1));
	}

	@Test
	void outOfRangeIndicesAreRejected() {
		final FloatSampleSet set = new FloatSampleSet(2, 1, 1);
		assertThrows(IndexOutOfBoundsException.class, () -> set.sample(2));
		assertThrows(IndexOutOfBoundsException.class, () -> set.sample(-1));
		assertEquals(0, new FloatSampleSet(0, 1, 1).count());
	}
}
