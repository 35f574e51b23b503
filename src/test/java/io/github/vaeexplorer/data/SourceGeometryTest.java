package io.github.vaeexplorer.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Padding, centring and the two resampling directions. */
class SourceGeometryTest {

	@Test
	void squareOfTrainingSizeIsCopiedBitForBit() {
		final SourceGeometry geometry = new SourceGeometry(6, 6, 1, 6);
		final Random random = new Random(11);
		final float[] plane = new float[36];
		for (int i = 0; i < plane.length; i++) {
			plane[i] = Float.intBitsToFloat(random.nextInt()) ;
			if (!Float.isFinite(plane[i])) {
				plane[i] = Float.MIN_VALUE * i;
			}
		}
		final float[] square = geometry.toSquare(plane, 0f);
		assertBitsEqual(plane, square);
		assertBitsEqual(plane, geometry.fromSquare(square));
	}

	@Test
	void wideImageIsCentredVerticallyWithBackgroundPadding() {
		final SourceGeometry geometry = new SourceGeometry(40, 20, 1, 16);
		assertEquals(16, geometry.contentWidth());
		assertEquals(8, geometry.contentHeight());
		assertEquals(0, geometry.offsetX());
		assertEquals(4, geometry.offsetY());
		final float[] plane = new float[40 * 20];
		Arrays.fill(plane, 0.75f);
		final float[] square = geometry.toSquare(plane, -1f);
		for (int y = 0; y < 16; y++) {
			for (int x = 0; x < 16; x++) {
				final float expected = y >= 4 && y < 12 ? 0.75f : -1f;
				assertEquals(expected, square[y * 16 + x], 1e-6, "at " + x + "," + y);
			}
		}
		final float[] back = geometry.fromSquare(square);
		assertEquals(800, back.length);
		for (final float v : back) {
			assertEquals(0.75f, v, 1e-6);
		}
	}

	@Test
	void tallImageIsCentredHorizontally() {
		final SourceGeometry geometry = new SourceGeometry(3, 9, 1, 12);
		assertEquals(4, geometry.contentWidth());
		assertEquals(12, geometry.contentHeight());
		assertEquals(4, geometry.offsetX());
		assertEquals(0, geometry.offsetY());
	}

	@Test
	void shrinkingAveragesAreas() {
		// 4 -> 2 along x halves pairs; 2 -> 2 along y keeps rows.
		final SourceGeometry geometry = new SourceGeometry(4, 2, 1, 2);
		final float[] square = geometry.toSquare(new float[] { 1, 3, 5, 7, 2, 4, 6, 8 }, 0f);
		// Content is 2x1, centred in a 2x2 square: row 0 content, row 1 padding.
		assertArrayEquals(new float[] { 2.5f, 6.5f, 0, 0 }, square, 1e-6f);
	}

	@Test
	void enlargingIsBilinearWithPixelCentres() {
		final SourceGeometry geometry = new SourceGeometry(2, 2, 1, 4);
		final float[] square = geometry.toSquare(new float[] { 0, 4, 0, 4 }, 0f);
		// src x = (dst + 0.5) / 2 - 0.5 = -0.25, 0.25, 0.75, 1.25, clamped to [0, 1].
		assertArrayEquals(new float[] { 0, 1, 3, 4 }, Arrays.copyOfRange(square, 0, 4), 1e-6f);
	}

	@Test
	void smoothNonSquareImageSurvivesTheRoundTrip() {
		assertSmoothRoundTrip(new SourceGeometry(40, 20, 1, 16), 0.02);
		// Bilinear up then area down blurs a 5-pixel-wide half sine by about one source pixel.
		assertSmoothRoundTrip(new SourceGeometry(5, 3, 1, 16), 0.03);
	}

	@Test
	void wrongLengthsAreRejected() {
		final SourceGeometry geometry = new SourceGeometry(4, 3, 1, 8);
		assertThrows(IllegalArgumentException.class, () -> geometry.toSquare(new float[11], 0f));
		assertThrows(IllegalArgumentException.class, () -> geometry.fromSquare(new float[63]));
		assertThrows(IllegalArgumentException.class, () -> new SourceGeometry(0, 3, 1, 8));
	}

	@Test
	void multiChannelSampleIsReadAtOffsets() {
		final SourceGeometry geometry = new SourceGeometry(3, 3, 2, 3);
		final float[] sample = new float[18];
		for (int i = 0; i < 18; i++) {
			sample[i] = i;
		}
		assertArrayEquals(Arrays.copyOfRange(sample, 9, 18), geometry.fromSquare(sample, 9));
		assertEquals(18, geometry.sampleLength());
	}

	private static void assertSmoothRoundTrip(final SourceGeometry geometry, final double tolerance) {
		final int w = geometry.width();
		final int h = geometry.height();
		final float[] plane = new float[w * h];
		for (int y = 0; y < h; y++) {
			for (int x = 0; x < w; x++) {
				plane[y * w + x] = (float) (0.5 + 0.3 * Math.sin(x / (double) w * Math.PI) * Math.cos(y / (double) h));
			}
		}
		final float[] back = geometry.fromSquare(geometry.toSquare(plane, 0f));
		double worst = 0;
		for (int i = 0; i < plane.length; i++) {
			worst = Math.max(worst, Math.abs(back[i] - plane[i]));
		}
		assertTrue(worst < tolerance, geometry + ": worst error " + worst);
	}

	private static void assertBitsEqual(final float[] expected, final float[] actual) {
		assertEquals(expected.length, actual.length);
		for (int i = 0; i < expected.length; i++) {
			assertEquals(Float.floatToRawIntBits(expected[i]), Float.floatToRawIntBits(actual[i]), "index " + i);
		}
	}
}
