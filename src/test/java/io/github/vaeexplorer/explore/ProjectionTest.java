package io.github.vaeexplorer.explore;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Random;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The latent map's projections and their ways back, on seeded codes. */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class ProjectionTest {

	/** Codes {@code mean + a u + b v} (a plane in 5 dimensions) plus optional noise off the plane. */
	private static float[][] planeCodes(int n, double noise, long seed) {
		Random r = new Random(seed);
		double[] u = { 0.6, 0.0, 0.8, 0.0, 0.0 }, v = { 0.0, 0.6, 0.0, 0.0, -0.8 }, mean = { 1, -2, 0.5, 3, 0 };
		float[][] codes = new float[n][5];
		for (int i = 0; i < n; i++) {
			double a = 3 * r.nextGaussian(), b = r.nextGaussian();
			for (int d = 0; d < 5; d++) codes[i][d] = (float) (mean[d] + a * u[d] + b * v[d] + noise * r
				.nextGaussian());
		}
		return codes;
	}

	@Test
	void pcaInverseOfAProjectedPointIsExact() {
		PcaProjection pca = PcaProjection.fit(planeCodes(200, 0.05, 1));
		double[][] probes = { { 0, 0 }, { 1.25, -0.5 }, { -7.5, 3.0 }, { 1e3, 1e-3 } };
		for (double[] p : probes) {
			double[] z = pca.inverseExact(p[0], p[1]);
			assertArrayEquals(p, pca.project(z), 1e-9 * Math.max(1, Math.abs(p[0])), "project(inverse(p)) = p");
			assertArrayEquals(z, pca.inverseExact(pca.project(z)[0], pca.project(z)[1]), 1e-9,
				"a code of the plane comes back as itself");
		}
		assertArrayEquals(new double[] { 0, 0 }, pca.project(pca.mean()), 1e-12, "the mean is the origin");
	}

	@Test
	void pcaFindsThePlaneOfCodesThatLieInOne() {
		float[][] codes = planeCodes(300, 0, 2);
		PcaProjection pca = PcaProjection.fit(codes);
		for (int i = 0; i < codes.length; i += 37) {
			double[] p = pca.points()[i];
			float[] back = pca.inverse(p[0], p[1], null);
			assertArrayEquals(codes[i], back, 1e-4f, "code " + i + " lies on the plane, so the map loses nothing");
		}
		double[] var = pca.variances();
		assertEquals(9, var[0], 1.5, "PC1 is the direction of standard deviation 3");
		assertEquals(1, var[1], 0.25, "PC2 that of standard deviation 1");
	}

	@Test
	void eigenDecompositionOfAKnownMatrix() {
		SymmetricEigen e = SymmetricEigen.of(new double[][] { { 2, 1, 0 }, { 1, 2, 0 }, { 0, 0, 5 } });
		assertArrayEquals(new double[] { 5, 3, 1 }, e.values(), 1e-12);
		double s = Math.sqrt(0.5);
		assertEquals(1, Math.abs(e.vectors()[0][2]), 1e-12);
		assertEquals(s, Math.abs(e.vectors()[1][0]), 1e-12);
		assertEquals(e.vectors()[1][0], e.vectors()[1][1], 1e-12);
		assertEquals(-e.vectors()[2][0], e.vectors()[2][1], 1e-12);
	}

	@Test
	void twoDimensionsKeepTheAnchorElsewhere() {
		float[][] codes = { { 1, 2, 3 }, { 4, 5, 6 } };
		DimsProjection dims = new DimsProjection(codes, 2, 0);
		assertArrayEquals(new double[] { 6, 4 }, dims.points()[1]);
		assertArrayEquals(new float[] { -1, 9, 0.5f }, dims.inverse(0.5, -1, new float[] { 7, 9, 8 }));
		assertEquals("z2 (mu)", dims.axisName(0));
	}

	@Test
	void umapIsSeededAndItsWayBackGivesAPointsOwnCode() {
		float[][] codes = planeCodes(120, 0.1, 3);
		UmapProjection a = UmapProjection.fit(codes, 1), b = UmapProjection.fit(codes, 1);
		for (int i = 0; i < codes.length; i++) assertArrayEquals(a.points()[i], b.points()[i], "seeded: point " + i);
		double[] p = a.points()[17];
		assertArrayEquals(codes[17], a.inverse(p[0], p[1], null));
		float[] between = a.inverse(p[0] + 1e-3, p[1], null);
		assertEquals(5, between.length);
		assertThrows(IllegalArgumentException.class, () -> UmapProjection.fit(new float[2][3], 1));
	}

	@Test
	void axesParseAndName() {
		assertEquals("dims:3,1", Axes.parse(" Dims:3, 1 ").toString());
		assertEquals(Axes.Kind.PCA, Axes.parse("pca").kind());
		assertEquals(Axes.Kind.UMAP, Axes.parse("umap").kind());
		assertEquals("axes must be dims:I,J (two latent dimensions, e.g. dims:0,1), pca or umap (got 'tsne')",
			assertThrows(IllegalArgumentException.class, () -> Axes.parse("tsne")).getMessage());
		assertEquals("axes dims:0,4 but the model has 4 latent dimension(s) (0..3)", assertThrows(
			IllegalArgumentException.class, () -> Axes.parse("dims:0,4").checkAgainst(4)).getMessage());
	}

	@Test
	void rectangleAndLassoSelectThePointsInside() {
		double[][] points = { { 0, 0 }, { 1, 1 }, { 2, 2 }, { 0.5, 1.5 }, { 3, 0 } };
		assertArrayEquals(new boolean[] { true, true, false, true, false }, SliceSelection.inRectangle(points, 1.5,
			1.5, 0, 0));
		// A triangle (0,0)-(4,0)-(0,4) holds the points with x, y > 0 and x + y < 4.
		double[][] inside = { { 0.2, 0.2 }, { 1, 1 }, { 3, 3 }, { 0.5, 1.5 }, { 5, 0 } };
		assertArrayEquals(new boolean[] { true, true, false, true, false }, SliceSelection.inPolygon(inside,
			new double[] { 0, 4, 0 }, new double[] { 0, 0, 4 }));
		assertArrayEquals(new int[] { 1, 4 }, SliceSelection.slices(new boolean[] { true, false, false, true }));
	}

	@Test
	void coloursAreCategoriesOrARamp() {
		ColourColumn few = ColourColumn.numeric("class", new double[] { 2, 0, 2, Double.NaN });
		assertEquals(few.colours()[0], few.colours()[2]);
		assertEquals(ColourColumn.MISSING, few.colours()[3]);
		assertEquals(2, few.legend().size());
		assertEquals("[class=0, class=2]", few.legend().keySet().toString());
		double[] many = new double[50];
		for (int i = 0; i < many.length; i++) many[i] = i;
		ColourColumn ramp = ColourColumn.numeric("score", many);
		assertEquals(ColourColumn.ramp(0), ramp.colours()[0]);
		assertEquals(ColourColumn.ramp(1), ramp.colours()[49]);
		assertEquals("[score 0, score 49]", ramp.legend().keySet().toString());
	}
}
