package io.github.vaeexplorer.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.vaeexplorer.cells.TextTable;

import ij.IJ;
import ij.ImagePlus;
import ij.io.FileSaver;
import ij.process.FloatProcessor;
import ij.process.ShortProcessor;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * From a segmented field to latents on the cells, through the command line only: {@code crop} a synthetic field of
 * 36 ellipses at known positions, angles and brightnesses, {@code train} on the crops, {@code encode} them, and
 * {@code color_cells} a latent back onto the label image.
 */
@Timeout(value = 5, unit = TimeUnit.MINUTES)
class CellsPipelineIT {

	private static final int SIZE = 256, GRID = 6, STEP = 40, OFFSET = 28;

	@TempDir
	Path dir;

	@Test
	void cropTrainEncodeAndColorTheCells() throws IOException {
		FloatProcessor field = new FloatProcessor(SIZE, SIZE);
		ShortProcessor labels = new ShortProcessor(SIZE, SIZE);
		double[][] centres = new double[GRID * GRID][];
		for (int i = 0; i < GRID * GRID; i++) {
			double cx = OFFSET + STEP * (i % GRID) + 0.5, cy = OFFSET + STEP * (i / GRID) + 0.25;
			double t = Math.PI * i / (GRID * GRID), a = 8 + i % 4, b = 4;
			centres[i] = new double[] { cx, cy };
			for (int y = (int) cy - 14; y <= cy + 14; y++) for (int x = (int) cx - 14; x <= cx + 14; x++) {
				double along = (x - cx) * Math.cos(t) + (y - cy) * Math.sin(t);
				double across = -(x - cx) * Math.sin(t) + (y - cy) * Math.cos(t);
				if (along * along / (a * a) + across * across / (b * b) > 1) continue;
				labels.set(x, y, i + 1);
				field.setf(x, y, 50 + 5 * i);
			}
		}
		Path image = dir.resolve("field.tif"), labelImage = dir.resolve("field_labels.tif");
		assertTrue(new FileSaver(new ImagePlus("field.tif", field)).saveAsTiff(image.toString()));
		assertTrue(new FileSaver(new ImagePlus("field_labels.tif", labels)).saveAsTiff(labelImage.toString()));
		Path crops = dir.resolve("crops.tif"), table = dir.resolve("crops.csv");
		CliCapture cli = new CliCapture();
		assertEquals(0, cli.run("crop", "--input", image.toString(), "--labels", labelImage.toString(), "--out", crops
			.toString(), "--table", table.toString(), "--mask", "zero", "--align", "principal"), cli.err());
		TextTable cropTable = TextTable.read(table);
		assertEquals(GRID * GRID, cropTable.rowCount());
		for (int r = 0; r < cropTable.rowCount(); r++) {
			int label = (int) cropTable.number(r, "label");
			assertEquals(r + 1, label);
			assertEquals(centres[label - 1][0], cropTable.number(r, "x"), 0.6, "x of " + label);
			assertEquals(centres[label - 1][1], cropTable.number(r, "y"), 0.6, "y of " + label);
			assertEquals(50 + 5 * (label - 1), cropTable.number(r, "mean_1"), 1e-9, "mean of " + label);
		}
		ImagePlus stack = IJ.openImage(crops.toString());
		assertEquals(GRID * GRID, stack.getStackSize());
		assertEquals(28, stack.getWidth()); // 1.25 x the 95th percentile of the major axes (a bit over 2 x 11) -> 28

		Path model = dir.resolve("cells.vae.zip"), latents = dir.resolve("latents.csv");
		assertEquals(0, cli.run("train", "--input", crops.toString(), "--model", model.toString(), "--architecture",
			"dense", "--size", "16", "--latent", "3", "--epochs", "2", "--batch", "16", "--validation", "0"), cli.err());
		assertEquals(0, cli.run("encode", "--model", model.toString(), "--input", crops.toString(), "--out", latents
			.toString()), cli.err());
		TextTable codes = TextTable.read(latents);
		assertEquals(GRID * GRID, codes.rowCount());

		Path colored = dir.resolve("mu0.tif");
		assertEquals(0, cli.run("color_cells", "--labels", labelImage.toString(), "--table", latents.toString(),
			"--column", "mu_0", "--crops", table.toString(), "--out", colored.toString()), cli.err());
		ImagePlus painted = IJ.openImage(colored.toString());
		for (int r = 0; r < codes.rowCount(); r++) {
			double[] c = centres[(int) cropTable.number(r, "label") - 1];
			assertEquals((float) codes.number(r, "mu_0"), painted.getProcessor().getf((int) c[0], (int) c[1]), 0,
				"slice " + (r + 1));
		}
	}
}
