package io.github.vaeexplorer.command;

import io.github.vaeexplorer.data.ImageFiles;

import ij.ImagePlus;
import ij.WindowManager;

import java.nio.file.Files;
import java.nio.file.Paths;

/**
 * A second image a command names by a key: a file path, or the title of an image open in ImageJ (the label image
 * beside a field). Files open without dialogs ({@link ImageFiles}).
 *
 * @author VAE Explorer developers
 */
final class OpenImages {

	private OpenImages() {}

	/** @throws IllegalArgumentException naming the key when neither a readable file nor an open image matches */
	static ImagePlus byPathOrTitle(String key, String value) {
		if (Files.isRegularFile(Paths.get(value))) {
			ImageFiles.Opened opened = ImageFiles.open(Paths.get(value));
			if (opened.image() == null) throw new IllegalArgumentException(key + " " + value + ": " + opened.problem());
			return opened.image();
		}
		ImagePlus open = WindowManager.getImage(value);
		if (open == null) throw new IllegalArgumentException(key + " must name an image file or the title of an open " +
			"image (got '" + value + "')");
		return open;
	}
}
