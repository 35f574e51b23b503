package io.github.vaeexplorer.cells;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Objects measured and cropped from tiny hand-made label images: exact boxes, areas, centroids and pixels; the three
 * masks; two channels; rotation of an elongated ellipse to horizontal; the border rule and auto size.
 */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class CellCropperTest {

	private static final int W = 12, H = 10;

	/** Label 1: the 3x2 box x 2..4, y 3..4. Label 2: an L of 4 pixels at (8,5),(8,6),(8,7),(9,7). Label 3 on the edge. */
	private static LabelImage labels() {
		int[] ids = new int[W * H];
		for (int y = 3; y <= 4; y++) for (int x = 2; x <= 4; x++) ids[y * W + x] = 1;
		ids[5 * W + 8] = ids[6 * W + 8] = ids[7 * W + 8] = ids[7 * W + 9] = 2;
		ids[0 * W + 6] = ids[1 * W + 6] = 3;
		return new LabelImage(W, H, ids);
	}

	/** Channel 0: x + 100 y; channel 1: 1000 - x. */
	private static Field field() {
		float[] a = new float[W * H], b = new float[W * H];
		for (int y = 0; y < H; y++) for (int x = 0; x < W; x++) {
			a[y * W + x] = x + 100 * y;
			b[y * W + x] = 1000 - x;
		}
		return new Field(W, H, new float[][] { a, b });
	}

	private static CellObject object(int label) {
		return ObjectMeasurer.measure(labels()).stream().filter(o -> o.label() == label).findFirst().get();
	}

	@Test
	void measuresBoxesAreasAndCentroidsExactly() {
		List<CellObject> objects = ObjectMeasurer.measure(labels());
		assertEquals(3, objects.size());
		CellObject box = objects.get(0), l = objects.get(1);
		assertEquals(1, box.label());
		assertEquals(6, box.area());
		assertEquals(2, box.minX());
		assertEquals(3, box.minY());
		assertEquals(3, box.boxWidth());
		assertEquals(2, box.boxHeight());
		assertEquals(3.0, box.x(), 1e-12);
		assertEquals(3.5, box.y(), 1e-12);
		assertEquals(0, box.angleDegrees(), 1e-9, "wider than high: the axis is x");
		assertEquals(4, l.area());
		assertEquals(8.25, l.x(), 1e-12);
		assertEquals(6.25, l.y(), 1e-12);
		assertEquals(2, l.boxWidth());
		assertEquals(3, l.boxHeight());
		assertTrue(objects.get(2).touchesBorder(W, H));
		assertTrue(!box.touchesBorder(W, H) && !l.touchesBorder(W, H));
	}

	@Test
	void sparseLargeIdsAreMeasuredInIdOrder() {
		List<CellObject> objects = ObjectMeasurer.measure(LabelImage.fromValues("sparse", 4, 3, new float[] { 0,
			16_000_000, 16_000_000, 0, 0, 0, 0, 0, 0, 5, 0, 0 }));
		assertEquals(2, objects.size());
		assertEquals(5, objects.get(0).label());
		assertEquals(16_000_000, objects.get(1).label());
		assertEquals(1.5, objects.get(1).x(), 0);
		assertEquals(2, objects.get(1).area());
		assertEquals("bad is not a label image: pixel (1,0) is 0.5 (labels are whole numbers from 0, background, to " +
			"16777216)", assertThrows(IllegalArgumentException.class, () -> LabelImage.fromValues("bad", 2, 1,
				new float[] { 0, 0.5f })).getMessage());
	}

	@Test
	void anUnmaskedCropCopiesTheFieldAroundTheNearestPixelToTheCentroid() {
		CellCropper.Crop crop = cropper(5, "none", "none").crop(field(), labels(), object(1));
		// centroid (3, 3.5) -> pixel (3, 4) at crop (2, 2): the crop covers x 1..5, y 2..6.
		float[] a = crop.planes()[0], b = crop.planes()[1];
		for (int v = 0; v < 5; v++) for (int u = 0; u < 5; u++) {
			assertEquals((1 + u) + 100 * (2 + v), a[v * 5 + u], 0, "channel 1 at " + u + "," + v);
			assertEquals(1000 - (1 + u), b[v * 5 + u], 0, "channel 2 at " + u + "," + v);
		}
		assertArrayEquals(new double[] { 3 + 350, 997 }, crop.means(), 1e-9);
	}

	@Test
	void zeroMaskKeepsOnlyTheObjectsPixels() {
		float[] a = cropper(5, "zero", "none").crop(field(), labels(), object(1)).planes()[0];
		for (int v = 0; v < 5; v++) for (int u = 0; u < 5; u++) {
			int x = 1 + u, y = 2 + v;
			boolean inside = x >= 2 && x <= 4 && y >= 3 && y <= 4;
			assertEquals(inside ? x + 100 * y : 0, a[v * 5 + u], 0, u + "," + v);
		}
	}

	@Test
	void backgroundMaskFillsWithTheMedianOfTheCropsBackground() {
		// Crop of the L (centroid 8.25, 6.25 -> pixel 8,6) with size 4: x 6..9, y 4..7; the L's pixels are not
		// background, so the median is over the 12 other values of channel 2 (1000 - x).
		float[] b = cropper(4, "background", "none").crop(field(), labels(), object(2)).planes()[1];
		List<Float> background = new ArrayList<>();
		for (int y = 4; y <= 7; y++) for (int x = 6; x <= 9; x++) {
			if (labels().id(x, y) == 0) background.add(1000f - x);
		}
		Collections.sort(background);
		float median = (background.get(5) + background.get(6)) / 2;
		for (int v = 0; v < 4; v++) for (int u = 0; u < 4; u++) {
			int x = 6 + u, y = 4 + v;
			assertEquals(labels().id(x, y) == 2 ? 1000 - x : median, b[v * 4 + u], 0, u + "," + v);
		}
	}

	@Test
	void cropPixelsBeyondTheFieldAreZero() {
		float[] a = cropper(10, "none", "none").crop(field(), labels(), object(1)).planes()[0];
		// x0 = 3 - 5 = -2, y0 = 4 - 5 = -1: crop (0,0) is field (-2,-1), outside.
		assertEquals(0, a[0], 0);
		assertEquals(0 + 100 * 0, a[1 * 10 + 2], 0);
		assertEquals(5 + 100 * 3, a[4 * 10 + 7], 0);
	}

	@Test
	void principalAlignmentTurnsAnElongatedEllipseHorizontal() {
		int size = 64;
		for (double degrees : new double[] { 30, 75, 120, 160 }) {
			double t = -Math.toRadians(degrees); // counter-clockwise on screen, where y points down
			int[] ids = new int[size * size];
			float[] ones = new float[size * size];
			for (int y = 0; y < size; y++) for (int x = 0; x < size; x++) {
				double dx = x - 31.3, dy = y - 32.6;
				double along = dx * Math.cos(t) + dy * Math.sin(t), across = -dx * Math.sin(t) + dy * Math.cos(t);
				if (along * along / 400 + across * across / 25 <= 1) {
					ids[y * size + x] = 7;
					ones[y * size + x] = 1;
				}
			}
			LabelImage labels = new LabelImage(size, size, ids);
			CellObject ellipse = ObjectMeasurer.measure(labels).get(0);
			assertEquals(degrees, ellipse.angleDegrees(), 1, "measured angle");
			assertEquals(40, ellipse.majorLength(), 1, "major axis of a 20 x 5 ellipse");
			float[] crop = cropper(48, "zero", "principal").crop(new Field(size, size, new float[][] { ones }), labels,
				ellipse).planes()[0];
			double angle = principalDegrees(crop, 48);
			assertTrue(Math.min(angle, 180 - angle) < 1, "aligned crop of the " + degrees + "° ellipse lies at " +
				angle + "°");
		}
	}

	@Test
	void normalisedScaleGivesObjectsOfDifferentSizesTheSameExtent() {
		int size = 40;
		int[] ids = new int[size * size];
		for (int y = 0; y < size; y++) for (int x = 0; x < size; x++) {
			if (Math.hypot(x - 10, y - 10) <= 3) ids[y * size + x] = 1;
			if (Math.hypot(x - 27, y - 27) <= 9) ids[y * size + x] = 2;
		}
		LabelImage labels = new LabelImage(size, size, ids);
		float[] ones = new float[size * size];
		for (int i = 0; i < ids.length; i++) ones[i] = ids[i] > 0 ? 1 : 0;
		Field field = new Field(size, size, new float[][] { ones });
		CellCropper cropper = cropper(20, "zero", "none", "normalise");
		for (CellObject o : ObjectMeasurer.measure(labels)) {
			double painted = sum(cropper.crop(field, labels, o).planes()[0]);
			// The extent (bounding box side) becomes size / 1.25 = 16 pixels, so the area scales by (16 / extent)^2.
			double expected = o.area() * Math.pow(16.0 / o.boxWidth(), 2);
			assertEquals(expected, painted, 0.1 * expected, "object " + o.label() + " of extent " + o.boxWidth());
		}
	}

	@Test
	void runSkipsAndCountsBorderObjects() {
		List<CropRecord> records = new ArrayList<>();
		CropRun.Result result = new CropRun(CropSettings.of("4", "none", "none", "none")).run(Collections
			.singletonList(source()), (r, planes) -> records.add(r));
		assertEquals(1, result.borderSkipped());
		assertEquals(2, records.size());
		assertEquals(1, records.get(0).object().label());
		assertEquals(2, records.get(1).slice());
		assertTrue(result.note(false).contains("Cropped 2 object(s) from 1 field(s) at 4x4 pixels; skipped 1 touching " +
			"the border."), result.note(false));
	}

	@Test
	void autoSizeIsAMarginOverThe95thPercentileRoundedUpToFour() {
		double[] extents = new double[100];
		for (int i = 0; i < 100; i++) extents[i] = i + 1; // 95th percentile (nearest rank) = 95
		assertEquals(120, AutoSize.of(extents)); // 95 * 1.25 = 118.75 -> 120
		assertEquals(8, AutoSize.of(new double[] { 6 })); // 7.5 -> 8
		assertThrows(IllegalArgumentException.class, () -> AutoSize.of(new double[0]));
		CropRun.Result result = new CropRun(CropSettings.of("auto", "none", "none", "none")).run(Collections
			.singletonList(source()), (r, planes) -> {});
		assertEquals(4, result.size()); // extents 3 and 3 -> 3.75 -> 4
	}

	@Test
	void settingsRejectBadWordsNamingTheKey() {
		assertEquals("mask must be one of none, zero, background (got 'blur')", assertThrows(
			IllegalArgumentException.class, () -> CropSettings.of("auto", "blur", "none", "none")).getMessage());
		assertEquals("size must be auto or a whole number of at least 4 (got '2')", assertThrows(
			IllegalArgumentException.class, () -> CropSettings.of("2", "none", "none", "none")).getMessage());
	}

	private static FieldSource source() {
		return new FieldSource() {

			@Override
			public String name() { return "hand.tif"; }

			@Override
			public String condition() { return ""; }

			@Override
			public LabelImage labels() { return CellCropperTest.labels(); }

			@Override
			public Field field() { return CellCropperTest.field(); }
		};
	}

	private static CellCropper cropper(int size, String mask, String align) {
		return cropper(size, mask, align, "none");
	}

	private static CellCropper cropper(int size, String mask, String align, String scale) {
		return new CellCropper(CropSettings.of("" + size, mask, align, scale));
	}

	private static double sum(float[] values) {
		double s = 0;
		for (float v : values) s += v;
		return s;
	}

	/** The principal axis of a crop's values as weights, degrees in [0, 180). */
	private static double principalDegrees(float[] crop, int size) {
		double n = 0, sx = 0, sy = 0, sxx = 0, syy = 0, sxy = 0;
		for (int y = 0; y < size; y++) for (int x = 0; x < size; x++) {
			double w = crop[y * size + x];
			n += w;
			sx += w * x;
			sy += w * y;
			sxx += w * x * x;
			syy += w * y * y;
			sxy += w * x * y;
		}
		double mx = sx / n, my = sy / n;
		double a = -Math.toDegrees(0.5 * Math.atan2(2 * (sxy / n - mx * my), sxx / n - mx * mx - (syy / n - my * my)));
		return a < 0 ? a + 180 : a;
	}
}
