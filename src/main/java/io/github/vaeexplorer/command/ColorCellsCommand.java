package io.github.vaeexplorer.command;

import io.github.vaeexplorer.cells.TextTable;
import io.github.vaeexplorer.cells.ij.ColoredCells;

import ij.ImagePlus;

import java.io.IOException;
import java.nio.file.Paths;
import java.util.Locale;

import org.scijava.ItemIO;
import org.scijava.command.Command;
import org.scijava.command.ContextCommand;
import org.scijava.plugin.Parameter;
import org.scijava.plugin.Plugin;

/**
 * {@code Color Cells By...}: the label image of a field with each object painted by its value of a table column (a
 * latent dimension, a cluster, an outlier score), 32-bit, NaN where there is no value. Parameter names are the macro
 * keys of docs/reference.md.
 *
 * @author VAE Explorer developers
 */
@Plugin(type = Command.class, headless = true, label = "Color Cells By")
public class ColorCellsCommand extends ContextCommand {

	@Parameter(label = "image", required = false, persist = false,
		description = "The label image; ignored when labels is given")
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

	@Parameter(label = "colored", type = ItemIO.OUTPUT)
	private ImagePlus colored;

	@Parameter(label = "summary", type = ItemIO.OUTPUT)
	private String summary;

	@Override
	public void run() {
		if (text(column).isEmpty()) throw new IllegalArgumentException("column must name a column of the table");
		if (text(table).isEmpty()) throw new IllegalArgumentException("table must name a CSV table (e.g. the crop " +
			"table, or encode's output with crops=[crops.csv])");
		ImagePlus labelImage = text(labels).isEmpty() ? image : OpenImages.byPathOrTitle("labels", text(labels));
		if (labelImage == null) throw new IllegalArgumentException("there is no label image: open one, or give " +
			"labels=[a label image]");
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

	private static String text(String s) {
		return s == null ? "" : s.trim();
	}
}
