package io.github.vaeexplorer.export;

import io.github.vaeexplorer.model.VaeModel;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

import javax.imageio.ImageIO;

/**
 * The package's cover: a traversal grid as PNG. One row per latent dimension (largest KL first, at most
 * {@value #ROWS}), {@value #STEPS} columns from −{@value #RANGE} to +{@value #RANGE} with the other dimensions at 0;
 * grey for one channel, the first three channels as red, green and blue otherwise.
 *
 * @author VAE Explorer developers
 */
final class CoverImage {

	static final int ROWS = 4, STEPS = 8;
	static final double RANGE = 2.5;

	/** Tiles are enlarged (nearest neighbour) to at least this many pixels a side. */
	private static final int MIN_TILE = 64;

	private CoverImage() {}

	/** The PNG bytes of the cover. */
	static byte[] png(VaeModel model) {
		int[] dims = model.statistics().rankedByKl();
		int rows = Math.min(ROWS, dims.length), k = model.latent();
		float[][] codes = new float[rows * STEPS][k];
		for (int r = 0; r < rows; r++) {
			for (int s = 0; s < STEPS; s++) codes[r * STEPS + s][dims[r]] = (float) (-RANGE + 2 * RANGE * s / (STEPS - 1));
		}
		float[][] images = model.decode(codes);
		int size = model.config().size(), channels = model.config().channels();
		int zoom = Math.max(1, (MIN_TILE + size - 1) / size), tile = size * zoom;
		BufferedImage cover = new BufferedImage(STEPS * tile, rows * tile, BufferedImage.TYPE_INT_RGB);
		for (int i = 0; i < images.length; i++) {
			int ox = (i % STEPS) * tile, oy = (i / STEPS) * tile;
			for (int y = 0; y < tile; y++) {
				for (int x = 0; x < tile; x++) {
					int p = (y / zoom) * size + x / zoom;
					cover.setRGB(ox + x, oy + y, rgb(images[i], p, size * size, channels));
				}
			}
		}
		ByteArrayOutputStream png = new ByteArrayOutputStream();
		try {
			if (!ImageIO.write(cover, "png", png)) throw new IOException("no PNG writer");
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return png.toByteArray();
	}

	private static int rgb(float[] image, int p, int plane, int channels) {
		int r = grey(image[p]);
		if (channels < 3) return (r << 16) | (r << 8) | r;
		return (r << 16) | (grey(image[plane + p]) << 8) | grey(image[2 * plane + p]);
	}

	private static int grey(float v) {
		return Math.max(0, Math.min(255, Math.round(v * 255)));
	}
}
