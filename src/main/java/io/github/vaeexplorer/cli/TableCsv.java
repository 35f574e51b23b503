package io.github.vaeexplorer.cli;

import ij.measure.ResultsTable;

import io.github.vaeexplorer.text.Numbers;

/**
 * An ImageJ Results table as CSV text: one header line of the column names, then one line a row, every number
 * written exactly (whole numbers without a decimal point, floats in their shortest round-trip form), so that
 * scripts read back the values the table holds.
 *
 * @author VAE Explorer developers
 */
final class TableCsv {

	private TableCsv() {}

	static String of(ResultsTable table) {
		String[] headings = table.getHeadings();
		StringBuilder sb = new StringBuilder(String.join(",", headings)).append('\n');
		for (int row = 0; row < table.size(); row++) {
			for (int c = 0; c < headings.length; c++) {
				if (c > 0) sb.append(',');
				sb.append(format(table.getValue(headings[c], row)));
			}
			sb.append('\n');
		}
		return sb.toString();
	}

	static String format(double v) {
		return Numbers.csv(v);
	}
}
