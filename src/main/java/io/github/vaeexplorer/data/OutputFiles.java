package io.github.vaeexplorer.data;

import ij.ImagePlus;
import ij.io.FileSaver;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Writes result files atomically: to a temporary file beside the target, then renamed over it, so a failure never
 * leaves a half-written file under the final name.
 * <p>
 * Every output is checked before any work ({@code require*}): its folder exists and is writable, it is not a folder,
 * its name fits the file system, and an existing file is of the kind about to be written; an existing TIFF that VAE
 * Explorer did not write is replaced only when asked ({@code overwrite}). Written files honour the umask, a replaced
 * file keeps its permissions, and a symbolic link is written through (its target replaced, the link kept). The
 * temporary name is short and bounded, so any legal final name can be written.
 *
 * @author VAE Explorer developers
 */
public final class OutputFiles {

	/** Longest file name (in bytes) that common file systems accept. */
	public static final int MAX_NAME_BYTES = 255;

	private static final int MAX_LINKS = 40;

	private OutputFiles() {}

	/**
	 * Saves an image as TIFF (a stack when it has several planes); an existing TIFF not written by VAE Explorer is
	 * refused.
	 *
	 * @throws IOException naming the file when it cannot be written
	 */
	public static void saveTiff(ImagePlus image, Path file) throws IOException {
		saveTiff(image, file, false);
	}

	/**
	 * Saves an image as TIFF (a stack when it has several planes).
	 *
	 * @param overwrite whether an existing TIFF that VAE Explorer did not write may be replaced
	 * @throws IOException naming the file when it cannot be written
	 */
	public static void saveTiff(ImagePlus image, Path file, boolean overwrite) throws IOException {
		requireReplaceableTiff(file, overwrite);
		Path temp = tempBeside(file);
		Object info = OwnedOutputs.mark(image, writeTarget(file));
		try {
			FileSaver saver = new FileSaver(image);
			boolean ok = image.getStackSize() > 1 ? saver.saveAsTiffStack(temp.toString()) : saver.saveAsTiff(temp
				.toString());
			if (!ok || Files.size(temp) == 0) throw new IOException(file.getFileName() + ": cannot be written" +
				FreeSpace.reason(temp));
			moveIntoPlace(temp, file);
		}
		finally {
			OwnedOutputs.restore(image, info);
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
				": cannot be written" + FreeSpace.reason(temp));
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
		requireFolder(file);
		requireSameKind(file, kind, signatures);
	}

	/** {@link #requireWritable} for a TIFF, refusing an existing TIFF that VAE Explorer did not write. */
	public static void requireWritableTiff(Path file) throws IOException {
		requireWritableTiff(file, false);
	}

	/**
	 * {@link #requireWritable} for a TIFF.
	 *
	 * @param overwrite whether an existing TIFF that VAE Explorer did not write may be replaced
	 */
	public static void requireWritableTiff(Path file, boolean overwrite) throws IOException {
		requireFolder(file);
		requireReplaceableTiff(file, overwrite);
	}

	private static void requireReplaceableTiff(Path file, boolean overwrite) throws IOException {
		requireSameKind(file, "a TIFF image", TIFF_LITTLE, TIFF_BIG);
		Path target = writeTarget(file);
		if (!overwrite && Files.isRegularFile(target) && Files.size(target) > 0 && !OwnedOutputs.isOurs(target)) {
			throw new IOException(file.getFileName() + ": exists and was not written by VAE Explorer; not " +
				"overwriting it (choose another name, or give --overwrite)");
		}
	}

	/**
	 * {@link #requireWritable} for a text file (such as CSV): refuses a folder, and an existing file that looks binary
	 * (a control character among its first bytes, as in a TIFF, a zip or a model file).
	 *
	 * @param kind what the file should be, for the message
	 * @throws IOException naming the file and the problem
	 */
	public static void requireWritableText(Path file, String kind) throws IOException {
		requireFolder(file);
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

	/** The folder of an output exists and is writable, and the output's name is not too long. */
	private static void requireFolder(Path file) throws IOException {
		Path target = writeTarget(file);
		Path dir = target.toAbsolutePath().getParent();
		if (dir == null || !Files.isDirectory(dir)) throw new IOException(file.getFileName() + ": the folder " + dir +
			" does not exist");
		if (!Files.isWritable(dir)) throw new IOException(file.getFileName() + ": the folder " + dir +
			" is not writable");
		int bytes = target.getFileName().toString().getBytes(StandardCharsets.UTF_8).length;
		if (bytes > MAX_NAME_BYTES) throw new IOException(abbreviated(target) + ": the file name is too long (" +
			bytes + " bytes; at most " + MAX_NAME_BYTES + ")");
	}

	private static String abbreviated(Path file) {
		String name = file.getFileName().toString();
		return name.length() <= 40 ? name : name.substring(0, 37) + "...";
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
			try {
				Files.write(temp, text.getBytes(StandardCharsets.UTF_8));
			}
			catch (IOException e) {
				throw new IOException(file.getFileName() + ": cannot be written (" + IoErrors.reason(e) + ")", e);
			}
			moveIntoPlace(temp, file);
		}
		finally {
			Files.deleteIfExists(temp);
		}
	}

	/**
	 * A new empty temporary file in the folder of the file that will be replaced (the target of a symbolic link), so
	 * that the final rename stays on one file system. Its name is short and bounded ({@code .vae-<16 hex>.partial}),
	 * and it is created with the default permissions, so the umask applies.
	 */
	public static Path tempBeside(Path file) throws IOException {
		Path dir = writeTarget(file).toAbsolutePath().getParent();
		if (dir == null || !Files.isDirectory(dir)) throw new IOException(file.getFileName() + ": the folder " + dir +
			" does not exist");
		for (int attempt = 0;; attempt++) {
			Path temp = dir.resolve(".vae-" + String.format("%016x", ThreadLocalRandom.current().nextLong()) +
				".partial");
			try {
				return Files.createFile(temp);
			}
			catch (FileAlreadyExistsException e) {
				if (attempt > 100) throw e;
			}
			catch (IOException e) {
				throw new IOException(file.getFileName() + ": cannot be written in " + dir + " (" + IoErrors.reason(e) +
					")", e);
			}
		}
	}

	/**
	 * Renames a finished temporary file over the target, atomically where the file system allows. A replaced file's
	 * permissions are kept; a symbolic link stays and its target is replaced.
	 */
	public static void moveIntoPlace(Path temp, Path file) throws IOException {
		Path target = writeTarget(file);
		keepPermissions(target, temp);
		try {
			Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
		}
		catch (AtomicMoveNotSupportedException e) {
			Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
		}
	}

	/** The file a write to {@code file} replaces: {@code file} itself, or the file its symbolic link(s) lead to. */
	public static Path writeTarget(Path file) throws IOException {
		Path current = file;
		for (int i = 0; i < MAX_LINKS && Files.isSymbolicLink(current); i++) {
			Path link = Files.readSymbolicLink(current);
			Path parent = current.toAbsolutePath().getParent();
			current = parent == null ? link : parent.resolve(link);
		}
		return current;
	}

	private static void keepPermissions(Path existing, Path temp) {
		try {
			if (!Files.isRegularFile(existing)) return;
			Set<PosixFilePermission> mode = Files.getPosixFilePermissions(existing);
			Files.setPosixFilePermissions(temp, mode);
		}
		catch (UnsupportedOperationException | IOException e) {
			// Not a POSIX file system, or not our file to read: the new file keeps the default permissions.
		}
	}
}
