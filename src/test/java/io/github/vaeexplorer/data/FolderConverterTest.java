package io.github.vaeexplorer.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ij.ImagePlus;
import ij.io.FileSaver;
import ij.process.ColorProcessor;

import java.io.IOException;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A folder of image files as one set of samples: shared normalisation, mixed sizes, skipped files. */
class FolderConverterTest {

	@TempDir
	Path dir;

	private final FolderConverter converter = new FolderConverter();

	@Test
	void aFolderOfTheSlicesOfAStackConvertsLikeTheStack() throws IOException {
		ImagePlus stack = TestImages.shorts("stack", 20, 12, 6, 3);
		for (int s = 1; s <= stack.getStackSize(); s++) {
			ImagePlus slice = new ImagePlus("s", stack.getStack().getProcessor(s));
			assertTrue(new FileSaver(slice).saveAsTiff(dir.resolve("slice" + s + ".tif").toString()));
		}
		ConversionResult expected = new StackConverter().convert(stack, 16);
		ConversionResult folder = converter.convert(dir, 16);

		assertEquals(expected.normalisation(), folder.normalisation(), "pooled percentiles = the stack's percentiles");
		assertEquals(expected.geometry(), folder.geometry());
		assertEquals(6, folder.samples().count());
		for (int i = 0; i < 6; i++) assertArrayEquals(expected.samples().sample(i), folder.samples().sample(i), 0f);
		assertEquals("slice3.tif", folder.sampleLabels()[2]);
		assertFalse(folder.warning().isPresent());
	}

	@Test
	void mixedSizesAndStacksBecomeSamplesAndBrokenFilesAreNamedOnce() throws IOException {
		TestFolders.mixedShapes(dir, 200, 1000);
		ImagePlus three = TestImages.bytes("three", 40, 20, 3, 7);
		assertTrue(new FileSaver(three).saveAsTiffStack(dir.resolve("stack.tif").toString()));
		TestFolders.garbagePng(dir);
		TestFolders.truncatedTiff(dir);

		ConversionResult result = converter.convert(dir, 16);
		assertEquals(203, result.samples().count(), "200 single images and a 3-slice stack");
		assertEquals(16, result.samples().size());
		assertEquals(1, result.samples().channels());
		assertEquals(new SourceGeometry(32, 32, 1, 16), result.geometry(), "the most common size: 32 x 32");
		// By name: broken.tif (skipped), cell000..cell199, corrupt.png (skipped), stack.tif.
		assertEquals("cell199.tif", result.sampleLabels()[199]);
		assertEquals("stack.tif:2", result.sampleLabels()[201]);
		String warning = result.warning().orElse("");
		assertTrue(warning.startsWith(dir.getFileName() + ": skipped 2 of 203 files: broken.tif (not a readable TIFF " +
			"image), corrupt.png (not a readable PNG image)."), warning);
		for (int i = 0; i < result.samples().count(); i++) {
			for (float v : result.samples().sample(i)) assertTrue(v >= 0 && v <= 1, "sample " + i + ": " + v);
		}
	}

	@Test
	void aFileWithOtherChannelsIsSkippedWithTheReason() throws IOException {
		TestFolders.mixedShapes(dir, 3, 1);
		ColorProcessor red = new ColorProcessor(8, 8);
		red.setColor(java.awt.Color.RED);
		red.fill();
		assertTrue(new FileSaver(new ImagePlus("rgb", red)).saveAsPng(dir.resolve("zz-rgb.png").toString()));
		ConversionResult result = converter.convert(dir, 16);
		assertEquals(3, result.samples().count());
		assertTrue(result.warning().orElse("").contains("zz-rgb.png (3 channel(s) where the first image has 1)"),
			result.warning().orElse(""));
	}

	@Test
	void aStoredNormalisationIsUsedAsItIs() throws IOException {
		TestFolders.mixedShapes(dir, 4, 1);
		Normalisation fixed = new Normalisation(new double[] { 0 }, new double[] { 510 });
		ConversionResult result = converter.convert(dir, 16, fixed);
		assertEquals(fixed, result.normalisation());
		float max = 0;
		for (int i = 0; i < 4; i++) for (float v : result.samples().sample(i)) max = Math.max(max, v);
		assertTrue(max > 0.3f && max <= 0.5f, "255 maps to 0.5 under [0, 510]: " + max);
	}

	@Test
	void aFolderWithoutReadableImagesIsRefusedWithItsName() throws IOException {
		IllegalArgumentException empty = assertThrows(IllegalArgumentException.class, () -> converter.convert(dir, 16));
		assertEquals("the folder " + dir + " holds no readable TIFF, PNG or JPEG image", empty.getMessage());
		TestFolders.garbagePng(dir);
		IllegalArgumentException broken = assertThrows(IllegalArgumentException.class, () -> converter.convert(dir,
			16));
		assertTrue(broken.getMessage().endsWith("(corrupt.png (not a readable PNG image))"), broken.getMessage());
		assertThrows(IllegalArgumentException.class, () -> converter.convert(dir.resolve("corrupt.png"), 16));
	}

	@Test
	void pooledRangeIsExactUpToItsCapacityThenEveryKthValue() {
		PooledRange exact = new PooledRange(1000);
		for (int v = 0; v <= 1000; v++) exact.add(v == 500 ? Double.NaN : v);
		assertTrue(exact.exact(), "1000 finite values fit; NaN is not counted");
		PooledRange small = new PooledRange(8);
		for (int v = 0; v < 8; v++) small.add(v);
		assertTrue(small.exact());
		assertArrayEquals(new double[] { PercentileEstimator.percentileOfSorted(new float[] { 0, 1, 2, 3, 4, 5, 6, 7 },
			8, 0.1), PercentileEstimator.percentileOfSorted(new float[] { 0, 1, 2, 3, 4, 5, 6, 7 }, 8, 99.9) }, small
				.range(), 0);
		for (int v = 8; v < 20; v++) small.add(v);
		// 20 values, capacity 8: every 4th is kept, i.e. 0, 4, 8, 12, 16.
		assertFalse(small.exact());
		float[] kept = { 0, 4, 8, 12, 16 };
		assertEquals(PercentileEstimator.percentileOfSorted(kept, 5, 99.9), small.range()[1], 1e-9);
		assertArrayEquals(new double[] { 0, 1 }, new PooledRange(4).range(), 0);
	}
}
