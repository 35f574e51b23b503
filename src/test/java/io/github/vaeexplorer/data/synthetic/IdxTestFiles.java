package io.github.vaeexplorer.data.synthetic;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;

/** Writes tiny IDX files for tests. */
final class IdxTestFiles {

	private IdxTestFiles() {
	}

	/** IDX3 bytes: header (magic, count, rows, columns) then the pixels as given. */
	static byte[] images(final int magic, final int count, final int rows, final int columns, final byte[] pixels)
		throws IOException
	{
		final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		final DataOutputStream out = new DataOutputStream(bytes);
		out.writeInt(magic);
		out.writeInt(count);
		out.writeInt(rows);
		out.writeInt(columns);
		out.write(pixels);
		return bytes.toByteArray();
	}

	/** IDX1 bytes: header (magic, count) then the labels as given. */
	static byte[] labels(final int count, final byte[] labels) throws IOException {
		final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		final DataOutputStream out = new DataOutputStream(bytes);
		out.writeInt(IdxReader.LABELS_MAGIC);
		out.writeInt(count);
		out.write(labels);
		return bytes.toByteArray();
	}

	/** Pixels 0, 1, 2, ... (mod 256). */
	static byte[] ramp(final int length) {
		final byte[] pixels = new byte[length];
		for (int i = 0; i < length; i++) {
			pixels[i] = (byte) i;
		}
		return pixels;
	}

	static Path writeGzipped(final Path file, final byte[] content) throws IOException {
		try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
			out.write(content);
		}
		return file;
	}
}
