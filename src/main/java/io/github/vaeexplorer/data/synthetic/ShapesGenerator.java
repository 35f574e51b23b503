package io.github.vaeexplorer.data.synthetic;

import io.github.vaeexplorer.table.FactorTable;

import ij.ImagePlus;
import ij.ImageStack;
import ij.process.ByteProcessor;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Generates a dSprites-like stack of white shapes on black with known generative factors:
 * shape, scale, rotation, x and y, each sampled independently and uniformly from the
 * {@link FactorGrid} for every image.
 * <p>
 * Sampling uses {@link java.util.Random}, whose algorithm is fixed by its specification, and the
 * drawing uses {@link StrictMath}, so the same {@link ShapesSpec} gives bit-identical pixels on
 * every JVM.
 */
public final class ShapesGenerator {

	/** Title of the generated stack. */
	public static final String TITLE = "shapes";

	private final ShapesSpec spec;
	private final ShapeRenderer renderer;

	/**
	 * Creates a generator.
	 *
	 * @param spec what to generate
	 */
	public ShapesGenerator(ShapesSpec spec) {
		this.spec = spec;
		this.renderer = new ShapeRenderer(spec.imageSize());
	}

	/** @return what this generator makes */
	public ShapesSpec spec() {
		return spec;
	}

	/** @return the renderer, which also tells where a shape's centre lies */
	public ShapeRenderer renderer() {
		return renderer;
	}

	/**
	 * Draws the factors of all images; per image in the order shape, scale, rotation, x, y.
	 *
	 * @return {@link ShapesSpec#count()} factor sets, the same for the same seed
	 */
	public List<ShapeFactors> sampleFactors() {
		final Random random = new Random(spec.seed());
		final List<ShapeFactors> all = new ArrayList<>(spec.count());
		for (int i = 0; i < spec.count(); i++) {
			final ShapeKind shape = ShapeKind.fromIndex(random.nextInt(FactorGrid.SHAPE_COUNT));
			final int scale = random.nextInt(FactorGrid.SCALE_COUNT);
			final int rotation = random.nextInt(FactorGrid.ROTATION_COUNT);
			final int x = random.nextInt(FactorGrid.POSITION_COUNT);
			final int y = random.nextInt(FactorGrid.POSITION_COUNT);
			all.add(new ShapeFactors(shape, scale, rotation, x, y));
		}
		return all;
	}

	/**
	 * Generates the stack and its factor table.
	 *
	 * @return an 8-bit stack titled {@value #TITLE} with one labelled slice per image, and
	 *         the matching factor table
	 */
	public ShapesDataset generate() {
		final List<ShapeFactors> all = sampleFactors();
		final int size = spec.imageSize();
		final ImageStack stack = new ImageStack(size, size);
		final double[][] rows = new double[all.size()][];
		for (int i = 0; i < all.size(); i++) {
			final ShapeFactors factors = all.get(i);
			stack.addSlice(factors.label(), new ByteProcessor(size, size, renderer.render(factors)));
			rows[i] = factors.toRow();
		}
		return new ShapesDataset(new ImagePlus(TITLE, stack), new FactorTable(ShapeFactors.COLUMN_NAMES, rows));
	}
}
