package io.github.vaeexplorer.data.synthetic;

import io.github.vaeexplorer.table.FactorTable;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ij.ImagePlus;
import ij.ImageStack;

import java.io.IOException;
import java.io.StringReader;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

class ShapesGeneratorTest {

	private static final ShapesSpec SMALL = ShapesSpec.builder().imageSize(32).count(300).seed(7).build();

	@Test
	void sameSeedGivesIdenticalPixelsAndFactors() {
		final ShapesDataset first = new ShapesGenerator(SMALL).generate();
		final ShapesDataset second = new ShapesGenerator(SMALL).generate();
		for (int slice = 1; slice <= SMALL.count(); slice++) {
			assertArrayEquals(pixels(first.stack(), slice), pixels(second.stack(), slice), "slice " + slice);
		}
		assertEquals(first.factors(), second.factors());
	}

	@Test
	void differentSeedsGiveDifferentImages() {
		final ShapesSpec other = ShapesSpec.builder().imageSize(32).count(300).seed(8).build();
		final ShapesDataset first = new ShapesGenerator(SMALL).generate();
		final ShapesDataset second = new ShapesGenerator(other).generate();
		assertFalse(first.factors().equals(second.factors()));
		int differing = 0;
		for (int slice = 1; slice <= SMALL.count(); slice++) {
			if (!Arrays.equals(pixels(first.stack(), slice), pixels(second.stack(), slice))) {
				differing++;
			}
		}
		assertTrue(differing > 250, differing + " of 300 slices differ");
	}

	@Test
	void stackHasRequestedShapeTypeAndLabels() {
		final ShapesGenerator generator = new ShapesGenerator(SMALL);
		final ShapesDataset data = generator.generate();
		final ImagePlus stack = data.stack();
		assertEquals(ImagePlus.GRAY8, stack.getType());
		assertEquals(32, stack.getWidth());
		assertEquals(32, stack.getHeight());
		assertEquals(300, stack.getStackSize());
		assertEquals(ShapeFactors.COLUMN_NAMES, data.factors().columnNames());
		final List<ShapeFactors> factors = generator.sampleFactors();
		for (int i = 0; i < factors.size(); i++) {
			assertEquals(factors.get(i).label(), stack.getStack().getSliceLabel(i + 1));
			assertArrayEquals(factors.get(i).toRow(), data.factors().row(i));
		}
	}

	@Test
	void defaultsMatchTheBrief() {
		final ShapesSpec defaults = ShapesSpec.defaults();
		assertEquals(64, defaults.imageSize());
		assertEquals(3000, defaults.count());
		assertEquals(42, defaults.seed());
	}

	@Test
	void factorsStayOnTheGridAndCoverIt() {
		final FactorTable table = new ShapesGenerator(ShapesSpec.builder().count(3000).imageSize(8).build())
			.generate().factors();
		assertOnGrid(table.column("shape"), FactorGrid.SHAPE_COUNT, i -> i);
		assertOnGrid(table.column("scale"), FactorGrid.SCALE_COUNT, FactorGrid::scale);
		assertOnGrid(table.column("rotation"), FactorGrid.ROTATION_COUNT, FactorGrid::rotation);
		assertOnGrid(table.column("x"), FactorGrid.POSITION_COUNT, FactorGrid::position);
		assertOnGrid(table.column("y"), FactorGrid.POSITION_COUNT, FactorGrid::position);
		for (final double rotation : table.column("rotation")) {
			assertTrue(rotation >= 0 && rotation < 2 * Math.PI);
		}
	}

	@Test
	void gridEndsAreExact() {
		assertEquals(0.5, FactorGrid.scale(0));
		assertEquals(1.0, FactorGrid.scale(FactorGrid.SCALE_COUNT - 1));
		assertEquals(0.0, FactorGrid.rotation(0));
		assertEquals(2 * Math.PI * 39 / 40, FactorGrid.rotation(39), 1e-15);
		assertEquals(0.0, FactorGrid.position(0));
		assertEquals(1.0, FactorGrid.position(31));
		assertThrows(IllegalArgumentException.class, () -> FactorGrid.scale(6));
		assertThrows(IllegalArgumentException.class, () -> FactorGrid.position(-1));
	}

	@Test
	void areaGrowsWithScaleForEveryShape() {
		final ShapeRenderer renderer = new ShapeRenderer(64);
		for (final ShapeKind shape : ShapeKind.values()) {
			double previous = 0;
			for (int scale = 0; scale < FactorGrid.SCALE_COUNT; scale++) {
				final double sum = sum(renderer.render(new ShapeFactors(shape, scale, 7, 16, 16)));
				assertTrue(sum > previous, shape + " scale " + scale + ": " + sum + " <= " + previous);
				previous = sum;
			}
		}
	}

	@Test
	void meanIntensityOfLargestScaleExceedsSmallestPerShape() {
		final ShapesDataset data = new ShapesGenerator(SMALL).generate();
		final double[] shapes = data.factors().column("shape");
		final double[] scales = data.factors().column("scale");
		for (int shape = 0; shape < FactorGrid.SHAPE_COUNT; shape++) {
			final double large = meanSum(data.stack(), shapes, scales, shape, 1.0);
			final double small = meanSum(data.stack(), shapes, scales, shape, 0.5);
			assertTrue(large > 2.5 * small, "shape " + shape + ": " + large + " vs " + small);
		}
	}

	@Test
	void centroidFollowsThePositionFactors() {
		final ShapesDataset data = new ShapesGenerator(SMALL).generate();
		final int n = SMALL.count();
		final double[] centroidX = new double[n];
		final double[] centroidY = new double[n];
		for (int i = 0; i < n; i++) {
			final byte[] image = pixels(data.stack(), i + 1);
			double total = 0;
			double sx = 0;
			double sy = 0;
			for (int p = 0; p < image.length; p++) {
				final int value = image[p] & 0xff;
				total += value;
				sx += value * (p % 32);
				sy += value * (p / 32);
			}
			centroidX[i] = sx / total;
			centroidY[i] = sy / total;
		}
		assertTrue(correlation(centroidX, data.factors().column("x")) > 0.95);
		assertTrue(correlation(centroidY, data.factors().column("y")) > 0.95);
	}

	@Test
	void largestShapesAtTheExtremesStayInsideTheFrame() {
		final ShapeRenderer renderer = new ShapeRenderer(64);
		final int last = FactorGrid.POSITION_COUNT - 1;
		for (final ShapeKind shape : ShapeKind.values()) {
			for (int rotation = 0; rotation < FactorGrid.ROTATION_COUNT; rotation++) {
				for (final int[] corner : new int[][] { { 0, 0 }, { 0, last }, { last, 0 }, { last, last } }) {
					final byte[] image = renderer.render(new ShapeFactors(shape, 5, rotation, corner[0], corner[1]));
					assertBorderIsBlack(image, 64, shape + " r" + rotation + " at " + Arrays.toString(corner));
				}
			}
		}
	}

	@Test
	void pixelsUseTheFullAntiAliasedRange() {
		final byte[] image = new ShapeRenderer(64).render(new ShapeFactors(ShapeKind.ELLIPSE, 5, 3, 10, 20));
		final Set<Integer> values = new HashSet<>();
		for (final byte b : image) {
			values.add(b & 0xff);
		}
		assertTrue(values.contains(0));
		assertTrue(values.contains(255));
		assertTrue(values.size() > 5, "anti-aliased edge values: " + values);
	}

	@Test
	void specRejectsBadValues() {
		assertThrows(IllegalArgumentException.class, () -> ShapesSpec.builder().imageSize(4));
		assertThrows(IllegalArgumentException.class, () -> ShapesSpec.builder().count(0));
		assertThrows(IllegalArgumentException.class, () -> ShapeKind.fromIndex(3));
		assertThrows(IllegalArgumentException.class, () -> new ShapeFactors(ShapeKind.SQUARE, 0, 40, 0, 0));
	}

	@Test
	void labelIsShortAndReadable() {
		assertEquals("ellipse s=0.8 r=45\u00b0 x=1.00 y=0.00",
			new ShapeFactors(ShapeKind.ELLIPSE, 3, 5, 31, 0).label());
	}

	private interface GridValue {
		double at(int index);
	}

	private static void assertOnGrid(final double[] column, final int count, final GridValue grid) {
		final Set<Double> allowed = new HashSet<>();
		for (int i = 0; i < count; i++) {
			allowed.add(grid.at(i));
		}
		final Set<Double> seen = new HashSet<>();
		for (final double value : column) {
			assertTrue(allowed.contains(value), value + " is not on the grid " + allowed);
			seen.add(value);
		}
		assertEquals(allowed, seen, "every grid value should occur in 3000 samples");
	}

	private static void assertBorderIsBlack(final byte[] image, final int size, final String what) {
		for (int i = 0; i < size; i++) {
			assertEquals(0, image[i], what);
			assertEquals(0, image[(size - 1) * size + i], what);
			assertEquals(0, image[i * size], what);
			assertEquals(0, image[i * size + size - 1], what);
		}
	}

	private static double meanSum(final ImagePlus stack, final double[] shapes, final double[] scales,
		final int shape, final double scale)
	{
		double total = 0;
		int n = 0;
		for (int i = 0; i < shapes.length; i++) {
			if (shapes[i] == shape && scales[i] == scale) {
				total += sum(pixels(stack, i + 1));
				n++;
			}
		}
		assertTrue(n > 0, "no image with shape " + shape + " and scale " + scale);
		return total / n;
	}

	private static byte[] pixels(final ImagePlus image, final int slice) {
		final ImageStack stack = image.getStack();
		return (byte[]) stack.getPixels(slice);
	}

	private static double sum(final byte[] image) {
		double total = 0;
		for (final byte b : image) {
			total += b & 0xff;
		}
		return total;
	}

	private static double correlation(final double[] a, final double[] b) {
		final double meanA = Arrays.stream(a).average().orElse(0);
		final double meanB = Arrays.stream(b).average().orElse(0);
		double cov = 0;
		double varA = 0;
		double varB = 0;
		for (int i = 0; i < a.length; i++) {
			cov += (a[i] - meanA) * (b[i] - meanB);
			varA += (a[i] - meanA) * (a[i] - meanA);
			varB += (b[i] - meanB) * (b[i] - meanB);
		}
		return cov / Math.sqrt(varA * varB);
	}

	@Test
	void factorCsvHasTheAgreedLayout() {
		final FactorTable table = new FactorTable(ShapeFactors.COLUMN_NAMES,
			new double[][] { new ShapeFactors(ShapeKind.TRIANGLE, 5, 10, 31, 0).toRow() });
		assertEquals("shape,scale,rotation,x,y\n2,1,1.5707963267948966,1,0\n", table.toCsv());
	}

	@Test
	void shapesFactorTableRoundTrips() throws IOException {
		final FactorTable table = new ShapesGenerator(ShapesSpec.builder().imageSize(8).count(500).build())
			.generate().factors();
		final FactorTable read = FactorTable.read(new StringReader(table.toCsv()), "memory");
		assertEquals(table, read);
		assertArrayEquals(table.column("rotation"), read.column("rotation"));
	}
}
