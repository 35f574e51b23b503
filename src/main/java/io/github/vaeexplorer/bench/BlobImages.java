package io.github.vaeexplorer.bench;

import io.github.vaeexplorer.data.FloatSampleSet;

import java.util.Random;

/**
 * The benchmark's data: binary discs of random position and radius on 64×64, as the PyTorch peer script draws them
 * (centres in [12, 52), radii in [4, 12)), so that both sides train on the same kind of images.
 *
 * @author VAE Explorer developers
 */
final class BlobImages {

	private BlobImages() {}

	static FloatSampleSet create(int count, int size, long seed) {
		Random random = new Random(seed);
		FloatSampleSet set = new FloatSampleSet(count, 1, size);
		float[] image = new float[size * size];
		double scale = size / 64.0;
		for (int i = 0; i < count; i++) {
			double cx = (random.nextDouble() * 40 + 12) * scale, cy = (random.nextDouble() * 40 + 12) * scale;
			double r = (random.nextDouble() * 8 + 4) * scale;
			for (int y = 0; y < size; y++) {
				for (int x = 0; x < size; x++) {
					image[y * size + x] = (x - cx) * (x - cx) + (y - cy) * (y - cy) < r * r ? 1f : 0f;
				}
			}
			set.setSample(i, image, 0);
		}
		return set;
	}
}
