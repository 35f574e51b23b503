package io.github.vaeexplorer.latent;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;

import org.junit.jupiter.api.Test;

class PriorSamplerTest {

	@Test
	void theSameSeedGivesTheSameCodes() {
		float[][] a = new PriorSampler(5, 1).codes(3), b = new PriorSampler(5, 1).codes(3);
		for (int i = 0; i < 5; i++) assertArrayEquals(a[i], b[i], 0f);
		assertFalse(Arrays.equals(a[0], new PriorSampler(5, 2).codes(3)[0]));
	}

	@Test
	void codesAreStandardNormal() {
		float[][] codes = new PriorSampler(20_000, 7).codes(2);
		for (int d = 0; d < 2; d++) {
			double sum = 0, squares = 0;
			for (float[] z : codes) {
				sum += z[d];
				squares += z[d] * z[d];
			}
			double mean = sum / codes.length;
			assertEquals(0, mean, 0.03); // 4 standard errors
			assertEquals(1, squares / codes.length - mean * mean, 0.04);
		}
	}

	@Test
	void countOutOfRangeNamesTheKey() {
		assertEquals("count must be between 1 and 100000 (got 0)", assertThrows(IllegalArgumentException.class,
			() -> new PriorSampler(0, 1)).getMessage());
	}
}
