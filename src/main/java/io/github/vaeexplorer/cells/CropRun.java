package io.github.vaeexplorer.cells;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.BiConsumer;

/**
 * Crops every object of a list of fields, one field in memory at a time, handing each crop to a consumer as it is
 * made: objects touching a field's border are skipped and counted. With {@code size=auto} the label images are read
 * once beforehand to choose the size ({@link AutoSize}).
 *
 * @author VAE Explorer developers
 */
public final class CropRun {

	private final CropSettings settings;

	public CropRun(CropSettings settings) {
		this.settings = settings;
	}

	/** What a run made. */
	public static final class Result {

		private final List<CropRecord> records;
		private final int size;
		private final int borderSkipped;
		private final int fields;

		Result(List<CropRecord> records, int size, int borderSkipped, int fields) {
			this.records = records;
			this.size = size;
			this.borderSkipped = borderSkipped;
			this.fields = fields;
		}

		/** One record a crop, in slice order. */
		public List<CropRecord> records() { return records; }

		/** The crop side used. */
		public int size() { return size; }

		/** Objects skipped because they touch a field's border. */
		public int borderSkipped() { return borderSkipped; }

		/** The one-line note: crops made, size, objects skipped. */
		public String note(boolean auto) {
			return String.format(Locale.ROOT, "Cropped %d object(s) from %d field(s) at %dx%d pixels%s; skipped %d " +
				"touching the border.", records.size(), fields, size, size, auto ? String.format(Locale.ROOT,
					" (size auto: %.2f x the %.0fth percentile of the objects' extents)", AutoSize.MARGIN,
					AutoSize.PERCENTILE) : "", borderSkipped);
		}
	}

	/**
	 * Crops every non-border object of every field, in field order and, within a field, in label order.
	 *
	 * @param sink receives each record with its planes ({@code size*size} values per channel)
	 * @throws IllegalArgumentException when no object can be cropped, or a source cannot be read
	 */
	public Result run(List<? extends FieldSource> sources, BiConsumer<CropRecord, float[][]> sink) {
		CropSettings fixed = settings;
		if (settings.autoSize()) {
			List<Double> extents = new ArrayList<>();
			for (FieldSource source : sources) {
				LabelImage labels = source.labels();
				for (CellObject o : ObjectMeasurer.measure(labels)) {
					if (!o.touchesBorder(labels.width(), labels.height())) extents.add(settings.extent(o));
				}
			}
			fixed = settings.withSize(AutoSize.of(extents.stream().mapToDouble(Double::doubleValue).toArray()));
		}
		CellCropper cropper = new CellCropper(fixed);
		List<CropRecord> records = new ArrayList<>();
		int skipped = 0;
		for (FieldSource source : sources) {
			LabelImage labels = source.labels();
			Field field = source.field();
			for (CellObject o : ObjectMeasurer.measure(labels)) {
				if (o.touchesBorder(labels.width(), labels.height())) {
					skipped++;
					continue;
				}
				CellCropper.Crop crop = cropper.crop(field, labels, o);
				CropRecord record = new CropRecord(records.size() + 1, source.name(), source.condition(), source
					.objectName(o.label()), o, crop.means());
				records.add(record);
				sink.accept(record, crop.planes());
			}
		}
		if (records.isEmpty()) throw new IllegalArgumentException("no object to crop: " + (skipped > 0 ? "all " +
			skipped + " object(s) touch the border" : "the label images hold no object (every pixel is 0)"));
		return new Result(records, fixed.size(), skipped, sources.size());
	}
}
