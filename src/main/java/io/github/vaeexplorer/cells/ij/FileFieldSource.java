package io.github.vaeexplorer.cells.ij;

import io.github.vaeexplorer.cells.Field;
import io.github.vaeexplorer.cells.FieldSource;
import io.github.vaeexplorer.cells.LabelImage;
import io.github.vaeexplorer.data.ImageFiles;

import ij.ImagePlus;

import java.nio.file.Path;

/**
 * A field and its label image as two files, opened only when asked for (so a folder run holds one field at a time).
 *
 * @author VAE Explorer developers
 */
final class FileFieldSource implements FieldSource {

	private final Path image;
	private final Path labels;
	private final String condition;
	private final String channels;

	FileFieldSource(Path image, Path labels, String condition, String channels) {
		this.image = image;
		this.labels = labels;
		this.condition = condition;
		this.channels = channels;
	}

	@Override
	public String name() {
		return image.getFileName().toString();
	}

	@Override
	public String condition() {
		return condition;
	}

	@Override
	public LabelImage labels() {
		return ImagePlanes.labels(open(labels));
	}

	@Override
	public Field field() {
		ImagePlus imp = open(image);
		return ImagePlanes.field(imp, ImagePlanes.channels(channels, ImagePlanes.channelCount(imp)));
	}

	private static ImagePlus open(Path file) {
		ImageFiles.Opened opened = ImageFiles.open(file);
		if (opened.image() == null) throw new IllegalArgumentException(file.getFileName() + ": " + opened.problem());
		return opened.image();
	}
}
