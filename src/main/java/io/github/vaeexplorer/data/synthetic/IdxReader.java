package io.github.vaeexplorer.data.synthetic;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;

/**
 * Reads MNIST-style IDX files: IDX3 unsigned-byte images (magic {@code 0x00000803}) and IDX1
 * unsigned-byte labels (magic {@code 0x00000801}), gzipped or not (detected from the content).
 * Sizes are validated; problems are reported as {@link IllegalArgumentException}s with one-line
 * messages naming the source.
 */
public final class IdxReader {

	/** Magic number of an IDX file with unsigned-byte data and 3 dimensions. */
	public static final int IMAGES_MAGIC = 0x00000803;
	/** Magic number of an IDX file with unsigned-byte data and 1 dimension. */
	public static final int LABELS_MAGIC = 0x00000801;

	private static final int GZIP_MAGIC_0 = 0x1f;
	private static final int GZIP_MAGIC_1 = 0x8b;
	private static final int MAX_BYTES = Integer.MAX_VALUE - 8;

	private IdxReader() {
		// static functions only
	}

	/**
	 * Reads an IDX3 image file.
	 *
	 * @param file the file, e.g. {@code t10k-images-idx3-ubyte.gz}
	 * @return all images in the file
	 * @throws IOException if reading fails
	 * @throws IllegalArgumentException if the file is not a valid IDX3 unsigned-byte file
	 */
	public static IdxImages readImages(Path file) throws IOException {
		try (InputStream in = Files.newInputStream(file)) {
			return readImages(in, file.toString());
		}
	}

	/**
	 * Reads IDX3 images from a stream. Does not close the stream.
	 *
	 * @param in the bytes, gzipped or not
	 * @param source name of the source, used in error messages
	 * @return all images in the stream
	 * @throws IOException if reading fails
	 * @throws IllegalArgumentException if the content is not a valid IDX3 unsigned-byte file
	 */
	public static IdxImages readImages(InputStream in, String source) throws IOException {
		final DataInputStream data = new DataInputStream(decompressIfGzipped(in));
		checkMagic(data, IMAGES_MAGIC, "IDX3 unsigned-byte images", source);
		final int count = readDimension(data, "image count", source);
		final int rows = readDimension(data, "row count", source);
		final int columns = readDimension(data, "column count", source);
		if (rows < 1 || columns < 1) {
			throw new IllegalArgumentException(source + ": images must be at least 1x1, got " + rows + "x" + columns);
		}
		final long length = (long) count * rows * columns;
		if (length > MAX_BYTES) {
			throw new IllegalArgumentException(source + ": " + count + " images of " + rows + "x" + columns +
				" are too many to hold in memory");
		}
		final byte[] pixels = readBody(data, (int) length, count + " images of " + rows + "x" + columns, source);
		return new IdxImages(count, rows, columns, pixels);
	}

	/**
	 * Reads an IDX1 label file.
	 *
	 * @param file the file, e.g. {@code t10k-labels-idx1-ubyte.gz}
	 * @return the labels, 0 .. 255
	 * @throws IOException if reading fails
	 * @throws IllegalArgumentException if the file is not a valid IDX1 unsigned-byte file
	 */
	public static int[] readLabels(Path file) throws IOException {
		try (InputStream in = Files.newInputStream(file)) {
			return readLabels(in, file.toString());
		}
	}

	/**
	 * Reads IDX1 labels from a stream. Does not close the stream.
	 *
	 * @param in the bytes, gzipped or not
	 * @param source name of the source, used in error messages
	 * @return the labels, 0 .. 255
	 * @throws IOException if reading fails
	 * @throws IllegalArgumentException if the content is not a valid IDX1 unsigned-byte file
	 */
	public static int[] readLabels(InputStream in, String source) throws IOException {
		final DataInputStream data = new DataInputStream(decompressIfGzipped(in));
		checkMagic(data, LABELS_MAGIC, "IDX1 unsigned-byte labels", source);
		final int count = readDimension(data, "label count", source);
		final byte[] bytes = readBody(data, count, count + " labels", source);
		final int[] labels = new int[count];
		for (int i = 0; i < count; i++) {
			labels[i] = bytes[i] & 0xff;
		}
		return labels;
	}

	private static InputStream decompressIfGzipped(InputStream in) throws IOException {
		final BufferedInputStream buffered = new BufferedInputStream(in);
		buffered.mark(2);
		final int b0 = buffered.read();
		final int b1 = buffered.read();
		buffered.reset();
		if (b0 == GZIP_MAGIC_0 && b1 == GZIP_MAGIC_1) {
			return new BufferedInputStream(new GZIPInputStream(buffered));
		}
		return buffered;
	}

	private static void checkMagic(DataInputStream data, int expected, String kind,
		String source) throws IOException
	{
		final int magic = readHeaderInt(data, "magic number", source);
		if (magic != expected) {
			throw new IllegalArgumentException(String.format("%s: magic number 0x%08x, expected 0x%08x (%s)",
				source, magic, expected, kind));
		}
	}

	private static int readDimension(DataInputStream data, String what, String source)
		throws IOException
	{
		final int value = readHeaderInt(data, what, source);
		if (value < 0) {
			throw new IllegalArgumentException(source + ": negative " + what + " " + value + " in the header");
		}
		return value;
	}

	private static int readHeaderInt(DataInputStream data, String what, String source)
		throws IOException
	{
		try {
			return data.readInt();
		}
		catch (EOFException e) {
			throw new IllegalArgumentException(source + ": file ends inside the header, before the " + what, e);
		}
	}

	private static byte[] readBody(DataInputStream data, int length, String what,
		String source) throws IOException
	{
		final byte[] body = new byte[length];
		int read = 0;
		while (read < length) {
			final int n = data.read(body, read, length - read);
			if (n < 0) {
				throw new IllegalArgumentException(source + ": truncated: the header announces " + what + " (" +
					length + " bytes) but only " + read + " bytes follow");
			}
			read += n;
		}
		if (data.read() >= 0) {
			throw new IllegalArgumentException(
				source + ": unexpected extra bytes after the " + what + " announced in the header");
		}
		return body;
	}
}
