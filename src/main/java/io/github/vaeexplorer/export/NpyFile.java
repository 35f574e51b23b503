package io.github.vaeexplorer.export;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;

/**
 * NumPy's {@code .npy} format (version 1.0) for little-endian float32 arrays in C order: the bioimage.io test tensors.
 *
 * @author VAE Explorer developers
 */
final class NpyFile {

	private static final byte[] MAGIC = { (byte) 0x93, 'N', 'U', 'M', 'P', 'Y', 1, 0 };

	private NpyFile() {}

	/** The bytes of a {@code .npy} file holding {@code values} with the given shape. */
	static byte[] float32(float[] values, long... shape) {
		long count = 1;
		for (long s : shape) count *= s;
		if (count != values.length) throw new IllegalArgumentException(values.length + " values do not fill shape " +
			java.util.Arrays.toString(shape));
		StringBuilder dims = new StringBuilder();
		for (long s : shape) dims.append(s).append(", ");
		dims.setLength(dims.length() - (shape.length == 1 ? 1 : 2)); // numpy writes (5,) and (1, 3, 16, 16)
		String header = "{'descr': '<f4', 'fortran_order': False, 'shape': (" + dims + "), }";
		// The header is padded with spaces and ends in a newline so that the data starts at a multiple of 64.
		int unpadded = MAGIC.length + 2 + header.length() + 1;
		StringBuilder padded = new StringBuilder(header);
		for (int i = 0; i < (64 - unpadded % 64) % 64; i++) padded.append(' ');
		padded.append('\n');
		byte[] head = padded.toString().getBytes(StandardCharsets.US_ASCII);
		ByteBuffer out = ByteBuffer.allocate(MAGIC.length + 2 + head.length + 4 * values.length).order(
			ByteOrder.LITTLE_ENDIAN);
		out.put(MAGIC).putShort((short) head.length).put(head);
		out.asFloatBuffer().put(values);
		return out.array();
	}
}
