package io.github.vaeexplorer.command;

import io.github.vaeexplorer.cells.TextTable;
import io.github.vaeexplorer.cells.ij.ColoredCells;
import io.github.vaeexplorer.cells.ij.RoiLabels;

import ij.ImagePlus;
import ij.gui.Roi;
import ij.process.FloatProcessor;
import ij.plugin.frame.RoiManager;

import java.io.IOException;
import java.nio.file.Paths;
import java.util.Locale;

import org.scijava.ItemIO;
import org.scijava.command.Command;
import org.scijava.command.ContextCommand;
import org.scijava.plugin.Parameter;
import org.scijava.plugin.Plugin;

/**
 * {@code Color Cells By...}: the label image of a field (or the field's ROIs, from a RoiSet.zip or the ROI Manager)
 * with each object painted by its value of a table column (a latent dimension, a cluster, an outlier score), 32-bit,
 * NaN where there is no value. Parameter names are the macro
 * keys of docs/reference.md.
 *
 * @author VAE Explorer developers
 */
@Plugin(type = Command.class, headless = true, label = "Color Cells By")
public class ColorCellsCommand extends ContextCommand {

	@Parameter(label = "image", required = false, persist = false,
		description = "The label image, or with ROIs the field they outline; ignored when labels is given")
	private ImagePlus image;

	@Parameter(label = "column", persist = false, description = "The column whose values paint the objects")
	private String column = "";

	@Parameter(label = "table", style = "open", persist = false, description =
		"A CSV with a label column (the crop table), or one row a crop slice (encode, cluster, outliers) with crops")
	private String table = "";

	@Parameter(label = "labels", required = false, persist = false,
		description = "The label image (a file, or the title of an open image); else the active image")
	private String labels = "";

	@Parameter(label = "crops", required = false, style = "open", persist = false,
		description = "The crop table that maps the table's slices to labels")
	private String crops = "";

	@Parameter(label = "rois", required = false, style = "open", persist = false,
		description = "A RoiSet.zip whose i-th ROI is label i, on the active image (instead of a label image)")
	private String rois = "";

	@Parameter(label = "colored", type = ItemIO.OUTPUT)
	private ImagePlus colored;

	@Parameter(label = "summary", type = ItemIO.OUTPUT)
	private String summary;

	@Override
	public void run() {
		if (text(column).isEmpty()) throw new IllegalArgumentException("column must name a column of the table");
		if (text(table).isEmpty()) throw new IllegalArgumentException("table must name a CSV table (e.g. the crop " +
			"table, or encode's output with crops=[crops.csv])");
		ImagePlus labelImage;
		try {
			labelImage = labelImage();
		}
		catch (IOException e) {
			throw new IllegalStateException(e.getMessage(), e);
		}
		try {
			TextTable values = TextTable.read(Paths.get(text(table)));
			TextTable map = text(crops).isEmpty() ? null : TextTable.read(Paths.get(text(crops)));
			colored = ColoredCells.paint(labelImage, values, text(column), map);
		}
		catch (IOException e) {
			throw new IllegalStateException(e.getMessage(), e);
		}
		summary = String.format(Locale.ROOT, "Colored the cells of %s by %s (display range %.6g to %.6g).", labelImage
			.getTitle(), text(column), colored.getDisplayRangeMin(), colored.getDisplayRangeMax());
	}

	/** The labels key's image, else the ROIs (a RoiSet.zip, else the ROI Manager's) painted, else the active image. */
	private ImagePlus labelImage() throws IOException {
		if (!text(labels).isEmpty()) return OpenImages.byPathOrTitle("labels", text(labels));
		Roi[] outlines = text(rois).isEmpty() ? managedRois() : RoiLabels.read(Paths.get(text(rois)));
		if (image == null) throw new IllegalArgumentException("there is no label image: open one, or give " +
			"labels=[a label image]" + (outlines.length > 0 ? " (ROIs need the field they outline open)" : ""));
		if (outlines.length == 0) return image;
		RoiLabels painted = RoiLabels.of(outlines, image.getWidth(), image.getHeight());
		ImagePlus labelled = new ImagePlus(image.getTitle(), new FloatProcessor(image.getWidth(), image.getHeight(),
			painted.labels().copyOfIds()));
		labelled.setCalibration(image.getCalibration().copy());
		return labelled;
	}

	/** The ROI Manager's ROIs when there is one holding any and no RoiSet is named; else none. */
	private static Roi[] managedRois() {
		RoiManager manager = RoiManager.getInstance();
		return manager == null ? new Roi[0] : manager.getRoisAsArray();
	}

	private static String text(String s) {
		return s == null ? "" : s.trim();
	}
}
