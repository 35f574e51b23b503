package io.github.vaeexplorer.cells;

/**
 * One field of view: a plane per channel, {@code width*height} floats each, row by row, holding the source values
 * unchanged. Holds its arrays without copying.
 *
 * @author VAE Explorer developers
 */
public final class Field {

	private final int width;
	private final int height;
	private final float[][] channels;

	/** @throws IllegalArgumentException if there is no channel or a plane has the wrong length */
	public Field(int width, int height, float[][] channels) {
		if (channels.length == 0) throw new IllegalArgumentException("a field needs at least one channel");
		for (float[] c : channels) {
			if (c.length != (long) width * height) throw new IllegalArgumentException("a " + width + "x" + height +
				" field needs planes of " + (long) width * height + " values, got " + c.length);
		}
		this.width = width;
		this.height = height;
		this.channels = channels;
	}

	public int width() { return width; }

	public int height() { return height; }

	public int channelCount() { return channels.length; }

	/** One channel's plane: the array itself (do not change it). */
	float[] plane(int channel) {
		return channels[channel];
	}
}
