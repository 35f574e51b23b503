package io.github.vaeexplorer.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ij.ImagePlus;
import ij.ImageStack;
import ij.process.ByteProcessor;

import java.util.Random;

import org.junit.jupiter.api.Test;

/**
 * 8-bit stacks at their own size are stored as codes, and read back exactly as the float path would give them.
 */
class LookupSampleSetTest {

	private static ImagePlus randomBytes(int w, int h, int n, long seed) {
		Random random = new Random(seed);
		ImageStack stack = new ImageStack(w, h);
		for (int i = 0; i < n; i++) {
			byte[] b = new byte[w * h];
			random.nextBytes(b);
			stack.addSlice(new ByteProcessor(w, h, b));
		}
		return new ImagePlus("bytes", stack);
	}

	@Test
	void codesGiveTheSameValuesAsNormalisingEachPixel() {
		ImagePlus imp = randomBytes(16, 16, 5, 1);
		ConversionResult result = new StackConverter().convert(imp, 16);
		assertTrue(result.samples() instanceof LookupSampleSet);
		Normalisation norm = result.normalisation();
		for (int s = 0; s < 5; s++) {
			byte[] pixels = (byte[]) imp.getStack().getPixels(s + 1);
			float[] expected = new float[256];
			for (int i = 0; i < 256; i++) expected[i] = norm.normalise(0, pixels[i] & 0xFF);
			assertArrayEquals(expected, result.samples().sample(s), 0f);
		}
	}

	@Test
	void eightBitPlanesAreReadInPlaceNotCopied() {
		ImagePlus imp = randomBytes(16, 16, 4, 3);
		LookupSampleSet set = (LookupSampleSet) new StackConverter().convert(imp, 16).samples();
		for (int s = 0; s < 4; s++) assertSame(imp.getStack().getPixels(s + 1), set.plane(s, 0));
	}

	@Test
	void eachChannelOfAnEightBitHyperstackIsItsOwnPlane() {
		ImagePlus imp = randomBytes(8, 8, 6, 4);
		imp.setDimensions(2, 3, 1);
		imp.setOpenAsHyperStack(true);
		LookupSampleSet set = (LookupSampleSet) new StackConverter().convert(imp, 8).samples();
		assertEquals(3, set.count());
		assertEquals(2, set.channels());
		for (int z = 0; z < 3; z++) {
			for (int c = 0; c < 2; c++) assertSame(imp.getStack().getPixels(imp.getStackIndex(c + 1, z + 1, 1)), set
				.plane(z, c));
		}
	}

	@Test
	void theMemoryBudgetIsToldWhatConversionAddsToTheImage() {
		StackConverter converter = new StackConverter();
		assertEquals(0, converter.addedBytesPerValue(randomBytes(16, 16, 2, 5), 16), "8-bit, read in place");
		assertEquals(4, converter.addedBytesPerValue(randomBytes(20, 16, 2, 5), 16), "8-bit, resampled");
		ImagePlus rgb = randomBytes(16, 16, 1, 5);
		rgb.setProcessor(rgb.getProcessor().convertToRGB());
		assertEquals(1, converter.addedBytesPerValue(rgb, 16), "RGB codes");
		ImagePlus shorts = randomBytes(16, 16, 1, 5);
		shorts.setProcessor(shorts.getProcessor().convertToShort(false));
		assertEquals(4, converter.addedBytesPerValue(shorts, 16), "16-bit");
	}

	@Test
	void resampledStacksStillUseFloats() {
		assertTrue(new StackConverter().convert(randomBytes(20, 16, 2, 2), 16).samples() instanceof FloatSampleSet);
	}

	@Test
	void everyChannelReadsItsOwnTable() {
		float[] half = new float[256], minus = new float[256];
		for (int v = 0; v < 256; v++) {
			half[v] = v / 2f;
			minus[v] = -v;
		}
		LookupSampleSet set = new LookupSampleSet(3, 2, 2, new float[][] { half, minus });
		set.setCodes(2, new byte[] { 0, 1, 2, (byte) 255, 4, 5, 6, (byte) 200 });
		assertArrayEquals(new float[] { 0, 0.5f, 1, 127.5f, -4, -5, -6, -200 }, set.sample(2), 0f);
		assertEquals(0f, set.sample(0)[0]);
		org.junit.jupiter.api.Assertions.assertThrows(IndexOutOfBoundsException.class, () -> set.sample(3));
	}
}
