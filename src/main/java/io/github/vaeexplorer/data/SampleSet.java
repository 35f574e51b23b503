package io.github.vaeexplorer.data;

/**
 * The training samples: {@link #count()} images of {@code channels x size x size} values in [0,1], each laid
 * out [c][y][x] row-major, i.e. value (c,y,x) is at {@code (c * size + y) * size + x}.
 * <p>
 * Implementations decide how the values are stored (floats, bytes, ...); readers only ever copy samples
 * out, so a set can be read from several threads as long as nobody writes to it.
 */
public interface SampleSet {

	/** @return the number of samples */
	int count();

	/** @return the number of channels per sample */
	int channels();

	/** @return the side length of the square samples, in pixels */
	int size();

	/** @return the number of values in one sample: {@code channels() * size() * size()} */
	default int sampleLength() {
		return channels() * size() * size();
	}

	/**
	 * Copies one sample into {@code dst[dstOffset .. dstOffset + sampleLength())}; the cost is one
	 * {@link #sampleLength()}-long copy and no allocation.
	 *
	 * @param index the sample, 0-based
	 * @param dst the destination array
	 * @param dstOffset where the sample starts in {@code dst}
	 * @throws IndexOutOfBoundsException if the index or the destination range is out of bounds
	 */
	void copySample(int index, float[] dst, int dstOffset);

	/**
	 * Returns a fresh copy of one sample; convenient, but allocates {@link #sampleLength()} floats each call.
	 *
	 * @param index the sample, 0-based
	 * @return the sample's values, [c][y][x] row-major
	 */
	default float[] sample(int index) {
		final float[] dst = new float[sampleLength()];
		copySample(index, dst, 0);
		return dst;
	}
}
