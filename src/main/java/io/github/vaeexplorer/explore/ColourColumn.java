package io.github.vaeexplorer.explore;

import ij.measure.ResultsTable;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

import io.github.vaeexplorer.text.Numbers;

/**
 * The colour of each point, from one value a slice: text values and numbers with at most {@value #MAX_CATEGORIES}
 * distinct values are categories (a colour each, e.g. a class, a cluster, a condition); other numbers are continuous
 * and run from blue (smallest) to yellow (largest), e.g. an outlier score or a latent dimension. Missing values
 * (empty cells, NaN) are grey.
 *
 * @author VAE Explorer developers
 */
public final class ColourColumn {

	/** More distinct numbers than this are coloured as a continuous value. */
	public static final int MAX_CATEGORIES = 12;

	/** The points' colour when nothing colours them, and of missing values. */
	public static final int PLAIN = 0x1f77b4, MISSING = 0x9a9a9a;

	private static final int[] PALETTE = { 0x1f77b4, 0xff7f0e, 0x2ca02c, 0xd62728, 0x9467bd, 0x8c564b, 0xe377c2,
		0x7f7f7f, 0xbcbd22, 0x17becf, 0xaec7e8, 0xffbb78 };

	private final String name;
	private final String[] text;
	private final int[] colours;
	private final Map<String, Integer> legend;

	private ColourColumn(String name, String[] text, int[] colours, Map<String, Integer> legend) {
		this.name = name;
		this.text = text;
		this.colours = colours;
		this.legend = Collections.unmodifiableMap(legend);
	}

	/** Colours from numbers (NaN: missing). */
	public static ColourColumn numeric(String name, double[] values) {
		String[] text = new String[values.length];
		for (int i = 0; i < values.length; i++) text[i] = Double.isNaN(values[i]) ? "" : format(values[i]);
		return build(name, values, text);
	}

	/**
	 * Colours from a table's column, one row a slice.
	 *
	 * @param where what the table is, for messages (e.g. a file name)
	 * @throws IllegalArgumentException if the column is missing or the table has another number of rows
	 */
	public static ColourColumn of(ResultsTable table, String column, String where, int slices) {
		if (!table.columnExists(column)) throw new IllegalArgumentException("color_by column '" + column +
			"' is not in " + where + " (columns: " + String.join(", ", table.getHeadings()) + ")");
		if (table.size() != slices) throw new IllegalArgumentException("color_by column '" + column + "' of " +
			where + " has " + table.size() + " rows but the stack has " + slices + " slices");
		double[] values = new double[slices];
		String[] text = new String[slices];
		boolean numeric = true;
		for (int i = 0; i < slices; i++) {
			values[i] = table.getValue(column, i);
			String s = table.getStringValue(column, i);
			text[i] = s == null ? "" : s.trim();
			if (Double.isNaN(values[i]) && !text[i].isEmpty() && !text[i].equalsIgnoreCase("NaN")) numeric = false;
		}
		if (numeric) return numeric(column, values);
		return categories(column, text);
	}

	private static ColourColumn build(String name, double[] values, String[] text) {
		TreeSet<Double> distinct = new TreeSet<>();
		for (double v : values) if (!Double.isNaN(v)) distinct.add(v);
		if (distinct.size() <= MAX_CATEGORIES) {
			String[] keys = new String[values.length];
			for (int i = 0; i < values.length; i++) keys[i] = text[i];
			List<String> order = new ArrayList<>();
			for (double v : distinct) order.add(format(v));
			return withCategories(name, keys, order);
		}
		double lo = distinct.first(), hi = distinct.last();
		int[] colours = new int[values.length];
		for (int i = 0; i < values.length; i++) {
			colours[i] = Double.isNaN(values[i]) ? MISSING : ramp((values[i] - lo) / (hi - lo));
		}
		Map<String, Integer> legend = new LinkedHashMap<>();
		legend.put(name + " " + format(lo), ramp(0));
		legend.put(name + " " + format(hi), ramp(1));
		return new ColourColumn(name, text, colours, legend);
	}

	private static ColourColumn categories(String name, String[] text) {
		TreeSet<String> distinct = new TreeSet<>();
		for (String s : text) if (!s.isEmpty()) distinct.add(s);
		return withCategories(name, text, new ArrayList<>(distinct));
	}

	private static ColourColumn withCategories(String name, String[] keys, List<String> order) {
		Map<String, Integer> legend = new LinkedHashMap<>();
		for (int c = 0; c < order.size(); c++) legend.put(order.get(c), PALETTE[c % PALETTE.length]);
		int[] colours = new int[keys.length];
		for (int i = 0; i < keys.length; i++) {
			Integer colour = legend.get(keys[i]);
			colours[i] = colour == null ? MISSING : colour;
		}
		Map<String, Integer> named = new LinkedHashMap<>();
		legend.forEach((k, v) -> named.put(name + "=" + k, v));
		return new ColourColumn(name, keys, colours, named);
	}

	/** Blue through green to yellow, for {@code t} in [0, 1]. */
	static int ramp(double t) {
		double f = Double.isNaN(t) ? 0 : Math.max(0, Math.min(1, t));
		int r = (int) Math.round(255 * Math.max(0, 2 * f - 1) * 0.99);
		int g = (int) Math.round(255 * (0.2 + 0.75 * f));
		int b = (int) Math.round(255 * (1 - f) * 0.85);
		return r << 16 | g << 8 | b;
	}

	/** The column's name. */
	public String name() { return name; }

	/** One RGB colour a slice (not copied: do not change). */
	public int[] colours() { return colours; }

	/** A slice's value as text (empty when missing). */
	public String text(int slice) { return text[slice]; }

	/** What each colour means, in order: a category's value, or the two ends of a continuous range. */
	public Map<String, Integer> legend() { return legend; }

	private static String format(double v) {
		return Numbers.isWhole(v) ? Numbers.format(v) : String.format(Locale.ROOT, "%.3g", v);
	}
}
