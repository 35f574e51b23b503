package io.github.vaeexplorer.latent;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class LatentPathTest {

	private static final float[] A = { 0.3f, -1.7f, 2.2f };
	private static final float[] B = { -1.1f, 0.4f, 0.9f };

	@Test
	void bothKindsStartAndEndExactlyAtTheTwoCodes() {
		for (LatentPath.Kind kind : LatentPath.Kind.values()) {
			float[][] codes = new LatentPath(kind, 7).codes(A, B);
			assertEquals(7, codes.length);
			assertArrayEquals(A, codes[0], 0f, kind.key());
			assertArrayEquals(B, codes[6], 0f, kind.key());
		}
	}

	@Test
	void linearStepsAreEvenlySpaced() {
		float[][] codes = new LatentPath(LatentPath.Kind.LINEAR, 5).codes(A, B);
		for (int i = 0; i < 5; i++) {
			for (int d = 0; d < 3; d++) assertEquals(A[d] + (B[d] - A[d]) * i / 4.0, codes[i][d], 1e-6);
		}
	}

	@Test
	void sphericalFollowsTheGreatCircleBetweenOrthogonalUnitCodes() {
		float[][] codes = new LatentPath(LatentPath.Kind.SPHERICAL, 3).codes(new float[] { 1, 0 }, new float[] { 0,
			1 });
		double h = Math.sqrt(0.5);
		assertArrayEquals(new float[] { (float) h, (float) h }, codes[1], 1e-7f);
	}

	@Test
	void sphericalKeepsTheNormOfCodesOfEqualNorm() {
		float[] a = { 3, 0, 4 }, b = { 0, 5, 0 };
		for (float[] z : new LatentPath(LatentPath.Kind.SPHERICAL, 9).codes(a, b)) {
			assertEquals(5.0, Math.sqrt(z[0] * z[0] + z[1] * z[1] + z[2] * z[2]), 1e-5);
		}
	}

	@Test
	void sphericalFromTheOriginIsStraight() {
		float[][] codes = new LatentPath(LatentPath.Kind.SPHERICAL, 3).codes(new float[2], new float[] { 2, 4 });
		assertArrayEquals(new float[] { 1, 2 }, codes[1], 0f);
	}

	@Test
	void badArgumentsNameTheKey() {
		assertEquals("steps must be between 2 and 10000 (got 1)", assertThrows(IllegalArgumentException.class,
			() -> new LatentPath(LatentPath.Kind.LINEAR, 1)).getMessage());
		assertEquals("path must be linear or spherical (got 'curved')", assertThrows(IllegalArgumentException.class,
			() -> LatentPath.Kind.parse("curved")).getMessage());
		assertEquals(LatentPath.Kind.SPHERICAL, LatentPath.Kind.parse(" Spherical"));
	}
}
