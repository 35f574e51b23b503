package io.github.vaeexplorer.cells;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import io.github.vaeexplorer.table.FactorTable;

/**
 * A CSV table read as text, for tables that mix numbers and words (the crop table's {@code source}, an ImageJ
 * Results table saved with a label column): a header line of names, then one line a row; fields may be quoted
 * ({@code "a, b"}, with {@code ""} for a quote). Immutable.
 *
 * @author VAE Explorer developers
 */
public final class TextTable {

	private final String source;
	private final List<String> columns;
	private final List<String[]> rows;

	private TextTable(String source, List<String> columns, List<String[]> rows) {
		this.source = source;
		this.columns = Collections.unmodifiableList(columns);
		this.rows = rows;
	}

	/**
	 * Reads a CSV file (UTF-8); blank lines are skipped.
	 *
	 * @throws IllegalArgumentException naming the file and line when a row has another number of fields than the
	 *           header, or the file is empty
	 */
	public static TextTable read(Path file) throws IOException {
		String name = file.getFileName().toString();
		if (!Files.isRegularFile(file)) throw new IllegalArgumentException("table " + file + " does not exist");
		try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
			List<String> header = null;
			List<String[]> rows = new ArrayList<>();
			String line;
			int number = 0;
			while ((line = in.readLine()) != null) {
				number++;
				if (header == null && line.startsWith("\uFEFF")) line = line.substring(1);
				if (line.trim().isEmpty()) continue;
				List<String> fields = split(line);
				if (header == null) {
					header = new ArrayList<>();
					for (String f : fields) header.add(f.trim());
				}
				else if (fields.size() != header.size()) {
					throw new IllegalArgumentException(name + ": line " + number + ": expected " + header.size() +
						" fields but found " + fields.size());
				}
				else rows.add(fields.toArray(new String[0]));
			}
			if (header == null) throw new IllegalArgumentException(name + ": empty file, expected a header line");
			return new TextTable(name, header, rows);
		}
	}

	public List<String> columns() { return columns; }

	public int rowCount() { return rows.size(); }

	public boolean has(String column) { return columns.contains(column); }

	/** The text of a cell, trimmed. */
	public String text(int row, String column) {
		return rows.get(row)[index(column)].trim();
	}

	/**
	 * A cell as a number: NaN for an empty cell or {@code NaN}.
	 *
	 * @throws IllegalArgumentException naming the table, row and column when the cell is not a number
	 */
	public double number(int row, String column) {
		String t = text(row, column);
		if (t.isEmpty() || t.equalsIgnoreCase("NaN")) return Double.NaN;
		try {
			return Double.parseDouble(t);
		}
		catch (NumberFormatException e) {
			throw new IllegalArgumentException(source + ": column '" + column + "', row " + (row + 1) + ": '" + t +
				"' is not a number");
		}
	}

	/**
	 * The numeric columns only, as the factor table the rest of the plugin reads: a column is kept when every cell is
	 * a number or empty (NaN), so the crop table's {@code source}, {@code name} and {@code condition} are left out.
	 */
	public FactorTable numericColumns() {
		List<String> kept = new ArrayList<>();
		for (String column : columns) {
			boolean numeric = true;
			for (int r = 0; r < rows.size() && numeric; r++) {
				try {
					number(r, column);
				}
				catch (IllegalArgumentException e) {
					numeric = false;
				}
			}
			if (numeric) kept.add(column);
		}
		double[][] values = new double[rows.size()][kept.size()];
		for (int r = 0; r < rows.size(); r++) {
			for (int c = 0; c < kept.size(); c++) values[r][c] = number(r, kept.get(c));
		}
		return new FactorTable(kept, values);
	}

	/** @throws IllegalArgumentException naming the table's columns when it has no such column */
	public void require(String column) {
		index(column);
	}

	private int index(String column) {
		int i = columns.indexOf(column);
		if (i < 0) throw new IllegalArgumentException(source + " has no column '" + column + "'; its columns are " +
			String.join(", ", columns));
		return i;
	}

	/** A field as CSV writes it: quoted when it holds a comma, a quote or a line break. */
	static String quote(String text) {
		if (text.indexOf(',') < 0 && text.indexOf('"') < 0 && text.indexOf('\n') < 0 && text.indexOf('\r') < 0)
			return text;
		return '"' + text.replace("\"", "\"\"") + '"';
	}

	private static List<String> split(String line) {
		List<String> fields = new ArrayList<>();
		StringBuilder field = new StringBuilder();
		boolean quoted = false;
		for (int i = 0; i < line.length(); i++) {
			char ch = line.charAt(i);
			if (quoted) {
				if (ch == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
					field.append('"');
					i++;
				}
				else if (ch == '"') quoted = false;
				else field.append(ch);
			}
			else if (ch == '"') quoted = true;
			else if (ch == ',') {
				fields.add(field.toString());
				field.setLength(0);
			}
			else field.append(ch);
		}
		fields.add(field.toString());
		return fields;
	}
}
