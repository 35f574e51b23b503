package io.github.vaeexplorer.cells.ij;

import io.github.vaeexplorer.cells.FieldSource;
import io.github.vaeexplorer.data.ImageFiles;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The fields of a folder, each paired with its label image by name. The label image of {@code NAME.EXT} is
 * {@code NAME_labels.*} (any image extension) in the labels folder, which is the image's own folder unless one is
 * given; in a separate labels folder {@code NAME.*} is taken too. Images named {@code *_labels.*} are never fields.
 * Sub-folders of the input folder holding images are conditions: their fields get the sub-folder's name as
 * {@code condition} (their labels are looked for in the same-named sub-folder of a separate labels folder).
 *
 * @author VAE Explorer developers
 */
public final class FieldPairs {

	/** What a label image's base name ends with. */
	public static final String LABELS_SUFFIX = "_labels";

	private FieldPairs() {}

	/**
	 * Every field of a folder with its label image, in name order (the input folder's own images first, then each
	 * condition sub-folder's).
	 *
	 * @param labelsFolder where the label images are, or null for beside the images
	 * @param channels the {@code channels} key
	 * @throws IllegalArgumentException when an image has no label image, or the folder holds no image
	 */
	public static List<FieldSource> of(Path folder, Path labelsFolder, String channels) {
		List<FieldSource> sources = new ArrayList<>();
		add(sources, folder, labelsFolder, "", channels);
		for (Path sub : subfolders(folder)) {
			add(sources, sub, labelsFolder == null ? null : labelsFolder.resolve(sub.getFileName().toString()), sub
				.getFileName().toString(), channels);
		}
		if (sources.isEmpty()) throw new IllegalArgumentException("input " + folder + " holds no image (TIFF, PNG, " +
			"JPEG) with a label image beside it (NAME.tif with NAME" + LABELS_SUFFIX + ".tif)");
		return sources;
	}

	private static void add(List<FieldSource> sources, Path folder, Path labelsFolder, String condition,
		String channels)
	{
		Path labelsDir = labelsFolder == null ? folder : labelsFolder;
		Map<String, Path> byBase = new HashMap<>();
		if (Files.isDirectory(labelsDir)) {
			for (Path p : ImageFiles.list(labelsDir)) byBase.putIfAbsent(ImageFiles.baseName(p.getFileName().toString()), p);
		}
		for (Path image : ImageFiles.list(folder)) {
			String base = ImageFiles.baseName(image.getFileName().toString());
			if (base.endsWith(LABELS_SUFFIX)) continue;
			Path labels = byBase.get(base + LABELS_SUFFIX);
			if (labels == null && labelsFolder != null) labels = byBase.get(base);
			if (labels == null) throw new IllegalArgumentException(image.getFileName() + " has no label image: " +
				"expected " + base + LABELS_SUFFIX + ".tif in " + labelsDir);
			sources.add(new FileFieldSource(image, labels, condition, channels));
		}
	}

	private static List<Path> subfolders(Path folder) {
		try (Stream<Path> entries = Files.list(folder)) {
			return entries.filter(p -> Files.isDirectory(p) && !p.getFileName().toString().startsWith(".")).sorted()
				.filter(p -> !ImageFiles.list(p).isEmpty()).collect(Collectors.toList());
		}
		catch (IOException e) {
			throw new UncheckedIOException(folder + ": cannot be listed (" + e.getMessage() + ")", e);
		}
	}
}
