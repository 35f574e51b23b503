package io.github.vaeexplorer.model;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The binary form of named float arrays inside a model file ({@code weights.bin}, {@code optimizer.bin}):
 * magic {@code VAEW}, a count, then per array its UTF-8 name, length and little-endian float values. Reading checks
 * every length against what remains, so a truncated or corrupted file fails with a message instead of an
 * OutOfMemoryError or garbage.
 *
 * @author VAE Explorer developers
 */
final class ArrayBundle {

	private static final int MAGIC = 0x56414557; // "VAEW"
	private static final int MAX_NAME = 256;
	private static final int CHUNK_FLOATS = 16_384;

	private ArrayBundle() {}

	/** The bundle as bytes (for tests and small bundles; a model file streams it with {@link #write(Map, OutputStream)}). */
	static byte[] write(Map<String, float[]> arrays) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			write(arrays, out);
		}
		catch (IOException e) {
			throw new IllegalStateException(e); // cannot happen with a byte array
		}
		return out.toByteArray();
	}

	/**
	 * Writes the bundle to {@code out} through a small buffer, so that saving a model needs no heap beyond the
	 * arrays themselves (a model file is written under the same heap that trained it). Leaves {@code out} open.
	 */
	static void write(Map<String, float[]> arrays, OutputStream out) throws IOException {
		DataOutputStream data = new DataOutputStream(out);
		data.writeInt(MAGIC);
		data.writeInt(arrays.size());
		ByteBuffer chunk = ByteBuffer.allocate(4 * CHUNK_FLOATS).order(ByteOrder.LITTLE_ENDIAN);
		for (Map.Entry<String, float[]> e : arrays.entrySet()) {
			byte[] name = e.getKey().getBytes(StandardCharsets.UTF_8);
			data.writeInt(name.length);
			data.write(name);
			float[] values = e.getValue();
			data.writeInt(values.length);
			for (int from = 0; from < values.length; from += CHUNK_FLOATS) {
				int n = Math.min(CHUNK_FLOATS, values.length - from);
				chunk.clear();
				chunk.asFloatBuffer().put(values, from, n);
				data.write(chunk.array(), 0, 4 * n);
			}
		}
		data.flush();
	}

	/**
	 * Parses a bundle.
	 *
	 * @throws IllegalArgumentException describing the first inconsistency
	 */
	static Map<String, float[]> read(byte[] bytes) {
		ByteBuffer in = ByteBuffer.wrap(bytes);
		try {
			if (in.getInt() != MAGIC) throw new IllegalArgumentException("is not an array bundle (bad magic number)");
			int count = in.getInt();
			if (count < 0 || count > 10_000) throw new IllegalArgumentException("claims " + count + " arrays");
			Map<String, float[]> arrays = new LinkedHashMap<>();
			for (int i = 0; i < count; i++) {
				int nameLength = in.getInt();
				if (nameLength < 1 || nameLength > MAX_NAME || nameLength > in.remaining()) {
					throw new IllegalArgumentException("is corrupted (array " + (i + 1) + " has a bad name)");
				}
				byte[] name = new byte[nameLength];
				in.get(name);
				int length = in.getInt();
				if (length < 0 || (long) length * 4 > in.remaining()) {
					throw new IllegalArgumentException("is truncated or corrupted (array " + (i + 1) + ")");
				}
				float[] values = new float[length];
				in.slice().order(ByteOrder.LITTLE_ENDIAN).asFloatBuffer().get(values);
				in.position(in.position() + length * 4);
				arrays.put(new String(name, StandardCharsets.UTF_8), values);
			}
			if (in.hasRemaining()) throw new IllegalArgumentException("has " + in.remaining() + " unexpected trailing bytes");
			return arrays;
		}
		catch (BufferUnderflowException e) {
			throw new IllegalArgumentException("is truncated");
		}
	}
}
