package io.github.vaeexplorer.data;

/**
 * Samples kept as 8-bit codes plus one 256-entry lookup table per channel: a quarter of the memory of
 * {@link FloatSampleSet}, and exact, because an 8-bit or RGB source that needs no resampling has at most 256 values
 * per channel. Normalisation happens per batch, as {@link #copySample} reads the table. A 100,000-slice 64×64 8-bit
 * stack takes 410 MB instead of 1.6 GB.
 *
 * @author VAE Explorer developers
 */
public final class LookupSampleSet implements SampleSet {

	private static final int CHUNK_SAMPLES_MAX_BYTES = Integer.MAX_VALUE - 8;

	private final int count, channels, size, length, perChunk;
	private final byte[][] chunks;
	private final float[][] tables;

	/**
	 * An empty set (all codes 0).
	 *
	 * @param tables per channel, the value of each code 0..255
	 */
	public LookupSampleSet(int count, int channels, int size, float[][] tables) {
		if (tables.length != channels) throw new IllegalArgumentException("need one lookup table per channel");
		for (float[] t : tables) {
			if (t.length != 256) throw new IllegalArgumentException("a lookup table needs 256 entries");
		}
		this.count = count;
		this.channels = channels;
		this.size = size;
		this.length = channels * size * size;
		this.perChunk = Math.max(1, CHUNK_SAMPLES_MAX_BYTES / length);
		int chunkCount = (count + perChunk - 1) / perChunk;
		this.chunks = new byte[chunkCount][];
		for (int i = 0; i < chunkCount; i++) chunks[i] = new byte[Math.min(perChunk, count - i * perChunk) * length];
		this.tables = new float[channels][];
		for (int c = 0; c < channels; c++) this.tables[c] = tables[c].clone();
	}

	@Override
	public int count() { return count; }

	@Override
	public int channels() { return channels; }

	@Override
	public int size() { return size; }

	/** Stores one sample's codes (layout [c][y][x], values 0..255). */
	public void setCodes(int index, byte[] codes) {
		if (codes.length != length) throw new IllegalArgumentException("a sample has " + length + " values");
		System.arraycopy(codes, 0, chunks[index / perChunk], (index % perChunk) * length, length);
	}

	@Override
	public void copySample(int index, float[] dst, int dstOffset) {
		if (index < 0 || index >= count) throw new IndexOutOfBoundsException("sample " + index + " of " + count);
		byte[] chunk = chunks[index / perChunk];
		int from = (index % perChunk) * length, plane = size * size;
		for (int c = 0; c < channels; c++) {
			float[] table = tables[c];
			int src = from + c * plane, dst0 = dstOffset + c * plane;
			for (int i = 0; i < plane; i++) dst[dst0 + i] = table[chunk[src + i] & 0xFF];
		}
	}
}
