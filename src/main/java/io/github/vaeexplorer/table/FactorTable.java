package io.github.vaeexplorer.table;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import io.github.vaeexplorer.text.Numbers;

/**
 * A table of per-slice factors or labels: named columns of doubles, one row per slice.
 * Immutable.
 * <p>
 * CSV form: a header line with the column names separated by commas, then one line per row.
 * Numbers use '.' as decimal separator whatever the default locale; whole numbers are written
 * without a fraction ({@code 2}), other values in the shortest form that reads back to the same
 * double ({@code 0.7853981633974483}), so a write/read round trip is exact.
 */
public final class FactorTable {

	private static final char SEPARATOR = ',';
	private static final long NEGATIVE_ZERO = Double.doubleToRawLongBits(-0.0);

	private final List<String> columnNames;
	private final double[][] rows;

	/**
	 * Creates a table; copies the arguments.
	 *
	 * @param columnNames distinct, non-blank names without commas, quotes or line breaks
	 * @param rows one array per row, each with one value per column
	 * @throws IllegalArgumentException if the names are invalid or a row has the wrong length
	 */
	public FactorTable(List<String> columnNames, double[][] rows) {
		checkColumnNames(columnNames);
		this.columnNames = Collections.unmodifiableList(new ArrayList<>(columnNames));
		this.rows = new double[rows.length][];
		for (int r = 0; r < rows.length; r++) {
			if (rows[r] == null || rows[r].length != columnNames.size()) {
				throw new IllegalArgumentException("row " + r + " has " + (rows[r] == null ? 0 : rows[r].length) +
					" values but there are " + columnNames.size() + " columns");
			}
			this.rows[r] = rows[r].clone();
		}
	}

	/** @return the column names, unmodifiable */
	public List<String> columnNames() {
		return columnNames;
	}

	/** @return the number of columns */
	public int columnCount() {
		return columnNames.size();
	}

	/** @return the number of rows (slices) */
	public int rowCount() {
		return rows.length;
	}

	/**
	 * Returns one value.
	 *
	 * @param row 0-based row (slice index)
	 * @param column 0-based column
	 * @return the value
	 */
	public double get(int row, int column) {
		return rows[row][column];
	}

	/**
	 * Returns a copy of one row.
	 *
	 * @param row 0-based row (slice index)
	 * @return the values of the row, one per column
	 */
	public double[] row(int row) {
		return rows[row].clone();
	}

	/**
	 * Returns the index of a column.
	 *
	 * @param name the column name
	 * @return its 0-based index
	 * @throws IllegalArgumentException if there is no such column
	 */
	public int columnIndex(String name) {
		final int index = columnNames.indexOf(name);
		if (index < 0) {
			throw new IllegalArgumentException("no column '" + name + "'; the columns are " + columnNames);
		}
		return index;
	}

	/**
	 * Returns a copy of one column.
	 *
	 * @param name the column name
	 * @return one value per row
	 * @throws IllegalArgumentException if there is no such column
	 */
	public double[] column(String name) {
		final int index = columnIndex(name);
		final double[] values = new double[rows.length];
		for (int r = 0; r < rows.length; r++) {
			values[r] = rows[r][index];
		}
		return values;
	}

	/**
	 * Returns a copy of all values.
	 *
	 * @return {@code rowCount() x columnCount()} values
	 */
	public double[][] values() {
		final double[][] copy = new double[rows.length][];
		for (int r = 0; r < rows.length; r++) {
			copy[r] = rows[r].clone();
		}
		return copy;
	}

	/**
	 * Writes the table as CSV (UTF-8), replacing the file.
	 *
	 * @param file the target file
	 * @throws IOException if writing fails
	 */
	public void write(Path file) throws IOException {
		try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
			write(out);
		}
	}

	/**
	 * Writes the table as CSV; lines end with {@code '\n'}. Does not close the writer.
	 *
	 * @param out where to write
	 * @throws IOException if writing fails
	 */
	public void write(Writer out) throws IOException {
		out.write(String.join(String.valueOf(SEPARATOR), columnNames));
		out.write('\n');
		final StringBuilder line = new StringBuilder();
		for (double[] row : rows) {
			line.setLength(0);
			for (int c = 0; c < row.length; c++) {
				if (c > 0) {
					line.append(SEPARATOR);
				}
				line.append(format(row[c]));
			}
			line.append('\n');
			out.write(line.toString());
		}
	}

	/**
	 * Returns the CSV text of the table.
	 *
	 * @return the same text {@link #write(Writer)} writes
	 */
	public String toCsv() {
		final StringWriter out = new StringWriter();
		try {
			write(out);
		}
		catch (IOException e) {
			throw new IllegalStateException("a StringWriter does not fail", e);
		}
		return out.toString();
	}

	/**
	 * Reads a CSV table from a file (UTF-8).
	 *
	 * @param file the CSV file
	 * @return the table
	 * @throws IOException if reading fails
	 * @throws IllegalArgumentException if the content is not a valid table; the message names
	 *           the file and line
	 */
	public static FactorTable read(Path file) throws IOException {
		try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
			return read(in, file.toString());
		}
	}

	/**
	 * Reads a CSV table from a UTF-8 stream. Does not close the stream.
	 *
	 * @param in the CSV bytes
	 * @param source name of the source, used in error messages
	 * @return the table
	 * @throws IOException if reading fails
	 * @throws IllegalArgumentException if the content is not a valid table
	 */
	public static FactorTable read(InputStream in, String source) throws IOException {
		return read(new InputStreamReader(in, StandardCharsets.UTF_8), source);
	}

	/**
	 * Reads a CSV table. Blank lines are skipped. Does not close the reader.
	 *
	 * @param in the CSV text
	 * @param source name of the source, used in error messages
	 * @return the table
	 * @throws IOException if reading fails
	 * @throws IllegalArgumentException if the header is missing or invalid, a row has a different
	 *           number of fields than the header, or a field is not a number; the one-line
	 *           message names the source and line
	 */
	public static FactorTable read(Reader in, String source) throws IOException {
		final BufferedReader lines = in instanceof BufferedReader ? (BufferedReader) in : new BufferedReader(in);
		String line = lines.readLine();
		int lineNumber = 1;
		while (line != null && stripBom(line).trim().isEmpty()) {
			line = lines.readLine();
			lineNumber++;
		}
		if (line == null) {
			throw new IllegalArgumentException(source + ": empty file, expected a header line with column names");
		}
		final List<String> header = parseHeader(stripBom(line), source, lineNumber);
		final List<double[]> rows = new ArrayList<>();
		while ((line = lines.readLine()) != null) {
			lineNumber++;
			if (!line.trim().isEmpty()) {
				rows.add(parseRow(line, header, source, lineNumber));
			}
		}
		return new FactorTable(header, rows.toArray(new double[0][]));
	}

	@Override
	public boolean equals(Object other) {
		if (!(other instanceof FactorTable)) {
			return false;
		}
		final FactorTable that = (FactorTable) other;
		return columnNames.equals(that.columnNames) && Arrays.deepEquals(rows, that.rows);
	}

	@Override
	public int hashCode() {
		return 31 * columnNames.hashCode() + Arrays.deepHashCode(rows);
	}

	@Override
	public String toString() {
		return "FactorTable" + columnNames + "[" + rows.length + " rows]";
	}

	/** {@link Numbers#format}, but {@code -0.0} as itself, so that a write/read round trip is bit-exact. */
	private static String format(double value) {
		return Double.doubleToRawLongBits(value) == NEGATIVE_ZERO ? Double.toString(value) : Numbers.format(value);
	}

	private static List<String> parseHeader(String line, String source, int lineNumber) {
		final List<String> names = new ArrayList<>();
		for (String field : split(line)) {
			names.add(field.trim());
		}
		for (String name : names) {
			if (isNumber(name)) {
				throw new IllegalArgumentException(source + ": line " + lineNumber +
					": the header is missing, found numbers where column names were expected");
			}
		}
		try {
			checkColumnNames(names);
		}
		catch (IllegalArgumentException e) {
			throw new IllegalArgumentException(source + ": line " + lineNumber + ": invalid header: " + e.getMessage(), e);
		}
		return names;
	}

	private static double[] parseRow(String line, List<String> header, String source,
		int lineNumber)
	{
		final List<String> fields = split(line);
		if (fields.size() != header.size()) {
			throw new IllegalArgumentException(source + ": line " + lineNumber + ": expected " + header.size() +
				" fields " + header + " but found " + fields.size());
		}
		final double[] row = new double[fields.size()];
		for (int c = 0; c < row.length; c++) {
			final String field = fields.get(c).trim();
			if (!isNumber(field)) {
				throw new IllegalArgumentException(source + ": line " + lineNumber + ": column '" + header.get(c) +
					"': '" + field + "' is not a number");
			}
			row[c] = Double.parseDouble(field);
		}
		return row;
	}

	private static boolean isNumber(String text) {
		if (text.isEmpty() || text.endsWith("d") || text.endsWith("D") || text.endsWith("f") ||
			text.endsWith("F") || text.contains("x") || text.contains("X"))
		{
			return false; // Double.parseDouble would accept Java literal suffixes and hex
		}
		try {
			Double.parseDouble(text);
			return true;
		}
		catch (NumberFormatException e) {
			return false;
		}
	}

	private static List<String> split(String line) {
		final List<String> fields = new ArrayList<>();
		int start = 0;
		for (int i = 0; i <= line.length(); i++) {
			if (i == line.length() || line.charAt(i) == SEPARATOR) {
				fields.add(line.substring(start, i));
				start = i + 1;
			}
		}
		return fields;
	}

	private static String stripBom(String line) {
		return line.startsWith("\uFEFF") ? line.substring(1) : line;
	}

	private static void checkColumnNames(List<String> names) {
		if (names.isEmpty()) {
			throw new IllegalArgumentException("there must be at least one column");
		}
		final Set<String> seen = new HashSet<>();
		for (String name : names) {
			if (name == null || name.trim().isEmpty()) {
				throw new IllegalArgumentException("column names must not be blank: " + names);
			}
			if (name.indexOf(SEPARATOR) >= 0 || name.indexOf('"') >= 0 || name.indexOf('\n') >= 0 ||
				name.indexOf('\r') >= 0)
			{
				throw new IllegalArgumentException("column name '" + name + "' holds a comma, quote or line break");
			}
			if (!seen.add(name)) {
				throw new IllegalArgumentException("duplicate column name '" + name + "'");
			}
		}
	}
}
