package io.github.vaeexplorer.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.vaeexplorer.cells.TextTable;
import io.github.vaeexplorer.table.FactorTable;

import ij.IJ;
import ij.ImagePlus;
import ij.io.FileSaver;
import ij.process.FloatProcessor;
import ij.process.ShortProcessor;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The verbs {@code crop} and {@code color_cells}: files written, the crop table's columns, values painted back, and
 * one-line errors.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class CellVerbsTest {

	@TempDir
	Path dir;
	private Path field, labels;
	private final CliCapture cli = new CliCapture();

	/** A 50x40 field (value 100 + x) with three boxes labelled 3, 4 and 8. */
	@BeforeEach
	void writeField() {
		FloatProcessor f = new FloatProcessor(50, 40);
		ShortProcessor l = new ShortProcessor(50, 40);
		for (int y = 0; y < 40; y++) for (int x = 0; x < 50; x++) {
			f.setf(x, y, 100 + x);
			if (x >= 5 && x < 10 && y >= 5 && y < 10) l.set(x, y, 3);
			if (x >= 20 && x < 26 && y >= 20 && y < 24) l.set(x, y, 4);
			if (x >= 35 && x < 45 && y >= 10 && y < 13) l.set(x, y, 8);
		}
		field = dir.resolve("field.tif");
		labels = dir.resolve("field_labels.tif");
		assertTrue(new FileSaver(new ImagePlus("field.tif", f)).saveAsTiff(field.toString()));
		assertTrue(new FileSaver(new ImagePlus("field_labels.tif", l)).saveAsTiff(labels.toString()));
	}

	@Test
	void cropWritesTheStackAndTheTableAndColorCellsPaintsItBack() throws IOException {
		Path crops = dir.resolve("crops.tif"), table = dir.resolve("crops.csv");
		assertEquals(0, cli.run("crop", "--input", field.toString(), "--labels", labels.toString(), "--out", crops
			.toString(), "--table", table.toString(), "--size", "12", "--mask", "zero"), cli.err());
		assertTrue(cli.out().contains("Cropped 3 object(s) from 1 field(s) at 12x12 pixels; skipped 0 touching the " +
			"border."), cli.out());
		ImagePlus stack = IJ.openImage(crops.toString());
		assertEquals(3, stack.getStackSize());
		assertEquals(12, stack.getWidth());
		List<String> lines = Files.readAllLines(table, StandardCharsets.UTF_8);
		assertTrue(lines.get(0).startsWith("slice,source,label,x,y,area,bbox_x,bbox_y,bbox_width,bbox_height,"),
			lines.get(0));
		assertEquals(4, lines.size());
		assertTrue(lines.get(2).startsWith("2,field.tif,4,22.5,21.5,24,20,20,6,4,"), lines.get(2));

		Path colored = dir.resolve("colored.tif");
		assertEquals(0, cli.run("color_cells", "--labels", labels.toString(), "--table", table.toString(), "--column",
			"area", "--out", colored.toString()), cli.err());
		ImagePlus painted = IJ.openImage(colored.toString());
		assertEquals(32, painted.getBitDepth());
		assertEquals(25f, painted.getProcessor().getf(7, 7), 0);
		assertEquals(24f, painted.getProcessor().getf(25, 23), 0);
		assertEquals(30f, painted.getProcessor().getf(35, 10), 0);
		assertTrue(Float.isNaN(painted.getProcessor().getf(0, 0)));
	}

	@Test
	void cropOfAFolderMakesOneStackAndItsTableReadsAsFactors() throws IOException {
		Path fields = Files.createDirectories(dir.resolve("fields"));
		Files.move(field, fields.resolve("field.tif"));
		Files.move(labels, fields.resolve("field_labels.tif"));
		Path crops = dir.resolve("crops.tif"), table = dir.resolve("crops.csv");
		Path conditions = dir.resolve("conditions.csv");
		Files.write(conditions, "source,condition\nfield.tif,\"treated, 2 h\"\n".getBytes(StandardCharsets.UTF_8));
		assertEquals(0, cli.run("crop", "--input", fields.toString(), "--out", crops.toString(), "--table", table
			.toString(), "--conditions", conditions.toString()), cli.err());
		assertEquals("treated, 2 h", TextTable.read(table).text(2, "condition"));
		assertEquals(3, IJ.openImage(crops.toString()).getStackSize());
		FactorTable factors = TextTable.read(table).numericColumns();
		assertEquals(3, factors.rowCount());
		assertFalse(factors.columnNames().contains("source"));
		assertEquals(List.of(3.0, 4.0, 8.0), List.of(factors.get(0, 1), factors.get(1, 1), factors.get(2, 1)));
		assertEquals("label", factors.columnNames().get(1));
	}

	@Test
	void badInputsGiveOneLineNamingTheProblem() {
		Path out = dir.resolve("out.tif");
		assertEquals(1, cli.run("crop", "--input", field.toString(), "--labels", labels.toString(), "--out", out
			.toString(), "--mask", "blur"));
		assertEquals("error: mask must be one of none, zero, background (got 'blur')\n", cli.err());
		cli.resetErr();
		assertEquals(1, cli.run("color_cells", "--table", "t.csv", "--column", "area", "--out", out.toString()));
		assertEquals("error: --labels is required (the label image to color)\n", cli.err());
		cli.resetErr();
		assertEquals(1, cli.run("crop", "--input", field.toString(), "--labels", dir.resolve("none.tif").toString(),
			"--out", out.toString()));
		assertTrue(cli.err().startsWith("error: labels must name an image file or the title of an open image"), cli
			.err());
		assertFalse(Files.exists(out));
	}
}
