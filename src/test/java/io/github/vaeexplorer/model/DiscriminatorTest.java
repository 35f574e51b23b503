package io.github.vaeexplorer.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The adversarial autoencoder's discriminator learns, its code gradient is right, and its state round-trips. */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class DiscriminatorTest {

	private static float[][] gaussian(int n, int k, double shift, Random random) {
		float[][] z = new float[n][k];
		for (float[] row : z) {
			for (int d = 0; d < k; d++) row[d] = (float) (random.nextGaussian() + (d == 0 ? shift : 0));
		}
		return z;
	}

	/**
	 * N(0, I) against N((3, 0), I) in two dimensions: the best possible accuracy is Φ(1.5) = 0.933; after 300 steps
	 * the discriminator is near it on fresh samples, from chance.
	 */
	@Test
	void separatesAShiftedGaussianFromThePrior() {
		Discriminator d = Discriminator.create(2, 16, 1e-2, 3);
		Random random = new Random(5);
		float[][] testPrior = gaussian(1000, 2, 0, random), testShifted = gaussian(1000, 2, 3, random);
		double before = d.accuracy(testPrior, testShifted);
		double firstLoss = d.train(gaussian(64, 2, 0, random), gaussian(64, 2, 3, random));
		double loss = firstLoss;
		for (int step = 1; step < 300; step++) loss = d.train(gaussian(64, 2, 0, random), gaussian(64, 2, 3, random));
		double after = d.accuracy(testPrior, testShifted);
		assertTrue(before < 0.75, "chance-like before training: " + before);
		assertTrue(after > 0.88, "accuracy after training " + after);
		assertTrue(loss < 0.35 && loss < firstLoss, "loss " + firstLoss + " -> " + loss);
		assertEquals(300, d.steps());
	}

	/** {@link Discriminator#fool}'s gradient equals the loss's finite differences. */
	@Test
	void foolingGradientMatchesFiniteDifferences() {
		Discriminator d = Discriminator.create(3, 8, 1e-3, 1);
		Random random = new Random(2);
		float[][] codes = gaussian(4, 3, 0.5, random);
		float[][] gradient = new float[4][3];
		double weight = 2.5;
		d.fool(codes, weight, gradient);
		double h = 1e-2;
		for (int n = 0; n < 4; n++) {
			for (int i = 0; i < 3; i++) {
				float keep = codes[n][i];
				codes[n][i] = (float) (keep + h);
				double up = d.fool(codes, weight, new float[4][3]);
				codes[n][i] = (float) (keep - h);
				double down = d.fool(codes, weight, new float[4][3]);
				codes[n][i] = keep;
				assertEquals(weight * (up - down) / (2 * h), gradient[n][i], 2e-3, "code " + n + ", dim " + i);
			}
		}
	}

	@Test
	void stateRestoresExactly() {
		Random random = new Random(9);
		Discriminator a = Discriminator.create(4, 8, 1e-3, 7);
		for (int i = 0; i < 5; i++) a.train(gaussian(16, 4, 0, random), gaussian(16, 4, 1, random));
		Map<String, float[]> state = a.state();
		Discriminator b = Discriminator.restore(4, 8, 1e-3, state, a.steps());
		float[][] p = gaussian(16, 4, 0, new Random(1)), c = gaussian(16, 4, 1, new Random(2));
		assertEquals(a.train(p, c), b.train(p, c), 0.0);
		Map<String, float[]> sa = a.state(), sb = b.state();
		for (String name : sa.keySet()) assertArrayEquals(sa.get(name), sb.get(name), 0f, name);
	}
}
