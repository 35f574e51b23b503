package io.github.vaeexplorer.command;

import io.github.vaeexplorer.cells.CropSettings;
import io.github.vaeexplorer.cells.CropTable;
import io.github.vaeexplorer.cells.TextTable;
import io.github.vaeexplorer.cells.ij.CellCrops;
import io.github.vaeexplorer.cells.ij.RoiLabels;
import io.github.vaeexplorer.data.OutputFiles;

import ij.ImagePlus;
import ij.gui.Roi;
import ij.measure.ResultsTable;
import ij.plugin.frame.RoiManager;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

import org.scijava.ItemIO;
import org.scijava.command.Command;
import org.scijava.command.ContextCommand;
import org.scijava.plugin.Parameter;
import org.scijava.plugin.Plugin;

/**
 * {@code Crop Cells...}: a stack of fixed-size crops, one object a slice, centred on each object's centroid, from the
 * active image with a label image or ROIs, or from a folder of image + label-image pairs; and the crop table, one row
 * a slice. Parameter names are the macro keys of docs/reference.md.
 *
 * @author VAE Explorer developers
 */
@Plugin(type = Command.class, headless = true, label = "Crop Cells")
public class CropCellsCommand extends ContextCommand {

	@Parameter(label = "image", required = false, persist = false,
		description = "The field of view; ignored when input names a folder")
	private ImagePlus image;

	@Parameter(label = "labels", required = false, persist = false, description =
		"The label image (a file, or the title of an open image); with input, the folder of label images")
	private String labels = "";

	@Parameter(label = "rois", required = false, style = "open", persist = false,
		description = "A RoiSet.zip; without labels and rois, the ROI Manager's ROIs")
	private String rois = "";

	@Parameter(label = "input", required = false, style = "directory", persist = false,
		description = "A folder of images, each with NAME_labels.tif beside it (or in the labels folder)")
	private String input = "";

	@Parameter(label = "size", persist = false, description = "Crop side in pixels, or auto")
	private String size = CropSettings.AUTO;

	@Parameter(label = "channels", persist = false, description = "all, or channel numbers like 1,3")
	private String channels = "all";

	@Parameter(label = "mask", choices = { "none", "zero", "background" }, persist = false)
	private String mask = "none";

	@Parameter(label = "align", choices = { "none", "principal" }, persist = false)
	private String align = "none";

	@Parameter(label = "scale", choices = { "none", "normalise" }, persist = false)
	private String scale = "none";

	@Parameter(label = "conditions", required = false, style = "open", persist = false,
		description = "A CSV of source,condition rows: each field's condition (else its sub-folder's)")
	private String conditions = "";

	@Parameter(label = "table", required = false, style = "save", persist = false,
		description = "Where to save the crop table as CSV (optional)")
	private String table = "";

	@Parameter(label = "crops", type = ItemIO.OUTPUT)
	private ImagePlus crops;

	/** Shown as ImageJ's Results table, so that a macro reads it with getResult. */
	@Parameter(label = "Results", type = ItemIO.OUTPUT)
	private ResultsTable results;

	@Parameter(label = "summary", type = ItemIO.OUTPUT)
	private String summary;

	@Override
	public void run() {
		CropSettings settings = CropSettings.of(size, mask, align, scale);
		Path tableFile = text(table).isEmpty() ? null : Paths.get(text(table));
		try {
			if (tableFile != null) OutputFiles.requireWritableText(tableFile, "a CSV table");
			CellCrops made = crop(settings);
			if (!text(conditions).isEmpty()) made = made.withConditions(TextTable.read(Paths.get(text(conditions))));
			crops = made.crops();
			results = resultsTable(made.table());
			summary = made.note();
			if (tableFile != null) {
				OutputFiles.saveText(made.table().toCsv(), tableFile);
				summary += " Wrote " + tableFile + ".";
			}
		}
		catch (IOException e) {
			throw new IllegalStateException(e.getMessage(), e);
		}
	}

	private CellCrops crop(CropSettings settings) throws IOException {
		if (!text(input).isEmpty()) {
			Path folder = Paths.get(text(input));
			if (!Files.isDirectory(folder)) throw new IllegalArgumentException("input must name a folder of images " +
				"(got '" + input + "')");
			if (!text(rois).isEmpty()) throw new IllegalArgumentException("rois outline the objects of one image, not " +
				"of a folder: give the folder's label images (NAME_labels.tif) instead");
			Path labelsFolder = text(labels).isEmpty() ? null : Paths.get(text(labels));
			if (labelsFolder != null && !Files.isDirectory(labelsFolder)) throw new IllegalArgumentException(
				"with input, labels must name the folder of label images (got '" + labels + "')");
			return CellCrops.ofFolder(folder, labelsFolder, settings, channels);
		}
		if (image == null) throw new IllegalArgumentException("there is no image to crop: open a field of view " +
			"first, or give input=[a folder of images with their label images]");
		if (!text(labels).isEmpty()) return CellCrops.ofLabels(image, OpenImages.byPathOrTitle("labels", text(labels)),
			settings, channels);
		if (!text(rois).isEmpty()) return CellCrops.ofRois(image, RoiLabels.read(Paths.get(text(rois))), settings,
			channels);
		RoiManager manager = RoiManager.getInstance();
		Roi[] managed = manager == null ? new Roi[0] : manager.getRoisAsArray();
		if (managed.length == 0) throw new IllegalArgumentException("no objects to crop: give labels=[a label " +
			"image], rois=[a RoiSet.zip], or add ROIs to the ROI Manager");
		return CellCrops.ofRois(image, managed, settings, channels);
	}

	private static ResultsTable resultsTable(CropTable table) {
		ResultsTable rt = new ResultsTable(table.rowCount());
		rt.showRowNumbers(false);
		rt.setPrecision(6);
		for (int c = 0; c < table.columns().size(); c++) {
			String column = table.columns().get(c);
			for (int r = 0; r < table.rowCount(); r++) {
				Object v = table.value(r, c);
				if (v instanceof String) rt.setValue(column, r, (String) v);
				else rt.setValue(column, r, (Double) v);
			}
		}
		return rt;
	}

	private static String text(String s) {
		return s == null ? "" : s.trim();
	}
}
