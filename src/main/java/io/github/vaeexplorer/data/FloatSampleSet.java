package io.github.vaeexplorer.data;

/**
 * A {@link SampleSet} that holds every value as a float: 4 bytes per value, {@code 4 * count * sampleLength}
 * bytes in all, allocated up front.
 * <p>
 * The values live in one array when they fit in a Java array, and otherwise in chunks of whole samples, so
 * the set is limited by memory rather than by the 2^31 array size. Samples are written with
 * {@link #setSample}; the set does not check that values lie in [0,1].
 */
public final class FloatSampleSet implements SampleSet {

	/** Largest array length that every common JVM can allocate. */
	static final int MAX_ARRAY_LENGTH = Integer.MAX_VALUE - 8;

	private final int count;
	private final int channels;
	private final int size;
	private final int sampleLength;
	private final int samplesPerChunk;
	private final float[][] chunks;

	/**
	 * Allocates a zero-filled set.
	 *
	 * @param count number of samples, at least 0
	 * @param channels channels per sample, at least 1
	 * @param size side length of the square samples, at least 1
	 * @throws IllegalArgumentException if a dimension is out of range or one sample would not fit in an array
	 * @throws OutOfMemoryError if the heap cannot hold {@code count * channels * size * size} floats
	 */
	public FloatSampleSet(int count, int channels, int size) {
		this(count, channels, size, MAX_ARRAY_LENGTH);
	}

	/** Package-private so tests can force chunking with a small chunk limit. */
	FloatSampleSet(int count, int channels, int size, int maxChunkLength) {
		if (count < 0 || channels < 1 || size < 1) {
			throw new IllegalArgumentException("a sample set needs count >= 0, channels >= 1 and size >= 1, got " + count +
				", " + channels + " and " + size);
		}
		final long length = (long) channels * size * size;
		if (length > maxChunkLength) {
			throw new IllegalArgumentException("one sample of " + channels + "x" + size + "x" + size +
				" values is too large for a Java array");
		}
		this.count = count;
		this.channels = channels;
		this.size = size;
		this.sampleLength = (int) length;
		this.samplesPerChunk = Math.max(1, Math.min(count, maxChunkLength / sampleLength));
		final int chunkCount = (count + samplesPerChunk - 1) / samplesPerChunk;
		this.chunks = new float[chunkCount][];
		for (int i = 0; i < chunkCount; i++) {
			final int samplesInChunk = Math.min(samplesPerChunk, count - i * samplesPerChunk);
			chunks[i] = new float[samplesInChunk * sampleLength];
		}
	}

	/**
	 * Wraps an existing array without copying; later changes to {@code data} show through.
	 *
	 * @param data {@code count * channels * size * size} values, sample after sample, each [c][y][x]
	 * @param channels channels per sample
	 * @param size side length of the square samples
	 * @return the set, whose count is {@code data.length / (channels * size * size)}
	 * @throws IllegalArgumentException if {@code data.length} is not a whole number of samples
	 */
	public static FloatSampleSet wrap(float[] data, int channels, int size) {
		if (channels < 1 || size < 1) {
			throw new IllegalArgumentException("a sample set needs channels >= 1 and size >= 1, got " + channels + " and " +
				size);
		}
		final long length = (long) channels * size * size;
		if (data == null || data.length % length != 0) {
			throw new IllegalArgumentException("the data must hold a whole number of samples of " + length +
				" values, but has " + (data == null ? "no array" : data.length + " values"));
		}
		return new FloatSampleSet(data, (int) (data.length / length), channels, size);
	}

	private FloatSampleSet(float[] data, int count, int channels, int size) {
		this.count = count;
		this.channels = channels;
		this.size = size;
		this.sampleLength = channels * size * size;
		this.samplesPerChunk = Math.max(1, count);
		this.chunks = new float[][] { data };
	}

	// -- SampleSet --

	@Override
	public int count() {
		return count;
	}

	@Override
	public int channels() {
		return channels;
	}

	@Override
	public int size() {
		return size;
	}

	@Override
	public int sampleLength() {
		return sampleLength;
	}

	@Override
	public void copySample(int index, float[] dst, int dstOffset) {
		checkIndex(index);
		System.arraycopy(chunks[index / samplesPerChunk], (index % samplesPerChunk) * sampleLength, dst, dstOffset,
			sampleLength);
	}

	// -- Writing --

	/**
	 * Overwrites one sample with {@code src[srcOffset .. srcOffset + sampleLength())}.
	 *
	 * @param index the sample, 0-based
	 * @param src the values, [c][y][x] row-major
	 * @param srcOffset where the sample starts in {@code src}
	 * @throws IndexOutOfBoundsException if the index or the source range is out of bounds
	 */
	public void setSample(int index, float[] src, int srcOffset) {
		checkIndex(index);
		System.arraycopy(src, srcOffset, chunks[index / samplesPerChunk], (index % samplesPerChunk) * sampleLength,
			sampleLength);
	}

	/** @return how many arrays hold the values (1 unless the set exceeds one Java array) */
	int chunkCount() {
		return chunks.length;
	}

	private void checkIndex(int index) {
		if (index < 0 || index >= count) {
			throw new IndexOutOfBoundsException("sample " + index + " is outside 0.." + (count - 1));
		}
	}
}
