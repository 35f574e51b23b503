package io.github.vaeexplorer.cells.ij;

import io.github.vaeexplorer.cells.CellColoring;
import io.github.vaeexplorer.cells.LabelImage;
import io.github.vaeexplorer.cells.TextTable;
import io.github.vaeexplorer.data.ImageFiles;

import ij.ImagePlus;
import ij.plugin.LutLoader;
import ij.gui.ImageRoi;
import ij.gui.Overlay;
import ij.gui.TextRoi;
import ij.process.ColorProcessor;
import ij.process.FloatProcessor;

import java.awt.Color;
import java.awt.Font;
import java.awt.image.IndexColorModel;
import java.util.Locale;
import java.util.Map;

/**
 * {@code Color Cells By...} on an ImageJ label image: a 32-bit image, each object painted with its value of a table
 * column (NaN for background and for objects the table has no value for), shown with the Fire lookup table over the
 * values' range, with a colour bar as an overlay. A crop table row belongs to the label image
 * {@code NAME_labels.tif} when its {@code source} is {@code NAME.*} or the label image's own title.
 *
 * @author VAE Explorer developers
 */
public final class ColoredCells {

	private ColoredCells() {}

	/**
	 * A colour bar in the image's top right corner (an overlay: the pixel values stay the painted ones): the lookup
	 * table from the largest value (top) to the smallest (bottom), each end labelled with its value.
	 */
	static Overlay colourBar(int width, int height, double min, double max, IndexColorModel lut) {
		int barWidth = Math.max(4, width / 40), barHeight = Math.max(8, height / 3), margin = Math.max(2, width / 100);
		ColorProcessor bar = new ColorProcessor(barWidth, barHeight);
		for (int y = 0; y < barHeight; y++) {
			int index = (int) Math.round(255.0 * (barHeight - 1 - y) / Math.max(1, barHeight - 1));
			bar.setColor(new Color(lut.getRGB(index)));
			bar.drawLine(0, y, barWidth - 1, y);
		}
		int x = width - barWidth - margin;
		Overlay overlay = new Overlay(new ImageRoi(x, margin, bar));
		Font font = new Font(Font.SANS_SERIF, Font.PLAIN, Math.max(9, height / 40));
		String[] texts = { label(max), label(min) };
		int[] ys = { margin, margin + barHeight - font.getSize() - 2 };
		for (int i = 0; i < 2; i++) {
			TextRoi text = new TextRoi(0, ys[i], texts[i], font);
			text.setLocation(x - text.getBounds().width - margin, ys[i]);
			text.setStrokeColor(Color.WHITE);
			overlay.add(text);
		}
		return overlay;
	}

	private static String label(double value) {
		return String.format(Locale.ROOT, "%.4g", value);
	}

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
		IndexColorModel lut = LutLoader.getLut("fire");
		fp.setColorModel(lut);
		ImagePlus out = new ImagePlus(column + " of " + title, fp);
		out.setCalibration(labelImage.getCalibration().copy());
		double min = Double.POSITIVE_INFINITY, max = Double.NEGATIVE_INFINITY;
		for (float v : painted) {
			if (Float.isNaN(v)) continue;
			min = Math.min(min, v);
			max = Math.max(max, v);
		}
		if (min <= max) {
			out.setDisplayRange(min, max > min ? max : min + 1);
			out.setOverlay(colourBar(labels.width(), labels.height(), min, max, lut));
		}
		return out;
	}
}
