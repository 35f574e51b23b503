package io.github.vaeexplorer.command;

import io.github.vaeexplorer.explore.ColourColumn;

import ij.measure.ResultsTable;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The {@code color_by} and {@code table} keys of the Latent Explorer: a column of a CSV file, else of the table
 * handed in (ImageJ's Results table from the menu), else a latent dimension named {@code mu_D} or {@code zD}.
 *
 * @author VAE Explorer developers
 */
final class ColourTables {

	private static final Pattern DIMENSION = Pattern.compile("(?:mu_|z)(\\d+)");

	private ColourTables() {}

	/**
	 * The colours {@code column} gives {@code slices} slices, or null when the column is empty.
	 *
	 * @param csv the {@code table} key (a CSV file), or empty
	 * @param given the table handed in, or null
	 * @param mu the slices' codes, for a latent dimension
	 */
	static ColourColumn resolve(String column, String csv, ResultsTable given, float[][] mu) {
		String name = column == null ? "" : column.trim();
		if (name.isEmpty()) return null;
		String file = csv == null ? "" : csv.trim();
		ResultsTable table = file.isEmpty() ? given : open(file);
		String where = file.isEmpty() ? "the Results table" : file;
		if (table != null && table.columnExists(name)) return ColourColumn.of(table, name, where, mu.length);
		Matcher m = DIMENSION.matcher(name);
		if (m.matches()) {
			int dim = Integer.parseInt(m.group(1));
			if (mu.length > 0 && dim < mu[0].length) {
				double[] values = new double[mu.length];
				for (int i = 0; i < mu.length; i++) values[i] = mu[i][dim];
				return ColourColumn.numeric(name, values);
			}
		}
		if (table == null) throw new IllegalArgumentException("color_by " + name + " needs a table: give table=[a " +
			"CSV file] or fill the Results table (or name a latent dimension, e.g. mu_0)");
		return ColourColumn.of(table, name, where, mu.length); // names the columns there are
	}

	private static ResultsTable open(String csv) {
		if (!Files.isRegularFile(Paths.get(csv))) throw new IllegalArgumentException("table " + csv +
			" does not exist");
		try {
			return ResultsTable.open(csv);
		}
		catch (IOException e) {
			throw new IllegalArgumentException("table " + csv + " cannot be read as CSV: " + e.getMessage(), e);
		}
	}
}
