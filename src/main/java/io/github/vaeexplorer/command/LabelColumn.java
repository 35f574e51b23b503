package io.github.vaeexplorer.command;

import ij.measure.ResultsTable;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Paths;

/**
 * One column of a table of per-slice labels (one row a slice), from a CSV file ({@code table} key) or from a table
 * handed in (ImageJ's Results table from the menu), and which rows hold a given value: a number matches a numeric
 * cell of equal value ({@code 2} matches {@code 2.0}), other text matches a cell of the same text.
 *
 * @author VAE Explorer developers
 */
final class LabelColumn {

	private final ResultsTable table;
	private final String column;

	private LabelColumn(ResultsTable table, String column) {
		this.table = table;
		this.column = column;
	}

	/**
	 * Reads the column.
	 *
	 * @param csv a CSV file, or blank to use {@code handedIn}
	 * @throws IllegalArgumentException naming the key when the file, the table or the column is missing
	 */
	static LabelColumn read(String csv, ResultsTable handedIn, String column) {
		String path = csv == null ? "" : csv.trim(), name = column == null ? "" : column.trim();
		if (name.isEmpty()) throw new IllegalArgumentException("column is required: the table's column that holds " +
			"the groups' labels");
		ResultsTable source;
		String where;
		if (path.isEmpty()) {
			if (handedIn == null) throw new IllegalArgumentException("table is required: a CSV file with one row a " +
				"slice (or, from a script, a results table)");
			source = handedIn;
			where = "the given table";
		}
		else {
			if (!Files.isRegularFile(Paths.get(path))) throw new IllegalArgumentException("table " + path +
				" does not exist");
			try {
				source = ResultsTable.open(path);
			}
			catch (IOException e) {
				throw new IllegalArgumentException("table " + path + " cannot be read as CSV: " + e.getMessage(), e);
			}
			where = path;
		}
		if (source == null || !source.columnExists(name)) throw new IllegalArgumentException("column '" + name +
			"' is not in " + where + (source == null ? "" : " (columns: " + String.join(", ", source.getHeadings()) +
				")"));
		return new LabelColumn(source, name);
	}

	/** Rows of the table. */
	int rows() {
		return table.size();
	}

	/** For each row, whether it holds {@code value}. */
	boolean[] rowsHolding(String value) {
		String wanted = value == null ? "" : value.trim();
		Double number = parse(wanted);
		boolean[] in = new boolean[table.size()];
		for (int r = 0; r < in.length; r++) {
			double cell = table.getValue(column, r);
			if (number != null && !Double.isNaN(cell)) in[r] = cell == number;
			else in[r] = wanted.equals(table.getStringValue(column, r).trim());
		}
		return in;
	}

	private static Double parse(String text) {
		try {
			return Double.valueOf(text);
		}
		catch (NumberFormatException e) {
			return null;
		}
	}
}
