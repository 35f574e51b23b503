package io.github.vaeexplorer.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ij.ImagePlus;
import ij.ImageStack;
import ij.process.ByteProcessor;
import ij.process.ColorProcessor;
import ij.process.FloatProcessor;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** Sample order, non-finite handling, padding, and that the source is left alone. */
class StackConverterTest {

	private final StackConverter converter = new StackConverter();

	@Test
	void hyperstackGivesOneSamplePerZtPlaneWithTOuterAndZInner() {
		final int channels = 2;
		final int slices = 3;
		final int frames = 2;
		final ImageStack stack = new ImageStack(4, 4);
		for (int t = 0; t < frames; t++) {
			for (int z = 0; z < slices; z++) {
				for (int c = 0; c < channels; c++) {
					final byte[] pixels = new byte[16];
					Arrays.fill(pixels, (byte) code(c, z, t));
					stack.addSlice("c" + c + "z" + z + "t" + t, new ByteProcessor(4, 4, pixels));
				}
			}
		}
		final ImagePlus imp = new ImagePlus("hyper", stack);
		imp.setDimensions(channels, slices, frames);
		final Normalisation norm = new Normalisation(new double[] { 0, 0 }, new double[] { 255, 255 });
		final ConversionResult result = converter.convert(imp, 4, norm);

		final SampleSet samples = result.samples();
		assertEquals(6, samples.count());
		assertEquals(2, samples.channels());
		assertEquals(2 * 16, samples.sampleLength());
		for (int i = 0; i < 6; i++) {
			final int t = i / slices;
			final int z = i % slices;
			final float[] sample = samples.sample(i);
			for (int c = 0; c < channels; c++) {
				assertEquals(code(c, z, t), Math.round(sample[c * 16 + 5] * 255), "sample " + i + " channel " + c);
			}
			assertEquals("c0z" + z + "t" + t, result.sampleLabels()[i]);
		}
	}

	private static int code(final int c, final int z, final int t) {
		return 100 * c + 10 * z + t + 1;
	}

	@Test
	void plainStackSampleIIsSliceIPlusOne() {
		final ImagePlus imp = TestImages.bytes("plain", 3, 3, 4, 21);
		final Normalisation norm = new Normalisation(new double[] { 0 }, new double[] { 255 });
		final ConversionResult result = converter.convert(imp, 3, norm);
		for (int i = 0; i < 4; i++) {
			assertEquals("slice" + (i + 1), result.sampleLabels()[i]);
			final byte[] pixels = (byte[]) imp.getStack().getPixels(i + 1);
			assertEquals(pixels[4] & 0xff, Math.round(result.samples().sample(i)[4] * 255));
		}
		assertFalse(result.warning().isPresent());
		assertEquals(0, result.nonFiniteCount());
	}

	@Test
	void nonFiniteValuesAreIgnoredInStatisticsReplacedByBackgroundAndReported() {
		final float[] pixels = new float[64];
		for (int i = 0; i < 64; i++) {
			pixels[i] = 100 + i;
		}
		final float[] finite = pixels.clone();
		pixels[3] = Float.NaN;
		pixels[17] = Float.POSITIVE_INFINITY;
		pixels[40] = Float.NEGATIVE_INFINITY;
		final ImagePlus imp = new ImagePlus("blobs.tif", new FloatProcessor(8, 8, pixels));

		final ConversionResult result = converter.convert(imp, 8);

		final float[] sorted = new float[61];
		int n = 0;
		for (int i = 0; i < 64; i++) {
			if (i != 3 && i != 17 && i != 40) {
				sorted[n++] = finite[i];
			}
		}
		Arrays.sort(sorted);
		final Normalisation norm = result.normalisation();
		assertEquals(PercentileEstimator.percentileOfSorted(sorted, 61, 0.1), norm.low(0), 1e-9);
		assertEquals(PercentileEstimator.percentileOfSorted(sorted, 61, 99.9), norm.high(0), 1e-9);
		final float[] sample = result.samples().sample(0);
		assertEquals(0f, sample[3]);
		assertEquals(0f, sample[17]);
		assertEquals(0f, sample[40]);
		assertTrue(sample[30] > 0.4f && sample[30] < 0.6f);
		assertEquals(3, result.nonFiniteCount());
		assertEquals("blobs.tif: 3 NaN/Inf pixels were ignored in the statistics and replaced by the background value.",
			result.warning().get());
		assertTrue(converter.convert(imp, 8, norm).warning().get().contains("3 NaN/Inf pixels were replaced"));
	}

	@Test
	void nonSquareImageIsPaddedWithBackgroundAndComesBackSmooth() {
		final ImagePlus imp = TestImages.floats("wide", 40, 20, 2,
			(x, y, p) -> 200 + 100 * Math.sin(x / 40.0 * Math.PI) * Math.cos(y / 20.0) + 10 * p);
		final ConversionResult result = converter.convert(imp, 16);
		final SourceGeometry geometry = result.geometry();
		assertEquals(new SourceGeometry(40, 20, 1, 16), geometry);
		assertEquals(4, geometry.offsetY());
		final float[] sample = result.samples().sample(0);
		for (int y = 0; y < 16; y++) {
			for (int x = 0; x < 16; x++) {
				final boolean padding = y < 4 || y >= 12;
				if (padding) {
					assertEquals(0f, sample[y * 16 + x], "padding at " + x + "," + y);
				}
				else {
					assertTrue(sample[y * 16 + x] > 0, "content at " + x + "," + y);
				}
			}
		}

		final ImagePlus output = new OutputImageFactory().create("back", Arrays.asList(sample, result.samples().sample(1)),
			null, result.normalisation(), geometry, null);
		assertEquals(40, output.getWidth());
		assertEquals(20, output.getHeight());
		assertEquals(2, output.getStackSize());
		final double range = result.normalisation().high(0) - result.normalisation().low(0);
		for (int p = 1; p <= 2; p++) {
			final float[] in = (float[]) imp.getStack().getPixels(p);
			final float[] out = (float[]) output.getStack().getPixels(p);
			double sumError = 0;
			for (int i = 0; i < in.length; i++) {
				// Shrinking by 2.5 averages away detail, most at the steep borders of the sine.
				assertEquals(in[i], out[i], 0.1 * range, "plane " + p + " pixel " + i);
				sumError += Math.abs(in[i] - out[i]);
			}
			assertTrue(sumError / in.length < 0.02 * range, "mean error " + sumError / in.length + ", range " + range);
		}
	}

	@Test
	void sourcePixelsAreNeverModified() {
		for (final ImagePlus imp : Arrays.asList(TestImages.bytes("b", 7, 5, 2, 31), TestImages.shorts("s", 7, 5, 2, 32),
			TestImages.floats("f", 7, 5, 2, 33), TestImages.rgb("c", 7, 5, 2, 34)))
		{
			final long before = TestImages.checksum(imp);
			final ConversionResult result = converter.convert(imp, 4);
			converter.convert(imp, 9, result.normalisation());
			converter.convertPlane(imp, 1, 6, result.normalisation());
			assertEquals(before, TestImages.checksum(imp), imp.getTitle());
		}
	}

	@Test
	void convertPlaneMatchesTheSampleOfAWholeConversion() {
		final ImagePlus imp = TestImages.rgb("rgb", 9, 6, 3, 41);
		final ConversionResult result = converter.convert(imp, 5);
		assertEquals(3, result.samples().channels());
		assertArrayEquals(result.samples().sample(2), converter.convertPlane(imp, 2, 5, result.normalisation()));
		assertEquals(3, converter.sampleCount(imp));
		assertEquals(result.geometry(), converter.geometryOf(imp, 5));
	}

	@Test
	void invalidInputsAreRejectedWithClearMessages() {
		assertThrows(IllegalArgumentException.class, () -> converter.convert(null, 8));
		assertThrows(IllegalArgumentException.class, () -> converter.convert(new ImagePlus(), 8));
		final ImagePlus imp = TestImages.bytes("one", 4, 4, 2, 51);
		assertThrows(IllegalArgumentException.class, () -> converter.convert(imp, 0));
		assertThrows(IllegalArgumentException.class, () -> converter.convertPlane(imp, 2, 4,
			new Normalisation(new double[] { 0 }, new double[] { 1 })));

		final Normalisation twoChannels = new Normalisation(new double[] { 0, 0 }, new double[] { 1, 1 });
		final IllegalArgumentException mismatch = assertThrows(IllegalArgumentException.class,
			() -> converter.convert(imp, 4, twoChannels));
		assertTrue(mismatch.getMessage().contains("2 channels") && mismatch.getMessage().contains("1 channel"),
			mismatch.getMessage());

		final ImageStack rgbStack = new ImageStack(2, 2);
		for (int i = 0; i < 4; i++) {
			rgbStack.addSlice(null, new ColorProcessor(2, 2));
		}
		final ImagePlus rgbHyper = new ImagePlus("rgbHyper", rgbStack);
		rgbHyper.setDimensions(2, 2, 1);
		final IllegalArgumentException rgb = assertThrows(IllegalArgumentException.class,
			() -> converter.convert(rgbHyper, 2));
		assertTrue(rgb.getMessage().contains("RGB"), rgb.getMessage());
	}

	@Test
	void labelsMayBeNull() {
		final ImagePlus imp = new ImagePlus("nolabel", new ByteProcessor(2, 2));
		assertArrayEquals(new String[] { null }, converter.convert(imp, 2).sampleLabels());
	}
}
