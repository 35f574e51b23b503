package io.github.vaeexplorer.spark;

import io.github.vaeexplorer.data.ImageFiles;

import ij.ImagePlus;

import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

/**
 * One image of the job's input, as it travels to an executor: its {@code source} name (the output's first column)
 * and either the path of an image file (a folder input) or the image file's bytes (a Parquet input). Opened on the
 * executor with the plugin's own reader ({@link ImageFiles#open}), so a TIFF or PNG gives the same image either way.
 *
 * @author VAE Explorer developers
 */
final class ImageInput implements Serializable {

	private static final long serialVersionUID = 1L;

	private final String source;
	private final String path;
	private final byte[] bytes;

	private ImageInput(String source, String path, byte[] bytes) {
		this.source = source;
		this.path = path;
		this.bytes = bytes;
	}

	/** An image file, named by its file name. */
	static ImageInput file(Path file) {
		return new ImageInput(file.getFileName().toString(), file.toAbsolutePath().toString(), null);
	}

	/** An image file's bytes (TIFF, PNG or JPEG), named {@code source}. */
	static ImageInput bytes(String source, byte[] bytes) {
		return new ImageInput(source, null, bytes);
	}

	/** The name in the output's {@code source} column. */
	String source() {
		return source;
	}

	/**
	 * Reads the image, titled with its source name.
	 *
	 * @throws IllegalArgumentException naming the source if it is not a readable image
	 */
	ImagePlus open() {
		if (path != null) return opened(ImageFiles.open(Paths.get(path)));
		if (bytes == null || bytes.length == 0) throw new IllegalArgumentException(source + ": the image column is " +
			"empty");
		Path temp = null;
		try {
			temp = Files.createTempFile("vae-explorer-", "." + extension(bytes));
			Files.write(temp, bytes);
			return opened(ImageFiles.open(temp));
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		finally {
			if (temp != null) temp.toFile().delete();
		}
	}

	private ImagePlus opened(ImageFiles.Opened opened) {
		if (opened.image() == null) throw new IllegalArgumentException(source + ": " + opened.problem());
		opened.image().setTitle(source);
		return opened.image();
	}

	/** The file extension that the plugin's reader expects for these bytes, told by their signature. */
	static String extension(byte[] b) {
		if (b.length >= 4 && ((b[0] == 'I' && b[1] == 'I' && b[2] == 42 && b[3] == 0) || (b[0] == 'M' && b[1] == 'M' &&
			b[2] == 0 && b[3] == 42))) return "tif";
		if (b.length >= 4 && (b[0] & 0xff) == 0x89 && b[1] == 'P' && b[2] == 'N' && b[3] == 'G') return "png";
		if (b.length >= 2 && (b[0] & 0xff) == 0xff && (b[1] & 0xff) == 0xd8) return "jpg";
		return "tif"; // not an image: the reader says so
	}
}
