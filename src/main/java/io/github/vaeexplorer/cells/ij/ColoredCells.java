package io.github.vaeexplorer.cells.ij;

import io.github.vaeexplorer.cells.CellColoring;
import io.github.vaeexplorer.cells.LabelImage;
import io.github.vaeexplorer.cells.TextTable;
import io.github.vaeexplorer.data.ImageFiles;

import ij.ImagePlus;
import ij.plugin.LutLoader;
import ij.process.FloatProcessor;

import java.util.Map;

/**
 * {@code Color Cells By...} on an ImageJ label image: a 32-bit image, each object painted with its value of a table
 * column (NaN for background and for objects the table has no value for), shown with the Fire lookup table over the
 * values' range. A crop table row belongs to the label image {@code NAME_labels.tif} when its {@code source} is
 * {@code NAME.*} or the label image's own title.
 *
 * @author VAE Explorer developers
 */
public final class ColoredCells {

	private ColoredCells() {}

	/**
	 * @param crops the crop table mapping slices to labels when {@code table} has no {@code label} column, or null
	 */
	public static ImagePlus paint(ImagePlus labelImage, TextTable table, String column, TextTable crops) {
		LabelImage labels = ImagePlanes.labels(labelImage);
		String title = labelImage.getTitle();
		String base = ImageFiles.baseName(title);
		String field = base.endsWith(FieldPairs.LABELS_SUFFIX) ? base.substring(0, base.length() - FieldPairs
			.LABELS_SUFFIX.length()) : base;
		Map<Integer, Double> values = CellColoring.values(table, column, crops, source -> source.equals(title) ||
			ImageFiles.baseName(source).equals(field));
		float[] painted = CellColoring.paint(labels, values);
		FloatProcessor fp = new FloatProcessor(labels.width(), labels.height(), painted);
		fp.setColorModel(LutLoader.getLut("fire"));
		ImagePlus out = new ImagePlus(column + " of " + title, fp);
		out.setCalibration(labelImage.getCalibration().copy());
		double min = Double.POSITIVE_INFINITY, max = Double.NEGATIVE_INFINITY;
		for (float v : painted) {
			if (Float.isNaN(v)) continue;
			min = Math.min(min, v);
			max = Math.max(max, v);
		}
		if (min <= max) out.setDisplayRange(min, max > min ? max : min + 1);
		return out;
	}
}
