package io.github.vaeexplorer.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ij.ImagePlus;
import ij.ImageStack;
import ij.io.FileSaver;
import ij.io.Opener;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Large TIFFs open without their pixels, and every plane read from disk is the plane that was saved. */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class LazyImagesTest {

	@TempDir
	Path dir;

	private ImagePlus savedAndReopened(ImagePlus image) {
		Path file = dir.resolve(image.getTitle() + ".tif");
		assertTrue(new FileSaver(image).saveAsTiffStack(file.toString()));
		return LazyImages.open(file).image();
	}

	private static void assertSamePlanes(ImagePlus expected, ImagePlus actual) {
		assertEquals(expected.getStackSize(), actual.getStackSize());
		assertEquals(expected.getBitDepth(), actual.getBitDepth());
		ImageStack a = expected.getStack(), b = actual.getStack();
		for (int n = 1; n <= a.getSize(); n++) {
			float[] x = (float[]) a.getProcessor(n).convertToFloat().getPixels();
			float[] y = (float[]) b.getProcessor(n).convertToFloat().getPixels();
			assertArrayEquals(x, y, 0f, "plane " + n);
		}
	}

	@Test
	void anImageJStackOfEveryPixelTypeIsReadPlaneByPlaneFromOneDirectory() {
		for (ImagePlus image : new ImagePlus[] { TestImages.bytes("b", 13, 7, 4, 1), TestImages.shorts("s", 13, 7, 5,
			2), TestImages.floats("f", 13, 7, 3, 3), TestImages.rgb("c", 13, 7, 3, 4) })
		{
			ImagePlus lazy = savedAndReopened(image);
			assertTrue(lazy.getStack() instanceof ContiguousTiffStack, image.getTitle() + ": " + lazy.getStack()
				.getClass());
			assertTrue(lazy.getStack().isVirtual());
			assertSamePlanes(image, lazy);
		}
	}

	@Test
	void aHyperstackKeepsItsChannelsSlicesAndFrames() {
		ImagePlus image = TestImages.shorts("hyper", 9, 8, 12, 5);
		image.setDimensions(2, 3, 2);
		ImagePlus lazy = savedAndReopened(image);
		assertTrue(lazy.getStack() instanceof ContiguousTiffStack);
		assertEquals(2, lazy.getNChannels());
		assertEquals(3, lazy.getNSlices());
		assertEquals(2, lazy.getNFrames());
		assertSamePlanes(image, lazy);
	}

	@Test
	void aTruncatedStackFallsBackToImageJsOwnVirtualStack() throws IOException {
		ImagePlus image = TestImages.shorts("cut", 16, 16, 6, 6);
		Path file = dir.resolve("cut.tif");
		assertTrue(new FileSaver(image).saveAsTiffStack(file.toString()));
		long pixelsStart = Opener.getTiffFileInfo(file.toString())[0].getOffset();
		try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
			raf.setLength(pixelsStart + 5 * 16 * 16 * 2 + 100);
		}
		ImagePlus lazy = LazyImages.open(file).image();
		assertFalse(lazy.getStack() instanceof ContiguousTiffStack, "the last plane is not all there");
	}
}
