package io.github.vaeexplorer.cells;

import io.github.vaeexplorer.text.Numbers;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * The crop table: one row a slice of the crop stack. Columns: {@code slice} (1-based), {@code source} (the field's
 * file name or title), {@code label} (the object's label id, or the ROI's 1-based index), {@code x}, {@code y} (the
 * centroid in field pixels), {@code area} (pixels), {@code bbox_x}, {@code bbox_y}, {@code bbox_width},
 * {@code bbox_height}, {@code angle} (of the principal axis, degrees as in Fit Ellipse), {@code major} (principal
 * axis length), {@code mean_C} for each chosen channel C (1-based), then {@code name} (the ROI name) and
 * {@code condition} when any row has one. Text cells are {@code source}, {@code name} and {@code condition}.
 *
 * @author VAE Explorer developers
 */
public final class CropTable {

	private final List<String> columns = new ArrayList<>();
	private final List<Object[]> rows = new ArrayList<>();
	private final List<CropRecord> records;
	private final int[] channelNumbers;

	/**
	 * @param channelNumbers the 1-based source channel of each crop channel, for the {@code mean_C} columns
	 */
	public CropTable(List<CropRecord> records, int[] channelNumbers) {
		this.records = new ArrayList<>(records);
		this.channelNumbers = channelNumbers.clone();
		Collections.addAll(columns, "slice", "source", "label", "x", "y", "area", "bbox_x", "bbox_y", "bbox_width",
			"bbox_height", "angle", "major");
		for (int c : channelNumbers) columns.add("mean_" + c);
		boolean names = records.stream().anyMatch(r -> !r.name().isEmpty());
		boolean conditions = records.stream().anyMatch(r -> !r.condition().isEmpty());
		if (names) columns.add("name");
		if (conditions) columns.add("condition");
		for (CropRecord r : records) {
			CellObject o = r.object();
			List<Object> row = new ArrayList<>();
			Collections.addAll(row, (double) r.slice(), r.source(), (double) o.label(), o.x(), o.y(), (double) o.area(),
				(double) o.minX(), (double) o.minY(), (double) o.boxWidth(), (double) o.boxHeight(), o.angleDegrees(), o
					.majorLength());
			for (double m : r.means()) row.add(m);
			if (names) row.add(r.name());
			if (conditions) row.add(r.condition());
			rows.add(row.toArray());
		}
	}

	/**
	 * The same table with the {@code condition} of every row whose source is listed replaced (from a CSV of
	 * {@code source,condition} rows, say); other rows keep theirs.
	 */
	public CropTable withConditions(Map<String, String> bySource) {
		List<CropRecord> changed = new ArrayList<>();
		for (CropRecord r : records) {
			String condition = bySource.getOrDefault(r.source(), r.condition());
			changed.add(new CropRecord(r.slice(), r.source(), condition, r.name(), r.object(), r.means()));
		}
		return new CropTable(changed, channelNumbers);
	}

	public List<String> columns() { return Collections.unmodifiableList(columns); }

	public int rowCount() { return rows.size(); }

	/** A cell: a {@link String} for a text column, else a {@link Double}. */
	public Object value(int row, int column) {
		return rows.get(row)[column];
	}

	/** The table as CSV: a header line, then a line a row; text with a comma or quote is quoted. */
	public String toCsv() {
		StringBuilder sb = new StringBuilder(String.join(",", columns)).append('\n');
		for (Object[] row : rows) {
			for (int c = 0; c < row.length; c++) {
				if (c > 0) sb.append(',');
				sb.append(row[c] instanceof String ? TextTable.quote((String) row[c]) : Numbers.format((Double) row[c]));
			}
			sb.append('\n');
		}
		return sb.toString();
	}
}
