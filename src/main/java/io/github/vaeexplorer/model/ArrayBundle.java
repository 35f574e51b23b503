package io.github.vaeexplorer.model;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
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

	private ArrayBundle() {}

	static byte[] write(Map<String, float[]> arrays) {
		long bytes = 8;
		for (Map.Entry<String, float[]> e : arrays.entrySet()) bytes += 8 + e.getKey().length() * 4L + e.getValue().length * 4L;
		ByteArrayOutputStream out = new ByteArrayOutputStream((int) Math.min(Integer.MAX_VALUE - 8, bytes));
		try (DataOutputStream data = new DataOutputStream(out)) {
			data.writeInt(MAGIC);
			data.writeInt(arrays.size());
			for (Map.Entry<String, float[]> e : arrays.entrySet()) {
				byte[] name = e.getKey().getBytes(StandardCharsets.UTF_8);
				data.writeInt(name.length);
				data.write(name);
				float[] values = e.getValue();
				data.writeInt(values.length);
				ByteBuffer buf = ByteBuffer.allocate(values.length * 4).order(ByteOrder.LITTLE_ENDIAN);
				buf.asFloatBuffer().put(values);
				data.write(buf.array());
			}
		}
		catch (IOException e) {
			throw new IllegalStateException(e); // cannot happen with a byte array
		}
		return out.toByteArray();
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
