package io.github.vaeexplorer.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ij.ImagePlus;
import ij.io.FileSaver;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Samples read from disk while training are the samples the in-memory converters make. */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class StreamingConverterTest {

	@TempDir
	Path dir;

	private final StreamingConverter streamer = new StreamingConverter(1 << 20, 42);

	@Test
	void aFolderStreamsTheSamplesAndTheNormalisationOfTheFolderConverter() throws IOException {
		TestFolders.mixedShapes(dir, 30, 1000);
		ImagePlus three = TestImages.shorts("three", 40, 20, 3, 7);
		assertTrue(new FileSaver(three).saveAsTiffStack(dir.resolve("stack.tif").toString()));
		TestFolders.garbagePng(dir);

		ConversionResult expected = new FolderConverter().convert(dir, 16);
		ConversionResult streamed = streamer.folder(dir, 16, null);

		assertTrue(streamed.samples() instanceof DiskSampleSet);
		assertEquals(expected.normalisation(), streamed.normalisation(), "every plane is used below 1024 planes");
		assertEquals(expected.geometry(), streamed.geometry());
		assertEquals(33, streamed.samples().count());
		assertEquals(33, StreamingConverter.sampleCount(dir));
		for (int i = 0; i < 33; i++) {
			assertArrayEquals(expected.samples().sample(i), streamed.samples().sample(i), 0f, "sample " + i);
		}
		SampleSet reader = ((DiskSampleSet) streamed.samples()).reader();
		assertArrayEquals(expected.samples().sample(31), reader.sample(31), 0f, "a reader of its own reads the same");
		assertTrue(streamed.warning().get().contains("corrupt.png"), streamed.warning().get());
	}

	@Test
	void aLargeTiffIsOpenedVirtuallyAndStreamsItsPlanes() throws IOException {
		ImagePlus stack = TestImages.floats("big", 24, 20, 9, 3);
		Path file = dir.resolve("big.tif");
		assertTrue(new FileSaver(stack).saveAsTiffStack(file.toString()));
		ImagePlus lazy = LazyImages.open(file).image();
		assertTrue(lazy.getStack().isVirtual(), "an uncompressed TIFF is read plane by plane");

		ConversionResult expected = new StackConverter().convert(stack, 16);
		ConversionResult streamed = streamer.image(lazy, 16, null);
		assertEquals(expected.normalisation(), streamed.normalisation());
		assertEquals(expected.geometry(), streamed.geometry());
		for (int i = 0; i < 9; i++) {
			assertArrayEquals(expected.samples().sample(i), streamed.samples().sample(i), 1e-6f, "sample " + i);
		}
		ConversionResult resumed = streamer.image(lazy, 16, new Normalisation(new double[] { 0 }, new double[] { 1 }));
		assertEquals(new Normalisation(new double[] { 0 }, new double[] { 1 }), resumed.normalisation(),
			"a given normalisation is used as it is");
	}

	@Test
	void thePlanesOfTheStatisticsAreASeededSampleWithoutRepeats() {
		int[] a = StreamingConverter.choose(100_000, 1024, new Random(9));
		assertArrayEquals(a, StreamingConverter.choose(100_000, 1024, new Random(9)));
		assertFalse(Arrays.equals(a, StreamingConverter.choose(100_000, 1024, new Random(10))));
		assertEquals(1024, a.length);
		for (int i = 1; i < a.length; i++) assertTrue(a[i] > a[i - 1], "ascending and distinct");
		assertTrue(a[0] >= 0 && a[a.length - 1] < 100_000);
		assertArrayEquals(new int[] { 0, 1, 2 }, StreamingConverter.choose(3, 1024, new Random(9)));
	}
}
