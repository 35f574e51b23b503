package io.github.vaeexplorer.data;

import ij.ImagePlus;
import ij.VirtualStack;
import ij.io.FileSaver;
import ij.process.FloatProcessor;
import ij.process.ImageProcessor;

import java.nio.file.Path;
import java.util.Random;

/**
 * A 32-bit TIFF stack of seeded blobs written one plane at a time (ImageJ's encoder reads a virtual stack plane by
 * plane), so that a test or benchmark can make a file larger than its own heap.
 */
public final class GeneratedStack {

	private GeneratedStack() {
	}

	/**
	 * Writes {@code planes} planes of {@code side x side} floats: one Gaussian blob each (seeded by the plane's index,
	 * random position and width) on a little noise.
	 *
	 * @return the file
	 */
	public static Path write(Path file, int side, int planes) {
		VirtualStack stack = new VirtualStack(side, side, null, file.getParent().toString()) {

			@Override
			public ImageProcessor getProcessor(int n) {
				return new FloatProcessor(side, side, plane(side, n));
			}

			@Override
			public int getSize() {
				return planes;
			}

			@Override
			public String getSliceLabel(int n) {
				return null;
			}
		};
		ImagePlus imp = new ImagePlus("generated", stack);
		if (!new FileSaver(imp).saveAsTiffStack(file.toString())) throw new IllegalStateException("cannot write " +
			file);
		return file;
	}

	/** The values of plane {@code n} (1-based). */
	static float[] plane(int side, int n) {
		Random random = new Random(n * 7919L);
		double cx = side * (0.25 + 0.5 * random.nextDouble()), cy = side * (0.25 + 0.5 * random.nextDouble());
		double sigma = side * (0.06 + 0.12 * random.nextDouble());
		float[] values = new float[side * side];
		for (int y = 0; y < side; y++) {
			for (int x = 0; x < side; x++) {
				double r2 = (x - cx) * (x - cx) + (y - cy) * (y - cy);
				values[y * side + x] = (float) (1000 * Math.exp(-r2 / (2 * sigma * sigma)) + 20 * random.nextGaussian());
			}
		}
		return values;
	}
}
