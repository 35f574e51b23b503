package io.github.vaeexplorer.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ij.CompositeImage;
import ij.IJ;
import ij.ImagePlus;
import ij.measure.Calibration;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Shape, calibration, labels and display of the output image. */
class OutputImageFactoryTest {

	private final OutputImageFactory factory = new OutputImageFactory();

	@Test
	void multiChannelOutputIsACompositeHyperstackWithLabelsAndCalibration() {
		final SourceGeometry geometry = new SourceGeometry(3, 2, 2, 3);
		final Normalisation norm = new Normalisation(new double[] { 0, 10 }, new double[] { 100, 20 });
		final List<float[]> samples = Arrays.asList(filled(18, 0.5f), filled(18, 1f), filled(18, 0f));
		final Calibration cal = new Calibration();
		cal.pixelWidth = 0.5;
		cal.pixelHeight = 0.25;
		cal.setUnit("mm");

		final ImagePlus imp = factory.create("decoded", samples, Arrays.asList("a", null, "c"), norm, geometry, cal);

		assertTrue(imp instanceof CompositeImage);
		assertEquals(IJ.COMPOSITE, ((CompositeImage) imp).getMode());
		assertEquals(2, imp.getNChannels());
		assertEquals(3, imp.getNSlices());
		assertEquals(1, imp.getNFrames());
		assertEquals(32, imp.getBitDepth());
		assertEquals(3, imp.getWidth());
		assertEquals(2, imp.getHeight());
		assertEquals("decoded", imp.getTitle());

		assertNotSame(cal, imp.getCalibration());
		assertEquals(0.5, imp.getCalibration().pixelWidth);
		assertEquals(0.25, imp.getCalibration().pixelHeight);
		assertEquals("mm", imp.getCalibration().getUnit());

		for (int c = 1; c <= 2; c++) {
			assertEquals("a", imp.getStack().getSliceLabel(imp.getStackIndex(c, 1, 1)));
			assertNull(imp.getStack().getSliceLabel(imp.getStackIndex(c, 2, 1)));
			assertEquals("c", imp.getStack().getSliceLabel(imp.getStackIndex(c, 3, 1)));
		}
		assertEquals(50f, pixel(imp, 1, 1), 1e-5);
		assertEquals(15f, pixel(imp, 2, 1), 1e-5);
		assertEquals(100f, pixel(imp, 1, 2), 1e-5);
		assertEquals(10f, pixel(imp, 2, 3), 1e-5);

		final CompositeImage composite = (CompositeImage) imp;
		assertEquals(10, composite.getChannelLut(2).min, 1e-9);
		assertEquals(20, composite.getChannelLut(2).max, 1e-9);
	}

	@Test
	void singleChannelOutputIsAPlainStack() {
		final SourceGeometry geometry = new SourceGeometry(2, 2, 1, 2);
		final Normalisation norm = new Normalisation(new double[] { -1 }, new double[] { 1 });
		final ImagePlus imp = factory.create("one", Arrays.asList(filled(4, 0.25f), filled(4, 0.75f)),
			Arrays.asList("x", "y"), norm, geometry, null);
		assertTrue(!(imp instanceof CompositeImage));
		assertEquals(1, imp.getNChannels());
		assertEquals(2, imp.getStackSize());
		assertEquals("y", imp.getStack().getSliceLabel(2));
		assertEquals(0.5f, ((float[]) imp.getStack().getPixels(2))[3], 1e-6);
		assertEquals(-1, imp.getDisplayRangeMin(), 1e-9);
		assertEquals(1, imp.getDisplayRangeMax(), 1e-9);
	}

	@Test
	void mismatchedArgumentsAreRejected() {
		final SourceGeometry geometry = new SourceGeometry(2, 2, 1, 2);
		final Normalisation norm = new Normalisation(new double[] { 0 }, new double[] { 1 });
		assertThrows(IllegalArgumentException.class,
			() -> factory.create("t", Collections.emptyList(), null, norm, geometry, null));
		assertThrows(IllegalArgumentException.class,
			() -> factory.create("t", Collections.singletonList(new float[3]), null, norm, geometry, null));
		assertThrows(IllegalArgumentException.class,
			() -> factory.create("t", Collections.singletonList(new float[4]), Arrays.asList("a", "b"), norm, geometry, null));
		assertThrows(IllegalArgumentException.class, () -> factory.create("t", Collections.singletonList(new float[8]),
			null, new Normalisation(new double[] { 0, 0 }, new double[] { 1, 1 }), geometry, null));
	}

	private static float pixel(final ImagePlus imp, final int channel, final int slice) {
		return ((float[]) imp.getStack().getPixels(imp.getStackIndex(channel, slice, 1)))[0];
	}

	private static float[] filled(final int length, final float value) {
		final float[] values = new float[length];
		Arrays.fill(values, value);
		return values;
	}
}
