package io.github.vaeexplorer.data;

import ij.ImagePlus;
import ij.ImageStack;
import ij.process.ByteProcessor;
import ij.process.ColorProcessor;
import ij.process.FloatProcessor;
import ij.process.ShortProcessor;
import java.nio.ByteBuffer;
import java.util.Random;
import java.util.zip.CRC32;

/** Small seeded test images and a checksum over their pixel arrays. */
final class TestImages {

	private TestImages() {
	}

	static ImagePlus bytes(final String title, final int w, final int h, final int planes, final long seed) {
		final Random random = new Random(seed);
		final ImageStack stack = new ImageStack(w, h);
		for (int p = 0; p < planes; p++) {
			final byte[] pixels = new byte[w * h];
			random.nextBytes(pixels);
			stack.addSlice("slice" + (p + 1), new ByteProcessor(w, h, pixels));
		}
		return new ImagePlus(title, stack);
	}

	static ImagePlus shorts(final String title, final int w, final int h, final int planes, final long seed) {
		final Random random = new Random(seed);
		final ImageStack stack = new ImageStack(w, h);
		for (int p = 0; p < planes; p++) {
			final short[] pixels = new short[w * h];
			for (int i = 0; i < pixels.length; i++) {
				pixels[i] = (short) random.nextInt(65536);
			}
			stack.addSlice("slice" + (p + 1), new ShortProcessor(w, h, pixels, null));
		}
		return new ImagePlus(title, stack);
	}

	static ImagePlus floats(final String title, final int w, final int h, final int planes, final long seed) {
		final Random random = new Random(seed);
		final ImageStack stack = new ImageStack(w, h);
		for (int p = 0; p < planes; p++) {
			final float[] pixels = new float[w * h];
			for (int i = 0; i < pixels.length; i++) {
				pixels[i] = (float) (random.nextGaussian() * 1000 + 50);
			}
			stack.addSlice("slice" + (p + 1), new FloatProcessor(w, h, pixels));
		}
		return new ImagePlus(title, stack);
	}

	static ImagePlus rgb(final String title, final int w, final int h, final int planes, final long seed) {
		final Random random = new Random(seed);
		final ImageStack stack = new ImageStack(w, h);
		for (int p = 0; p < planes; p++) {
			final int[] pixels = new int[w * h];
			for (int i = 0; i < pixels.length; i++) {
				pixels[i] = 0xff000000 | random.nextInt(1 << 24);
			}
			stack.addSlice("slice" + (p + 1), new ColorProcessor(w, h, pixels));
		}
		return new ImagePlus(title, stack);
	}

	/** A float image from a function of (x, y, plane). */
	static ImagePlus floats(final String title, final int w, final int h, final int planes, final PixelFunction f) {
		final ImageStack stack = new ImageStack(w, h);
		for (int p = 0; p < planes; p++) {
			final float[] pixels = new float[w * h];
			for (int y = 0; y < h; y++) {
				for (int x = 0; x < w; x++) {
					pixels[y * w + x] = (float) f.value(x, y, p);
				}
			}
			stack.addSlice(null, new FloatProcessor(w, h, pixels));
		}
		return new ImagePlus(title, stack);
	}

	/** A pixel value as a function of position and plane. */
	interface PixelFunction {
		double value(int x, int y, int plane);
	}

	/** Value of network channel c at pixel i of a plane, as the converter should read it. */
	static double sourceValue(final Object pixels, final int c, final int i) {
		if (pixels instanceof byte[]) {
			return ((byte[]) pixels)[i] & 0xff;
		}
		if (pixels instanceof short[]) {
			return ((short[]) pixels)[i] & 0xffff;
		}
		if (pixels instanceof float[]) {
			return ((float[]) pixels)[i];
		}
		return (((int[]) pixels)[i] >> (16 - 8 * c)) & 0xff;
	}

	/** Min and max of every network channel over all planes, as a Normalisation (so nothing is clamped). */
	static Normalisation minMax(final ImagePlus imp) {
		final int channels = imp.getBitDepth() == 24 ? 3 : imp.getNChannels();
		final double[] low = new double[channels];
		final double[] high = new double[channels];
		java.util.Arrays.fill(low, Double.POSITIVE_INFINITY);
		java.util.Arrays.fill(high, Double.NEGATIVE_INFINITY);
		final ImageStack stack = imp.getStack();
		for (int p = 1; p <= stack.getSize(); p++) {
			final Object pixels = stack.getPixels(p);
			for (int k = 0; k < (imp.getBitDepth() == 24 ? 3 : 1); k++) {
				final int c = imp.getBitDepth() == 24 ? k : (p - 1) % channels;
				for (int i = 0; i < imp.getWidth() * imp.getHeight(); i++) {
					final double v = sourceValue(pixels, k, i);
					if (Double.isFinite(v)) {
						low[c] = Math.min(low[c], v);
						high[c] = Math.max(high[c], v);
					}
				}
			}
		}
		return new Normalisation(low, high);
	}

	/** CRC32 over every pixel array of the stack, in stack order. */
	static long checksum(final ImagePlus imp) {
		final CRC32 crc = new CRC32();
		final ImageStack stack = imp.getStack();
		for (int p = 1; p <= stack.getSize(); p++) {
			final Object pixels = stack.getPixels(p);
			if (pixels instanceof byte[]) {
				crc.update((byte[]) pixels);
			}
			else if (pixels instanceof short[]) {
				final ByteBuffer buffer = ByteBuffer.allocate(2 * ((short[]) pixels).length);
				buffer.asShortBuffer().put((short[]) pixels);
				crc.update(buffer.array());
			}
			else if (pixels instanceof float[]) {
				final ByteBuffer buffer = ByteBuffer.allocate(4 * ((float[]) pixels).length);
				buffer.asFloatBuffer().put((float[]) pixels);
				crc.update(buffer.array());
			}
			else {
				final ByteBuffer buffer = ByteBuffer.allocate(4 * ((int[]) pixels).length);
				buffer.asIntBuffer().put((int[]) pixels);
				crc.update(buffer.array());
			}
		}
		return crc.getValue();
	}
}
