package io.github.vaeexplorer.data;

import ij.ImagePlus;
import ij.io.FileInfo;
import ij.io.Opener;
import ij.process.ImageConverter;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import javax.imageio.ImageIO;

/**
 * The image files of a folder (TIFF, PNG, JPEG; stacks too), listed and opened without ever showing a dialog or
 * aborting a running macro: a file that cannot be read is reported as {@code null} with a reason, so that a batch
 * over a folder can skip it and go on.
 * <p>
 * ImageJ's own {@link Opener} reports a broken file through {@code IJ.error}, which inside a macro aborts the whole
 * macro and in the GUI opens a modal dialog. So TIFFs are first checked with ImageJ's TIFF decoder (every strip must
 * lie inside the file) before ImageJ opens them (keeping ImageJ's handling of 16/32-bit, hyperstacks and labels),
 * and PNG/JPEG files are decoded with {@link ImageIO}, which fails with an exception instead.
 *
 * @author VAE Explorer developers
 */
public final class ImageFiles {

	/** File name extensions (lower case, without the dot) that are treated as images. */
	public static final List<String> EXTENSIONS = List.of("tif", "tiff", "png", "jpg", "jpeg");

	private ImageFiles() {}

	/** Whether a path names a regular file with one of the {@link #EXTENSIONS} (not a hidden file). */
	public static boolean isImageFile(Path file) {
		final String name = file.getFileName().toString();
		return !name.startsWith(".") && EXTENSIONS.contains(extension(name)) && Files.isRegularFile(file);
	}

	/**
	 * The image files directly inside a folder, sorted by name (so that every run sees them in the same order).
	 *
	 * @throws IllegalArgumentException if the path is not a folder
	 * @throws UncheckedIOException if the folder cannot be listed
	 */
	public static List<Path> list(Path folder) {
		if (!Files.isDirectory(folder)) throw new IllegalArgumentException(folder + " is not a folder");
		try (Stream<Path> entries = Files.list(folder)) {
			return entries.filter(ImageFiles::isImageFile).sorted((a, b) -> a.getFileName().toString().compareTo(b
				.getFileName().toString())).collect(Collectors.toList());
		}
		catch (IOException e) {
			throw new UncheckedIOException(folder + ": cannot be listed (" + e.getMessage() + ")", e);
		}
	}

	/** An opened image, or why a file could not be opened. */
	public static final class Opened {

		private final ImagePlus image;
		private final String problem;

		private Opened(ImagePlus image, String problem) {
			this.image = image;
			this.problem = problem;
		}

		/** An image that was read (for other openers of this package, e.g. {@link LazyImages}). */
		static Opened of(ImagePlus image) {
			return new Opened(image, null);
		}

		/** @return the image, or null if the file could not be read */
		public ImagePlus image() {
			return image;
		}

		/** @return why the file could not be read (a few words), or null if it was read */
		public String problem() {
			return problem;
		}
	}

	/**
	 * Opens one image file, titled with its file name. Never shows a dialog, never aborts a macro.
	 *
	 * @return the image, or the reason it could not be read
	 */
	public static Opened open(Path file) {
		final String name = file.getFileName().toString();
		try {
			final String ext = extension(name);
			final ImagePlus imp = ext.startsWith("tif") ? openTiff(file) : openWithImageIo(file);
			if (imp == null || imp.getStackSize() == 0 || imp.getWidth() < 1 || imp.getHeight() < 1) {
				return new Opened(null, "not a readable " + format(ext) + " image");
			}
			imp.setTitle(name);
			return new Opened(imp, null);
		}
		catch (IOException | RuntimeException e) {
			return new Opened(null, "not a readable image (" + (e.getMessage() == null ? e.getClass().getSimpleName()
				: e.getMessage().trim()) + ")");
		}
	}

	/** The file name without its image extension, e.g. {@code cells} for {@code cells.tif}. */
	public static String baseName(String fileName) {
		final int dot = fileName.lastIndexOf('.');
		return dot > 0 && EXTENSIONS.contains(extension(fileName)) ? fileName.substring(0, dot) : fileName;
	}

	private static String extension(String name) {
		final int dot = name.lastIndexOf('.');
		return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
	}

	private static String format(String extension) {
		if (extension.startsWith("tif")) return "TIFF";
		return extension.startsWith("jp") ? "JPEG" : extension.toUpperCase(Locale.ROOT);
	}

	private static ImagePlus openTiff(Path file) throws IOException {
		final FileInfo[] info = Opener.getTiffFileInfo(file.toString());
		if (info == null || info.length == 0) return null;
		final long length = Files.size(file);
		for (FileInfo fi : info) {
			if (!insideFile(fi, length)) return null;
		}
		final Opener opener = new Opener();
		opener.setSilentMode(true);
		final Path dir = file.toAbsolutePath().getParent();
		return opener.openTiff(dir.toString() + java.io.File.separator, file.getFileName().toString());
	}

	/** Whether every byte ImageJ would read for these planes lies inside the file, so it will not complain. */
	private static boolean insideFile(FileInfo fi, long fileLength) {
		if (fi.width < 1 || fi.height < 1 || fi.nImages < 1) return false;
		if (fi.compression == FileInfo.COMPRESSION_UNKNOWN) return false;
		if (fi.stripOffsets != null && fi.stripLengths != null && fi.stripOffsets.length > 0 && fi.nImages == 1) {
			for (int i = 0; i < fi.stripOffsets.length && i < fi.stripLengths.length; i++) {
				if ((fi.stripOffsets[i] & 0xffffffffL) + (fi.stripLengths[i] & 0xffffffffL) > fileLength) return false;
			}
			return true;
		}
		final long plane = (long) fi.width * fi.height * Math.max(1, fi.getBytesPerPixel());
		final long end = fi.getOffset() + plane * fi.nImages + fi.getGap() * (fi.nImages - 1);
		return fi.compression > FileInfo.COMPRESSION_NONE || end <= fileLength;
	}

	private static ImagePlus openWithImageIo(Path file) throws IOException {
		final BufferedImage bi = ImageIO.read(file.toFile());
		if (bi == null) return null;
		final ImagePlus imp = new ImagePlus(file.getFileName().toString(), bi);
		if (imp.getBitDepth() == 24 && isGrey(imp)) {
			// JPEGs and some PNGs store grey images as RGB; ImageJ's own opener turns those into 8-bit as well.
			new ImageConverter(imp).convertToGray8();
		}
		return imp;
	}

	private static boolean isGrey(ImagePlus imp) {
		final int[] pixels = (int[]) imp.getProcessor().getPixels();
		for (int c : pixels) {
			final int r = (c >> 16) & 0xff, g = (c >> 8) & 0xff, b = c & 0xff;
			if (r != g || g != b) return false;
		}
		return true;
	}
}
