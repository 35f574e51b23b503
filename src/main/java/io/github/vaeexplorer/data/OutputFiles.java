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
		requireSameKind(file, "a TIFF image", TIFF_LITTLE, TIFF_BIG);
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

	/**
	 * Saves an image as PNG (its current display range, one plane).
	 *
	 * @throws IOException naming the file when it cannot be written
	 */
	public static void savePng(ImagePlus image, Path file) throws IOException {
		Path temp = tempBeside(file);
		try {
			if (!new FileSaver(image).saveAsPng(temp.toString())) throw new IOException(file.getFileName() +
				": cannot be written");
			moveIntoPlace(temp, file);
		}
		finally {
			Files.deleteIfExists(temp);
		}
	}

	/**
	 * Checks, before any work is done, that a file of the given kind could be written: its folder exists and nothing
	 * of another kind would be replaced.
	 *
	 * @throws IOException naming the file and the problem
	 */
	public static void requireWritable(Path file, String kind, byte[]... signatures) throws IOException {
		Path dir = file.toAbsolutePath().getParent();
		if (dir == null || !Files.isDirectory(dir)) throw new IOException(file.getFileName() + ": the folder " + dir +
			" does not exist");
		if (!Files.isWritable(dir)) throw new IOException(file.getFileName() + ": the folder " + dir +
			" is not writable");
		requireSameKind(file, kind, signatures);
	}

	/** {@link #requireWritable} for a TIFF. */
	public static void requireWritableTiff(Path file) throws IOException {
		requireWritable(file, "a TIFF image", TIFF_LITTLE, TIFF_BIG);
	}

	/**
	 * {@link #requireWritable} for a text file (such as CSV): refuses a folder, and an existing file that looks binary
	 * (a control character among its first bytes, as in a TIFF, a zip or a model file).
	 *
	 * @param kind what the file should be, for the message
	 * @throws IOException naming the file and the problem
	 */
	public static void requireWritableText(Path file, String kind) throws IOException {
		Path dir = file.toAbsolutePath().getParent();
		if (dir == null || !Files.isDirectory(dir)) throw new IOException(file.getFileName() + ": the folder " + dir +
			" does not exist");
		if (!Files.isWritable(dir)) throw new IOException(file.getFileName() + ": the folder " + dir +
			" is not writable");
		if (Files.isDirectory(file)) throw new IOException(file.getFileName() + ": is a folder; give a file name");
		if (!Files.exists(file)) return;
		byte[] head = new byte[4];
		int n;
		try (java.io.InputStream in = Files.newInputStream(file)) {
			n = in.readNBytes(head, 0, 4);
		}
		for (int i = 0; i < n; i++) {
			if (head[i] >= 0 && head[i] < 9) throw new IOException(file.getFileName() + ": exists and is not " + kind +
				"; not overwriting it");
		}
	}

	/**
	 * Refuses to replace something that is not of the kind about to be written (a folder, or a file whose first bytes
	 * are none of the given signatures), so that a mistyped output path cannot destroy unrelated data.
	 *
	 * @param kind what the file should be, for the message
	 * @throws IOException naming the file when it exists and is of another kind
	 */
	public static void requireSameKind(Path file, String kind, byte[]... signatures) throws IOException {
		if (Files.isDirectory(file)) throw new IOException(file.getFileName() + ": is a folder; give a file name");
		if (!Files.exists(file) || Files.size(file) == 0) return;
		byte[] head = new byte[4];
		try (java.io.InputStream in = Files.newInputStream(file)) {
			if (in.readNBytes(head, 0, 4) == 4) {
				for (byte[] signature : signatures) {
					if (java.util.Arrays.equals(head, signature)) return;
				}
			}
		}
		throw new IOException(file.getFileName() + ": exists and is not " + kind + "; not overwriting it");
	}

	/** First bytes of a little- and a big-endian TIFF. */
	private static final byte[] TIFF_LITTLE = { 'I', 'I', 42, 0 }, TIFF_BIG = { 'M', 'M', 0, 42 };

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
		if (dir == null || !Files.isDirectory(dir)) throw new IOException(file.getFileName() + ": the folder " + dir +
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
