package io.github.vaeexplorer.ui;

import java.awt.image.BufferedImage;

/**
 * Normalised samples ([0,1], {@code channels x size x size}, [c][y][x]) as pictures: grey for one channel, the first
 * three channels as red, green and blue otherwise.
 *
 * @author VAE Explorer developers
 */
final class Thumbnails {

	private Thumbnails() {}

	static BufferedImage of(float[] sample, int channels, int size) {
		int plane = size * size;
		if (sample.length != channels * plane) throw new IllegalArgumentException("a sample of " + channels + "x" +
			size + "x" + size + " needs " + channels * plane + " values, not " + sample.length);
		if (channels == 1) {
			BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_BYTE_GRAY);
			byte[] grey = new byte[plane];
			for (int i = 0; i < plane; i++) grey[i] = (byte) level(sample[i]);
			image.getRaster().setDataElements(0, 0, size, size, grey);
			return image;
		}
		BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_INT_RGB);
		int[] rgb = new int[plane];
		for (int i = 0; i < plane; i++) {
			int r = level(sample[i]);
			int g = channels > 1 ? level(sample[plane + i]) : 0;
			int b = channels > 2 ? level(sample[2 * plane + i]) : 0;
			rgb[i] = r << 16 | g << 8 | b;
		}
		image.setRGB(0, 0, size, size, rgb, 0, size);
		return image;
	}

	private static int level(float v) {
		if (!(v > 0)) return 0;
		return v >= 1 ? 255 : Math.round(v * 255);
	}
}
