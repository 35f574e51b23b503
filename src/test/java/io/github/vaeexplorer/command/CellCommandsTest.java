package io.github.vaeexplorer.command;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ij.ImagePlus;
import ij.gui.OvalRoi;
import ij.gui.Roi;
import ij.io.RoiEncoder;
import ij.measure.ResultsTable;
import ij.process.FloatProcessor;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.scijava.Context;

/**
 * Crop Cells and Color Cells By as SciJava commands (as the menus and macros run them): the ROI route from a
 * RoiSet.zip, the Results table and the saved crop table, and the ROIs coloured by a column of it.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class CellCommandsTest {

	@TempDir
	Path dir;

	@Test
	void cropByRoisThenColorTheRoisByArea() throws IOException {
		FloatProcessor fp = new FloatProcessor(60, 40);
		for (int i = 0; i < 60 * 40; i++) fp.setf(i, i % 60);
		ImagePlus field = new ImagePlus("field.tif", fp);
		Roi a = new Roi(5, 5, 6, 4), b = new OvalRoi(30, 12, 10, 10);
		a.setName("first");
		b.setName("second");
		Path zip = dir.resolve("RoiSet.zip");
		try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
			for (Roi roi : new Roi[] { a, b }) {
				out.putNextEntry(new ZipEntry(roi.getName() + ".roi"));
				out.write(RoiEncoder.saveAsByteArray(roi));
				out.closeEntry();
			}
		}
		Path table = dir.resolve("crops.csv");
		try (Context context = CommandContexts.create()) {
			Map<String, Object> in = new HashMap<>();
			in.put("image", field);
			in.put("rois", zip.toString());
			in.put("size", "16");
			in.put("mask", "zero");
			in.put("table", table.toString());
			Map<String, Object> out = new CommandRunner(context).run(CropCellsCommand.class, in);
			ImagePlus crops = (ImagePlus) out.get("crops");
			assertEquals(2, crops.getStackSize());
			ResultsTable results = (ResultsTable) out.get("results");
			assertEquals("second", results.getStringValue("name", 1));
			assertEquals(24, results.getValue("area", 0), 0);
			assertTrue(((String) out.get("summary")).endsWith("Wrote " + table + "."));
			List<String> lines = Files.readAllLines(table, StandardCharsets.UTF_8);
			assertTrue(lines.get(1).startsWith("1,field.tif,1,7.5,6.5,24,5,5,6,4,"), lines.get(1));
			assertTrue(lines.get(0).endsWith(",mean_1,name") && lines.get(1).endsWith(",first"), lines.toString());

			in.clear();
			in.put("image", field);
			in.put("rois", zip.toString());
			in.put("table", table.toString());
			in.put("column", "area");
			ImagePlus colored = (ImagePlus) new CommandRunner(context).run(ColorCellsCommand.class, in).get("colored");
			assertEquals(24f, colored.getProcessor().getf(6, 6), 0);
			assertEquals((float) new OvalRoi(30, 12, 10, 10).getContainedPoints().length, colored.getProcessor().getf(35,
				17), 0);
			assertTrue(Float.isNaN(colored.getProcessor().getf(0, 0)));
			assertEquals("area of field.tif", colored.getTitle());
		}
	}
}
