package io.github.vaeexplorer.data;

import ij.ImagePlus;
import ij.io.FileSaver;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes result files atomically: to a temporary file beside the target, then renamed over it, so a failure never
 * leaves a half-written file under the final name.
 *
 * @author VAE Explorer developers
 */
public final class OutputFiles {

	private OutputFiles() {}

	/**
	 * Saves an image as TIFF (a stack when it has several planes).
	 *
	 * @throws IOException naming the file when it cannot be written
	 */
	public static void saveTiff(ImagePlus image, Path file) throws IOException {
		Path temp = tempBeside(file);
		try {
			FileSaver saver = new FileSaver(image);
			boolean ok = image.getStackSize() > 1 ? saver.saveAsTiffStack(temp.toString()) : saver.saveAsTiff(temp
				.toString());
			if (!ok || Files.size(temp) == 0) throw new IOException(file.getFileName() + ": cannot be written");
			moveIntoPlace(temp, file);
		}
		finally {
			Files.deleteIfExists(temp);
		}
	}

	/** Saves text (UTF-8). */
	public static void saveText(String text, Path file) throws IOException {
		Path temp = tempBeside(file);
		try {
			Files.write(temp, text.getBytes(StandardCharsets.UTF_8));
			moveIntoPlace(temp, file);
		}
		finally {
			Files.deleteIfExists(temp);
		}
	}

	/** A new empty temporary file in the target's folder (so that the final rename stays on one file system). */
	public static Path tempBeside(Path file) throws IOException {
		Path dir = file.toAbsolutePath().getParent();
		if (dir == null || !Files.isDirectory(dir)) throw new IOException(file + ": the folder " + dir +
			" does not exist");
		return Files.createTempFile(dir, "." + file.getFileName(), ".partial");
	}

	/** Renames a finished temporary file over the target, atomically where the file system allows. */
	public static void moveIntoPlace(Path temp, Path file) throws IOException {
		try {
			Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
		}
		catch (AtomicMoveNotSupportedException e) {
			Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
		}
	}
}
