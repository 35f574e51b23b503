package io.github.vaeexplorer.spark;

import io.github.vaeexplorer.text.Numbers;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.StructType;

/**
 * The job's table as one CSV text, sorted by {@code source} then {@code slice}; numbers written as the plugin's CLI
 * writes them (whole numbers without a point, floats in their shortest round-trip form), so that the values read
 * back equal the plugin's.
 *
 * @author VAE Explorer developers
 */
final class TableText {

	private TableText() {
	}

	static String csv(StructType schema, List<Row> rows) {
		List<Row> sorted = new ArrayList<>(rows);
		sorted.sort(Comparator.<Row, String> comparing(r -> r.getString(0)).thenComparingInt(r -> r.getInt(1)));
		StringBuilder sb = new StringBuilder(String.join(",", schema.fieldNames())).append('\n');
		for (Row r : sorted) {
			for (int c = 0; c < r.size(); c++) {
				if (c > 0) sb.append(',');
				Object v = r.get(c);
				sb.append(v instanceof Double ? Numbers.csv((Double) v) : text(String.valueOf(v)));
			}
			sb.append('\n');
		}
		return sb.toString();
	}

	private static String text(String s) {
		return s.contains(",") || s.contains("\"") || s.contains("\n") ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
	}
}
