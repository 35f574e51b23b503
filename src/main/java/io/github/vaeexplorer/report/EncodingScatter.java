package io.github.vaeexplorer.report;

import ij.gui.Plot;

import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;

import io.github.vaeexplorer.text.Numbers;

/**
 * A stack's encodings (posterior means) in two latent dimensions, one point a slice, optionally coloured by a value
 * per slice (a column of a Results table or CSV, e.g. a known factor): up to {@value #MAX_CATEGORIES} distinct
 * values get a colour each, more are split into {@value #BINS} equal-width bins from blue to red. Built headless.
 *
 * @author VAE Explorer developers
 */
public final class EncodingScatter {

	static final int MAX_CATEGORIES = 8;
	static final int BINS = 5;
	private static final Color[] PALETTE = { new Color(0x1f77b4), new Color(0xff7f0e), new Color(0x2ca02c), new Color(
		0xd62728), new Color(0x9467bd), new Color(0x8c564b), new Color(0xe377c2), new Color(0x17becf) };

	private EncodingScatter() {}

	/**
	 * Plots {@code mu[.][dimX]} against {@code mu[.][dimY]}.
	 *
	 * @param colourValues one value per slice, or null for one colour
	 * @param colourName what the values are, for the legend
	 * @throws IllegalArgumentException if the colour values are not one per slice
	 */
	public static Plot of(float[][] mu, int dimX, int dimY, double[] colourValues, String colourName, String title) {
		if (colourValues != null && colourValues.length != mu.length) throw new IllegalArgumentException("the colour " +
			"column " + colourName + " has " + colourValues.length + " rows but the stack has " + mu.length + " slices");
		Plot plot = new Plot(title, "z" + dimX + " (mu)", "z" + dimY + " (mu)");
		if (colourValues == null) {
			plot.setColor(ModelPlots.ACTIVE);
			plot.add("dot", column(mu, dimX, null, 0, 0), column(mu, dimY, null, 0, 0));
			return plot;
		}
		TreeSet<Double> distinct = new TreeSet<>();
		for (double v : colourValues) {
			if (!Double.isNaN(v)) distinct.add(v);
		}
		List<String> legend = new ArrayList<>();
		if (distinct.size() <= MAX_CATEGORIES) {
			int i = 0;
			for (double v : distinct) {
				plot.setColor(PALETTE[i++ % PALETTE.length]);
				plot.add("dot", column(mu, dimX, colourValues, v, v), column(mu, dimY, colourValues, v, v));
				legend.add(colourName + "=" + format(v));
			}
		}
		else {
			double lo = distinct.first(), hi = distinct.last(), width = (hi - lo) / BINS;
			for (int b = 0; b < BINS; b++) {
				double from = lo + b * width, to = b == BINS - 1 ? hi : lo + (b + 1) * width;
				double[] x = column(mu, dimX, colourValues, from, b == BINS - 1 ? to : Math.nextDown(to));
				if (x.length == 0) continue;
				float f = b / (float) (BINS - 1);
				plot.setColor(new Color(f, 0.2f, 1 - f));
				plot.add("dot", x, column(mu, dimY, colourValues, from, b == BINS - 1 ? to : Math.nextDown(to)));
				legend.add(colourName + " " + format(from) + ".." + format(to));
			}
		}
		plot.setLegend(String.join("\t", legend), Plot.AUTO_POSITION);
		return plot;
	}

	/** Values of one dimension for the slices whose colour value lies in [from, to] (all slices without colours). */
	private static double[] column(float[][] mu, int dim, double[] colour, double from, double to) {
		List<Double> out = new ArrayList<>();
		for (int i = 0; i < mu.length; i++) {
			if (colour == null || colour[i] >= from && colour[i] <= to) out.add((double) mu[i][dim]);
		}
		return ModelPlots.toArray(out);
	}

	private static String format(double v) {
		return Numbers.isWhole(v) ? Numbers.format(v) : String.format(Locale.ROOT, "%.3g", v);
	}
}
