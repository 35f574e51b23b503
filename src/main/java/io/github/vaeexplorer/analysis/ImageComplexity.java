package io.github.vaeexplorer.analysis;

import java.awt.image.BufferedImage;
import java.awt.image.WritableRaster;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

import javax.imageio.ImageIO;

/**
 * An estimate of how many bits an image needs by itself: the length of its lossless PNG encoding (Java's ImageIO
 * writer) of the sample quantised to 8 bits, as in Serrà et al. 2020 ("Input complexity and out-of-distribution
 * detection with likelihood-based generative models", ICLR), who use PNG among other compressors. A flat silhouette
 * compresses to a few hundred bits, a textured garment to thousands.
 *
 * @author VAE Explorer developers
 */
public final class ImageComplexity {

	private ImageComplexity() {}

	/**
	 * Compressed length in bits of a normalised sample.
	 *
	 * @param sample values in [0,1] (clamped), {@code channels·size·size} of them, channel after channel
	 * @param size the side of each channel's square plane
	 */
	public static double bits(float[] sample, int size) {
		int rows = sample.length / size;
		BufferedImage image = new BufferedImage(size, rows, BufferedImage.TYPE_BYTE_GRAY);
		WritableRaster raster = image.getRaster();
		int[] row = new int[size];
		for (int y = 0; y < rows; y++) {
			for (int x = 0; x < size; x++) {
				float v = sample[y * size + x];
				row[x] = Float.isFinite(v) ? Math.round(255 * Math.min(1f, Math.max(0f, v))) : 0;
			}
			raster.setPixels(0, y, size, 1, row);
		}
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			if (!ImageIO.write(image, "png", out)) throw new IllegalStateException("no PNG writer in this Java");
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return 8.0 * out.size();
	}
}
