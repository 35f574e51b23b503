package io.github.vaeexplorer.ij;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.github.vaeexplorer.cells.TextTable;
import io.github.vaeexplorer.data.synthetic.ShapeFactors;
import io.github.vaeexplorer.data.synthetic.ShapesDataset;
import io.github.vaeexplorer.data.synthetic.ShapesGenerator;
import io.github.vaeexplorer.data.synthetic.ShapesSpec;

import ij.IJ;
import ij.ImageJ;
import ij.ImagePlus;
import ij.io.FileSaver;
import ij.process.ImageProcessor;
import ij.process.ShortProcessor;

import java.awt.GraphicsEnvironment;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The cells template in a real ImageJ: shapes of the shipped sample scattered on a canvas with their label image,
 * then Crop Cells, Train VAE, Encode Stack and Color Cells By in one batch macro; the crop table's centroids and areas
 * are those of the shapes placed, and the coloured cells carry their slice's latent.
 */
@Timeout(value = 10, unit = TimeUnit.MINUTES)
class CellsImageJIT {

	private static final int SHAPES = 48, COLUMNS = 8, TILE = 40, SIZE = 32;

	@TempDir
	Path dir;

	@Test
	void templateCropsTrainsEncodesAndColoursTheShapes() throws IOException, InterruptedException,
		URISyntaxException
	{
		Assumptions.assumeTrue(System.getenv("DISPLAY") != null && !GraphicsEnvironment.isHeadless(),
			"needs a display: run under xvfb-run");
		Path plugin = Paths.get("target", "imagej-plugin", "plugins").toAbsolutePath();
		Assumptions.assumeTrue(Files.isDirectory(plugin), "run mvn package first");
		Path app = dir.resolve("app");
		ImageJApplicationIT.copyTree(plugin, app.resolve("plugins"));
		Files.copy(Paths.get(ImageJ.class.getProtectionDomain().getCodeSource().getLocation().toURI()), app.resolve(
			"ij.jar"));

		ShapesDataset shapes = new ShapesGenerator(ShapesSpec.builder().imageSize(SIZE).count(SHAPES).seed(3).build())
			.generate();
		int rows = SHAPES / COLUMNS;
		ShortProcessor field = new ShortProcessor(COLUMNS * TILE, rows * TILE), labels = new ShortProcessor(COLUMNS *
			TILE, rows * TILE);
		double[][] expected = new double[SHAPES][3]; // x, y, area
		for (int i = 0; i < SHAPES; i++) {
			ImageProcessor shape = shapes.stack().getStack().getProcessor(i + 1);
			int ox = (i % COLUMNS) * TILE + 4, oy = (i / COLUMNS) * TILE + 4;
			for (int y = 0; y < SIZE; y++) for (int x = 0; x < SIZE; x++) {
				if (shape.get(x, y) < 128) continue;
				labels.set(ox + x, oy + y, i + 1);
				field.set(ox + x, oy + y, 1000 + 20 * i);
				expected[i][0] += ox + x;
				expected[i][1] += oy + y;
				expected[i][2]++;
			}
			expected[i][0] /= expected[i][2];
			expected[i][1] /= expected[i][2];
		}
		Path work = Files.createDirectories(dir.resolve("work")), out = dir.resolve("out");
		assertTrue(new FileSaver(new ImagePlus("field.tif", field)).saveAsTiff(work.resolve("field.tif").toString()));
		assertTrue(new FileSaver(new ImagePlus("field_labels.tif", labels)).saveAsTiff(work.resolve("field_labels.tif")
			.toString()));
		Path template = Paths.get("src", "main", "resources", "script_templates", "VAE_Explorer",
			"Crop_Train_Color_Cells.ijm").toAbsolutePath();
		String log = imagej(app, template, "input=[" + work.resolve("field.tif") + "] labels=[" + work.resolve(
			"field_labels.tif") + "] out=[" + out + "] epochs=2 latent=3");
		assertTrue(log.contains("Cropped " + SHAPES + " object(s) from 1 field(s)"), log);

		TextTable crops = TextTable.read(out.resolve("crops.csv"));
		assertEquals(SHAPES, crops.rowCount());
		List<ShapeFactors> factors = new ShapesGenerator(ShapesSpec.builder().imageSize(SIZE).count(SHAPES).seed(3)
			.build()).sampleFactors();
		List<double[]> scaleVersusArea = new ArrayList<>();
		for (int r = 0; r < SHAPES; r++) {
			int label = (int) crops.number(r, "label");
			assertEquals(r + 1, label);
			assertEquals("field.tif", crops.text(r, "source"));
			assertEquals(expected[r][0], crops.number(r, "x"), 1e-9, "x of shape " + label);
			assertEquals(expected[r][1], crops.number(r, "y"), 1e-9, "y of shape " + label);
			assertEquals(expected[r][2], crops.number(r, "area"), 0, "area of shape " + label);
			assertEquals(1000 + 20 * r, crops.number(r, "mean_1"), 1e-9);
			scaleVersusArea.add(new double[] { factors.get(r).scale(), crops.number(r, "area") });
		}
		assertTrue(correlation(scaleVersusArea) > 0.5, "a shape's area grows with its scale factor: " + correlation(
			scaleVersusArea));

		TextTable latents = TextTable.read(out.resolve("latents.csv"));
		assertEquals(SHAPES, latents.rowCount());
		ImagePlus colored = IJ.openImage(out.resolve("colored.tif").toString());
		assertEquals(32, colored.getBitDepth());
		for (int r = 0; r < SHAPES; r++) {
			int x = (int) Math.round(expected[r][0]), y = (int) Math.round(expected[r][1]);
			if (labels.get(x, y) != r + 1) continue; // a centroid outside its own (concave) shape
			assertEquals((float) latents.number(r, "mu_0"), colored.getProcessor().getf(x, y), 1e-6, "shape " + (r + 1));
		}
		assertTrue(Float.isNaN(colored.getProcessor().getf(0, 0)), "background is NaN");

		TextTable clusters = TextTable.read(out.resolve("clusters.csv"));
		assertEquals(SHAPES, clusters.rowCount());
		ImagePlus byCluster = IJ.openImage(out.resolve("clusters.tif").toString());
		for (int r = 0; r < SHAPES; r++) {
			int x = (int) Math.round(expected[r][0]), y = (int) Math.round(expected[r][1]);
			if (labels.get(x, y) != r + 1) continue;
			assertEquals((float) clusters.number(r, "cluster"), byCluster.getProcessor().getf(x, y), 0, "shape " + (r +
				1));
		}
		assertEquals(6 * 6, IJ.openImage(out.resolve("prototypes.tif").toString()).getStackSize(),
			"6 clusters, each its prototype and 5 typical cells");
	}

	private static double correlation(List<double[]> pairs) {
		double n = pairs.size(), sx = 0, sy = 0, sxx = 0, syy = 0, sxy = 0;
		for (double[] p : pairs) {
			sx += p[0];
			sy += p[1];
			sxx += p[0] * p[0];
			syy += p[1] * p[1];
			sxy += p[0] * p[1];
		}
		return (sxy - sx * sy / n) / Math.sqrt((sxx - sx * sx / n) * (syy - sy * sy / n));
	}

	/** Runs a macro file in a new ImageJ process with an argument; its output, which must hold no error. */
	private static String imagej(Path app, Path macro, String argument) throws IOException, InterruptedException {
		Path log = app.resolve("cells.log");
		Process process = new ProcessBuilder(Paths.get(System.getProperty("java.home"), "bin", "java").toString(),
			"-Xmx2g", "-jar", app.resolve("ij.jar").toString(), "-ijpath", app.toString(), "-batch", macro.toString(),
			argument).directory(app.toFile()).redirectErrorStream(true).redirectOutput(log.toFile()).start();
		if (!process.waitFor(5, TimeUnit.MINUTES)) {
			process.destroyForcibly();
			fail("ImageJ did not finish " + macro + " in 5 minutes; see " + log);
		}
		String text = new String(Files.readAllBytes(log), StandardCharsets.UTF_8);
		assertEquals(0, process.exitValue(), text);
		assertFalse(text.contains("Exception") || text.contains("Macro Error") || text.contains(" failed: "), text);
		return text;
	}
}
