package io.github.vaeexplorer.cells;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Predicate;

/**
 * {@code Color Cells By...}: every object's pixels painted with one value of a table column, so that a latent
 * dimension, a cluster or an outlier score is seen where the cells lie. Background and objects without a value are
 * NaN.
 *
 * @author VAE Explorer developers
 */
public final class CellColoring {

	private CellColoring() {}

	/** A plane as large as the label image: each pixel the value of its label, NaN where there is none. */
	public static float[] paint(LabelImage labels, Map<Integer, Double> values) {
		int[] ids = labels.ids();
		float[] out = new float[ids.length];
		int max = 0;
		for (int id : ids) max = Math.max(max, id);
		float[] byLabel = new float[max + 1];
		java.util.Arrays.fill(byLabel, Float.NaN);
		for (Map.Entry<Integer, Double> e : values.entrySet()) {
			int id = e.getKey();
			if (id > 0 && id <= max) byLabel[id] = e.getValue().floatValue();
		}
		for (int i = 0; i < ids.length; i++) out[i] = byLabel[ids[i]];
		return out;
	}

	/**
	 * The values of a column by label, from a table with a {@code label} column (the crop table, or any table of
	 * labels), or from a table of slices (encode, cluster or outlier output: a {@code slice} column, or rows in slice
	 * order) joined to the crop table through its {@code slice} and {@code label}.
	 * <p>
	 * Rows are used only if they belong to this field: when the table (or the crop table) has a {@code source}
	 * column and any row's source is this field's, rows of other sources are left out; otherwise every row is used.
	 *
	 * @param crops the crop table that maps slices to labels, or null
	 * @param isThisField whether a {@code source} cell names this field
	 * @throws IllegalArgumentException for a missing column, or a label given two values
	 */
	public static Map<Integer, Double> values(TextTable table, String column, TextTable crops,
		Predicate<String> isThisField)
	{
		table.require(column);
		TextTable labelled = table.has("label") ? table : crops;
		if (labelled == null) throw new IllegalArgumentException("table has no 'label' column: give the crop table " +
			"as crops=[crops.csv] to map its slices to labels");
		Map<Integer, Integer> rowBySlice = new HashMap<>();
		if (labelled != table) {
			for (int r = 0; r < table.rowCount(); r++) {
				int slice = table.has("slice") ? (int) table.number(r, "slice") : r + 1;
				rowBySlice.put(slice, r);
			}
		}
		boolean filter = false;
		if (labelled.has("source")) {
			for (int r = 0; r < labelled.rowCount() && !filter; r++) filter = isThisField.test(labelled.text(r, "source"));
		}
		Map<Integer, Double> values = new HashMap<>();
		for (int r = 0; r < labelled.rowCount(); r++) {
			if (filter && !isThisField.test(labelled.text(r, "source"))) continue;
			double value;
			if (labelled == table) value = table.number(r, column);
			else {
				int slice = labelled.has("slice") ? (int) labelled.number(r, "slice") : r + 1;
				Integer row = rowBySlice.get(slice);
				value = row == null ? Double.NaN : table.number(row, column);
			}
			int label = (int) labelled.number(r, "label");
			if (values.put(label, value) != null) throw new IllegalArgumentException("label " + label + " has two rows" +
				(labelled.has("source") ? " for this field" : "") + "; give the table of one field");
		}
		return values;
	}
}
