package io.github.vaeexplorer.cells.ij;

import io.github.vaeexplorer.cells.CropRun;
import io.github.vaeexplorer.cells.CropSettings;
import io.github.vaeexplorer.cells.CropTable;
import io.github.vaeexplorer.cells.Field;
import io.github.vaeexplorer.cells.FieldSource;
import io.github.vaeexplorer.cells.LabelImage;
import io.github.vaeexplorer.cells.TextTable;
import io.github.vaeexplorer.data.ImageFiles;

import ij.ImagePlus;
import ij.gui.Roi;

import java.nio.file.Path;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code Crop Cells...} on ImageJ images: one open field with a label image or ROIs, or a folder of field + label
 * image pairs ({@link FieldPairs}), cropped into a stack and its crop table.
 *
 * @author VAE Explorer developers
 */
public final class CellCrops {

	private final ImagePlus crops;
	private final CropTable table;
	private final String note;

	private CellCrops(ImagePlus crops, CropTable table, String note) {
		this.crops = crops;
		this.table = table;
		this.note = note;
	}

	/** The crop stack (32-bit; channels × one slice an object). */
	public ImagePlus crops() { return crops; }

	/** One row a slice of {@link #crops}. */
	public CropTable table() { return table; }

	/** One line: crops made, the size, objects skipped at the border. */
	public String note() { return note; }

	/**
	 * Crops the objects of a label image.
	 *
	 * @throws IllegalArgumentException when the label image's size is not the field's
	 */
	public static CellCrops ofLabels(ImagePlus field, ImagePlus labels, CropSettings settings, String channels) {
		LabelImage l = ImagePlanes.labels(labels);
		return ofImage(field, l, new String[0], settings, channels);
	}

	/** Crops the objects the ROIs outline (their names go into the table's {@code name} column). */
	public static CellCrops ofRois(ImagePlus field, Roi[] rois, CropSettings settings, String channels) {
		RoiLabels painted = RoiLabels.of(rois, field.getWidth(), field.getHeight());
		String[] names = new String[rois.length + 1];
		for (int i = 0; i <= rois.length; i++) names[i] = painted.name(i);
		return ofImage(field, painted.labels(), names, settings, channels);
	}

	/**
	 * Crops every field of a folder, one field in memory at a time.
	 *
	 * @param labelsFolder the label images' folder, or null for beside the images
	 */
	public static CellCrops ofFolder(Path folder, Path labelsFolder, CropSettings settings, String channels) {
		List<FieldSource> sources = FieldPairs.of(folder, labelsFolder, channels);
		return run(sources, settings, channels, "Crops of " + folder.getFileName());
	}

	private static CellCrops ofImage(ImagePlus field, LabelImage labels, String[] names, CropSettings settings,
		String channels)
	{
		if (labels.width() != field.getWidth() || labels.height() != field.getHeight()) throw new IllegalArgumentException(
			"the labels are " + labels.width() + "x" + labels.height() + " but '" + field.getTitle() + "' is " + field
				.getWidth() + "x" + field.getHeight());
		Field f = ImagePlanes.field(field, ImagePlanes.channels(channels, ImagePlanes.channelCount(field)));
		FieldSource source = new FieldSource() {

			@Override
			public String name() { return field.getTitle(); }

			@Override
			public String condition() { return ""; }

			@Override
			public LabelImage labels() { return labels; }

			@Override
			public Field field() { return f; }

			@Override
			public String objectName(int label) { return label < names.length ? names[label] : ""; }
		};
		CellCrops made = run(Collections.singletonList(source), settings, channels, "Crops of " + ImageFiles.baseName(
			field.getTitle()));
		// Rotation keeps the pixel size; a normalised scale gives every crop its own.
		if (settings.scale() == CropSettings.Scale.NONE) made.crops.setCalibration(field.getCalibration().copy());
		return made;
	}

	private static CellCrops run(List<FieldSource> sources, CropSettings settings, String channels, String title) {
		CropStack stack = new CropStack();
		CropRun.Result result = new CropRun(settings).run(sources, stack);
		return new CellCrops(stack.image(title), new CropTable(result.records(), ImagePlanes.numbers(channels, result
			.records().get(0).means().length)), result.note(settings.autoSize()));
	}

	/**
	 * The same crops with each field's {@code condition} taken from a table of {@code source,condition} rows
	 * (a field not listed keeps its sub-folder's condition, or none).
	 */
	public CellCrops withConditions(TextTable conditions) {
		conditions.require("source");
		conditions.require("condition");
		Map<String, String> bySource = new HashMap<>();
		for (int r = 0; r < conditions.rowCount(); r++) bySource.put(conditions.text(r, "source"), conditions.text(r,
			"condition"));
		return new CellCrops(crops, table.withConditions(bySource), note);
	}
}
