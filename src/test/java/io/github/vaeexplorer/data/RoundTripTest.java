package io.github.vaeexplorer.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ij.ImagePlus;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Converting a square image and creating the output with the same normalisation gives the source back. */
class RoundTripTest {

	private static final int SIZE = 8;

	private final StackConverter converter = new StackConverter();
	private final OutputImageFactory factory = new OutputImageFactory();

	@Test
	void eightBitRoundTripIsExactAfterRounding() {
		assertIntegerRoundTrip(TestImages.bytes("b.tif", SIZE, SIZE, 3, 1));
	}

	@Test
	void sixteenBitRoundTripIsExactAfterRounding() {
		assertIntegerRoundTrip(TestImages.shorts("s.tif", SIZE, SIZE, 3, 2));
	}

	@Test
	void rgbRoundTripIsExactAfterRoundingPerComponent() {
		final ImagePlus source = TestImages.rgb("rgb.tif", SIZE, SIZE, 2, 3);
		final ImagePlus output = roundTrip(source);
		assertEquals(3, output.getNChannels());
		assertEquals(2, output.getNSlices());
		for (int sample = 0; sample < 2; sample++) {
			final Object pixels = source.getStack().getPixels(sample + 1);
			for (int c = 0; c < 3; c++) {
				final float[] out = (float[]) output.getStack().getPixels(output.getStackIndex(c + 1, sample + 1, 1));
				for (int i = 0; i < out.length; i++) {
					assertEquals(TestImages.sourceValue(pixels, c, i), Math.round(out[i]), "sample " + sample + " c " + c + " i " + i);
				}
			}
		}
	}

	@Test
	void floatRoundTripIsWithinRelativeTolerance() {
		final ImagePlus source = TestImages.floats("f.tif", SIZE, SIZE, 3, 4);
		final Normalisation norm = TestImages.minMax(source);
		final double range = norm.high(0) - norm.low(0);
		final ImagePlus output = roundTrip(source);
		for (int p = 1; p <= 3; p++) {
			final float[] in = (float[]) source.getStack().getPixels(p);
			final float[] out = (float[]) output.getStack().getPixels(p);
			for (int i = 0; i < in.length; i++) {
				// Relative to the larger of value and range: near 0 the float rounding of the [0,1] value dominates.
				assertEquals(in[i], out[i], 1e-5 * Math.max(Math.abs(in[i]), range));
			}
		}
	}

	@Test
	void automaticNormalisationRoundTripsWhenExtremesRepeat() {
		// With min and max each present in >0.1% of the pixels, the percentiles are exactly min and max.
		final ImagePlus source = TestImages.bytes("auto.tif", SIZE, SIZE, 2, 5);
		final byte[] first = (byte[]) source.getStack().getPixels(1);
		Arrays.fill(first, 0, 4, (byte) 0);
		Arrays.fill(first, 4, 8, (byte) 255);
		final ConversionResult result = converter.convert(source, SIZE);
		assertEquals(new Normalisation(new double[] { 0 }, new double[] { 255 }), result.normalisation());
		final ImagePlus output = create(result);
		for (int p = 1; p <= 2; p++) {
			final byte[] in = (byte[]) source.getStack().getPixels(p);
			final float[] out = (float[]) output.getStack().getPixels(p);
			for (int i = 0; i < in.length; i++) {
				assertEquals(in[i] & 0xff, Math.round(out[i]));
			}
		}
	}

	// -- Helpers --

	private void assertIntegerRoundTrip(final ImagePlus source) {
		final ImagePlus output = roundTrip(source);
		assertEquals(source.getStackSize(), output.getStackSize());
		assertEquals(32, output.getBitDepth());
		for (int p = 1; p <= source.getStackSize(); p++) {
			final Object in = source.getStack().getPixels(p);
			final float[] out = (float[]) output.getStack().getPixels(p);
			for (int i = 0; i < out.length; i++) {
				assertEquals(TestImages.sourceValue(in, 0, i), Math.round(out[i]), "plane " + p + " pixel " + i);
			}
		}
	}

	private ImagePlus roundTrip(final ImagePlus source) {
		final ConversionResult result = converter.convert(source, SIZE, TestImages.minMax(source));
		final SampleSet samples = result.samples();
		assertEquals(SIZE, samples.size());
		for (int n = 0; n < samples.count(); n++) {
			for (final float v : samples.sample(n)) {
				assertTrue(v >= 0 && v <= 1, "sample value " + v + " outside [0,1]");
			}
		}
		return create(result);
	}

	private ImagePlus create(final ConversionResult result) {
		final List<float[]> decoded = new ArrayList<>();
		for (int n = 0; n < result.samples().count(); n++) {
			decoded.add(result.samples().sample(n));
		}
		return factory.create("out", decoded, Arrays.asList(result.sampleLabels()), result.normalisation(),
			result.geometry(), null);
	}
}
