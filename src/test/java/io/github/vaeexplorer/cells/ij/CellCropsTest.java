package io.github.vaeexplorer.cells.ij;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.vaeexplorer.cells.CropSettings;
import io.github.vaeexplorer.cells.CropTable;
import io.github.vaeexplorer.cells.TextTable;

import ij.ImagePlus;
import ij.ImageStack;
import ij.gui.OvalRoi;
import ij.gui.Roi;
import ij.io.FileSaver;
import ij.io.RoiEncoder;
import ij.process.ShortProcessor;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Crop Cells on ImageJ images: a 16-bit two-channel field keeps both channels and their values, ROIs from a
 * RoiSet.zip keep their names, a folder pairs images with label images by name (sub-folders are conditions), and
 * Color Cells By paints each object with its row's value.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class CellCropsTest {

	private static final int W = 40, H = 30;

	@TempDir
	Path dir;

	/** Two 16-bit channels: c1 = 1000 + x + 40 y, c2 = 30000 + x. */
	private static ImagePlus field(String title) {
		ImageStack stack = new ImageStack(W, H);
		ShortProcessor c1 = new ShortProcessor(W, H), c2 = new ShortProcessor(W, H);
		for (int y = 0; y < H; y++) for (int x = 0; x < W; x++) {
			c1.set(x, y, 1000 + x + 40 * y);
			c2.set(x, y, 30000 + x);
		}
		stack.addSlice(c1);
		stack.addSlice(c2);
		ImagePlus imp = new ImagePlus(title, stack);
		imp.setDimensions(2, 1, 1);
		return imp;
	}

	/** Label 5: the 4x4 box x 6..9, y 5..8; label 9: the 3x5 box x 20..22, y 10..14; label 2 on the left edge. */
	private static ImagePlus labels(String title) {
		ShortProcessor ip = new ShortProcessor(W, H);
		for (int y = 5; y <= 8; y++) for (int x = 6; x <= 9; x++) ip.set(x, y, 5);
		for (int y = 10; y <= 14; y++) for (int x = 20; x <= 22; x++) ip.set(x, y, 9);
		for (int y = 20; y <= 22; y++) ip.set(0, y, 2);
		return new ImagePlus(title, ip);
	}

	@Test
	void sixteenBitTwoChannelFieldsKeepBothChannelsAndTheirValues() {
		ImagePlus source = field("f.tif");
		source.getCalibration().pixelWidth = 0.25;
		CellCrops made = CellCrops.ofLabels(source, labels("f_labels.tif"), CropSettings.of("6", "none", "none",
			"none"), "all");
		ImagePlus crops = made.crops();
		assertEquals(0.25, crops.getCalibration().pixelWidth, 0);
		assertEquals(2, crops.getNChannels());
		assertEquals(2, crops.getNSlices());
		assertEquals(32, crops.getBitDepth());
		// Label 9: centroid (21, 12) at crop (3, 3): the crop covers x 18..23, y 9..14.
		float[] c1 = (float[]) crops.getStack().getProcessor(crops.getStackIndex(1, 2, 1)).getPixels();
		float[] c2 = (float[]) crops.getStack().getProcessor(crops.getStackIndex(2, 2, 1)).getPixels();
		for (int v = 0; v < 6; v++) for (int u = 0; u < 6; u++) {
			assertEquals(1000 + (18 + u) + 40 * (9 + v), c1[v * 6 + u], 0);
			assertEquals(30000 + 18 + u, c2[v * 6 + u], 0);
		}
		assertEquals("f.tif:9", crops.getStack().getSliceLabel(crops.getStackIndex(2, 2, 1)));
		CropTable table = made.table();
		assertEquals(2, table.rowCount());
		assertEquals("f.tif", table.value(1, table.columns().indexOf("source")));
		assertEquals(9.0, table.value(1, table.columns().indexOf("label")));
		assertEquals(15.0, table.value(1, table.columns().indexOf("area")));
		assertEquals(1000 + 21 + 40 * 12.0, (Double) table.value(1, table.columns().indexOf("mean_1")), 1e-9);
		assertEquals(30021.0, (Double) table.value(1, table.columns().indexOf("mean_2")), 1e-9);
		assertTrue(made.note().endsWith("skipped 1 touching the border."), made.note());
	}

	@Test
	void chosenChannelsAreKeptInTheirOrder() {
		CellCrops made = CellCrops.ofLabels(field("f.tif"), labels("f_labels.tif"), CropSettings.of("6", "none",
			"none", "none"), "2");
		assertEquals(1, made.crops().getNChannels());
		assertEquals(30000 + 18, made.crops().getStack().getProcessor(2).getf(0, 0), 0);
		assertTrue(made.table().columns().contains("mean_2") && !made.table().columns().contains("mean_1"));
		assertEquals("channels: the image has 2 channel(s), so there is no channel 3", assertThrows(
			IllegalArgumentException.class, () -> CellCrops.ofLabels(field("f.tif"), labels("l"), CropSettings.of("6",
				"none", "none", "none"), "3")).getMessage());
	}

	@Test
	void roisFromARoiSetKeepTheirNamesAndOrder() throws IOException {
		Roi first = new Roi(6, 5, 4, 4), second = new OvalRoi(20, 10, 6, 6);
		first.setName("cell-a");
		second.setName("cell-b");
		Path zip = dir.resolve("RoiSet.zip");
		try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
			for (Roi roi : new Roi[] { first, second }) {
				out.putNextEntry(new ZipEntry(roi.getName() + ".roi"));
				out.write(RoiEncoder.saveAsByteArray(roi));
				out.closeEntry();
			}
		}
		Roi[] read = RoiLabels.read(zip);
		CellCrops made = CellCrops.ofRois(field("f.tif"), read, CropSettings.of("8", "zero", "none", "none"), "1");
		CropTable table = made.table();
		assertEquals(2, table.rowCount());
		assertEquals("cell-a", table.value(0, table.columns().indexOf("name")));
		assertEquals("cell-b", table.value(1, table.columns().indexOf("name")));
		assertEquals(1.0, table.value(0, table.columns().indexOf("label")));
		assertEquals(16.0, table.value(0, table.columns().indexOf("area")));
		assertEquals(7.5, (Double) table.value(0, table.columns().indexOf("x")), 1e-12);
		assertEquals(new OvalRoi(20, 10, 6, 6).getContainedPoints().length, ((Double) table.value(1, table.columns()
			.indexOf("area"))).intValue());
		assertEquals("f.tif:1 cell-a", made.crops().getStack().getSliceLabel(1));
	}

	@Test
	void aFolderPairsImagesWithLabelImagesByNameAndSubFoldersAreConditions() throws IOException {
		save(field("a.tif"), dir.resolve("a.tif"));
		save(labels("a_labels.tif"), dir.resolve("a_labels.tif"));
		Files.createDirectories(dir.resolve("treated"));
		save(field("b.tif"), dir.resolve("treated").resolve("b.tif"));
		save(labels("b_labels.tif"), dir.resolve("treated").resolve("b_labels.tif"));
		CellCrops made = CellCrops.ofFolder(dir, null, CropSettings.of("auto", "none", "none", "none"), "all");
		CropTable table = made.table();
		assertEquals(4, table.rowCount());
		int source = table.columns().indexOf("source"), condition = table.columns().indexOf("condition");
		assertEquals("a.tif", table.value(0, source));
		assertEquals("", table.value(0, condition));
		assertEquals("b.tif", table.value(2, source));
		assertEquals("treated", table.value(3, condition));
		assertEquals(8, made.crops().getWidth()); // extents 4 and 5 -> 1.25 * 5 = 6.25 -> 8
		assertTrue(made.note().startsWith("Cropped 4 object(s) from 2 field(s) at 8x8 pixels"), made.note());

		Files.delete(dir.resolve("treated").resolve("b_labels.tif"));
		assertEquals("b.tif has no label image: expected b_labels.tif in " + dir.resolve("treated"), assertThrows(
			IllegalArgumentException.class, () -> CellCrops.ofFolder(dir, null, CropSettings.of("auto", "none", "none",
				"none"), "all")).getMessage());
	}

	@Test
	void colorCellsPaintsEveryObjectWithItsRowsValue() throws IOException {
		Path crops = dir.resolve("crops.csv");
		CellCrops made = CellCrops.ofLabels(field("f.tif"), labels("f_labels.tif"), CropSettings.of("6", "none",
			"none", "none"), "all");
		Files.write(crops, made.table().toCsv().getBytes(StandardCharsets.UTF_8));
		Path scores = dir.resolve("scores.csv");
		Files.write(scores, "slice,score\n1,0.25\n2,-3.5\n".getBytes(StandardCharsets.UTF_8));
		ImagePlus colored = ColoredCells.paint(labels("f_labels.tif"), TextTable.read(scores), "score", TextTable.read(
			crops));
		assertEquals(32, colored.getBitDepth());
		assertEquals(0.25f, colored.getProcessor().getf(7, 6), 0);
		assertEquals(-3.5f, colored.getProcessor().getf(21, 12), 0);
		assertTrue(Float.isNaN(colored.getProcessor().getf(0, 0)), "background");
		assertTrue(Float.isNaN(colored.getProcessor().getf(0, 21)), "the border object was not cropped: no value");
		assertEquals(3, colored.getOverlay().size(), "a colour bar and its two ends' values");
		assertEquals("0.2500", ((ij.gui.TextRoi) colored.getOverlay().get(1)).getText().trim());
		assertEquals("-3.500", ((ij.gui.TextRoi) colored.getOverlay().get(2)).getText().trim());
		ImagePlus byArea = ColoredCells.paint(labels("f_labels.tif"), TextTable.read(crops), "area", null);
		assertEquals(16f, byArea.getProcessor().getf(6, 5), 0);
		assertEquals(15f, byArea.getProcessor().getf(22, 14), 0);
		assertEquals("scores.csv has no column 'areas'; its columns are slice, score", assertThrows(
			IllegalArgumentException.class, () -> ColoredCells.paint(labels("x"), TextTable.read(scores), "areas",
				null)).getMessage());
	}

	private static void save(ImagePlus imp, Path file) {
		assertTrue(imp.getStackSize() > 1 ? new FileSaver(imp).saveAsTiffStack(file.toString()) : new FileSaver(imp)
			.saveAsTiff(file.toString()));
	}
}
