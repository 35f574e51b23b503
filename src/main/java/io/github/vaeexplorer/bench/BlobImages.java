package io.github.vaeexplorer.bench;

import io.github.vaeexplorer.data.FloatSampleSet;

import ij.ImagePlus;
import ij.ImageStack;
import ij.process.ByteProcessor;

import java.util.Random;

/**
 * The benchmark's data: binary discs of random position and radius on 64×64, as the PyTorch peer script draws them
 * (centres in [12, 52), radii in [4, 12)), so that both sides train on the same kind of images.
 *
 * @author VAE Explorer developers
 */
final class BlobImages {

	private BlobImages() {}

	/** The discs as normalised samples (0 and 1). */
	static FloatSampleSet create(int count, int size, long seed) {
		Random random = new Random(seed);
		FloatSampleSet set = new FloatSampleSet(count, 1, size);
		float[] image = new float[size * size];
		boolean[] mask = new boolean[size * size];
		for (int i = 0; i < count; i++) {
			drawDisc(random, size, mask);
			for (int p = 0; p < mask.length; p++) image[p] = mask[p] ? 1f : 0f;
			set.setSample(i, image, 0);
		}
		return set;
	}

	/** The same discs as an 8-bit ImageJ stack (0 and 255), as a user's stack would arrive. */
	static ImagePlus stack(int count, int size, long seed) {
		Random random = new Random(seed);
		ImageStack stack = new ImageStack(size, size);
		boolean[] mask = new boolean[size * size];
		for (int i = 0; i < count; i++) {
			drawDisc(random, size, mask);
			byte[] bytes = new byte[mask.length];
			for (int p = 0; p < mask.length; p++) bytes[p] = (byte) (mask[p] ? 255 : 0);
			stack.addSlice(new ByteProcessor(size, size, bytes));
		}
		return new ImagePlus("blobs", stack);
	}

	private static void drawDisc(Random random, int size, boolean[] mask) {
		double scale = size / 64.0;
		double cx = (random.nextDouble() * 40 + 12) * scale, cy = (random.nextDouble() * 40 + 12) * scale;
		double r = (random.nextDouble() * 8 + 4) * scale;
		for (int y = 0; y < size; y++) {
			for (int x = 0; x < size; x++) mask[y * size + x] = (x - cx) * (x - cx) + (y - cy) * (y - cy) < r * r;
		}
	}
}
