package io.github.vaeexplorer.latent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ReconstructionErrorTest {

	@Test
	void meanSquaredErrorSkipsNonFiniteSourcePixels() {
		float[] source = { 10, 20, Float.NaN, 40 };
		float[] recon = { 12, 20, 5, 37 };
		assertEquals((4 + 0 + 9) / 3.0, ReconstructionError.meanSquaredError(source, recon), 1e-12);
		assertTrue(Double.isNaN(ReconstructionError.meanSquaredError(new float[] { Float.NaN }, new float[1])));
	}

	@Test
	void bernoulliNllIsTheSummedCrossEntropyInNats() {
		float[] x = { 1, 0, 0.5f };
		float[] p = { 0.8f, 0.25f, 0.5f };
		double expected = -Math.log(0.8f) - Math.log(1 - 0.25) + Math.log(2);
		assertEquals(expected, ReconstructionError.bernoulliNll(x, p), 1e-6);
	}

	@Test
	void certainMissesCostAboutSixteenNatsNotInfinity() {
		double nll = ReconstructionError.bernoulliNll(new float[] { 1, 0 }, new float[] { 0, 1 });
		assertEquals(-2 * Math.log(ReconstructionError.EPSILON), nll, 1e-6);
	}

	@Test
	void imagesOfDifferentLengthsAreRefused() {
		assertThrows(IllegalArgumentException.class, () -> ReconstructionError.meanSquaredError(new float[2],
			new float[3]));
	}
}
