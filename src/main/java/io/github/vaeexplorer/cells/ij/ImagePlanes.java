package io.github.vaeexplorer.cells.ij;

import io.github.vaeexplorer.cells.Field;
import io.github.vaeexplorer.cells.LabelImage;

import ij.ImagePlus;
import ij.process.ColorProcessor;
import ij.process.ImageProcessor;

import java.util.ArrayList;
import java.util.List;

/**
 * ImageJ images as the plain arrays of {@code cells}: a 2-D field's chosen channels (an RGB image's r, g, b count as
 * channels 1-3), and a label image. Source pixels are read, never changed.
 *
 * @author VAE Explorer developers
 */
public final class ImagePlanes {

	/** The word for every channel. */
	public static final String ALL = "all";

	private ImagePlanes() {}

	/** Channels of an image: ImageJ channels, or 3 for RGB. */
	public static int channelCount(ImagePlus image) {
		return image.getBitDepth() == 24 ? 3 : image.getNChannels();
	}

	/**
	 * The 1-based channels a {@code channels} key names: {@code all}, or a list such as {@code 1,3}.
	 *
	 * @throws IllegalArgumentException for a channel the image lacks or a word that is no channel
	 */
	public static int[] channels(String key, int count) {
		String t = key == null ? "" : key.trim();
		if (t.isEmpty() || t.equalsIgnoreCase(ALL)) {
			int[] all = new int[count];
			for (int c = 0; c < count; c++) all[c] = c + 1;
			return all;
		}
		List<Integer> chosen = new ArrayList<>();
		for (String part : t.split(",")) {
			int c;
			try {
				c = Integer.parseInt(part.trim());
			}
			catch (NumberFormatException e) {
				throw new IllegalArgumentException("channels must be " + ALL + " or a list of channel numbers like 1,3 " +
					"(got '" + key + "')");
			}
			if (c < 1 || c > count) throw new IllegalArgumentException("channels: the image has " + count +
				" channel(s), so there is no channel " + c);
			if (chosen.contains(c)) throw new IllegalArgumentException("channels names channel " + c + " twice");
			chosen.add(c);
		}
		return chosen.stream().mapToInt(Integer::intValue).toArray();
	}

	/** The 1-based source channels of crops with {@code cropChannels} channels made with this {@code channels} key. */
	static int[] numbers(String key, int cropChannels) {
		String t = key == null ? "" : key.trim();
		return t.isEmpty() || t.equalsIgnoreCase(ALL) ? channels(key, cropChannels) : channels(key, Integer.MAX_VALUE);
	}

	/**
	 * A field's chosen channels as floats (the image's own array for a 32-bit channel, a converted copy otherwise).
	 *
	 * @param channels 1-based
	 * @throws IllegalArgumentException if the image has several z-slices or time points
	 */
	public static Field field(ImagePlus image, int[] channels) {
		requirePlane(image, "field");
		float[][] planes = new float[channels.length][];
		for (int i = 0; i < channels.length; i++) {
			if (image.getBitDepth() == 24) {
				ColorProcessor rgb = (ColorProcessor) image.getStack().getProcessor(1);
				planes[i] = (float[]) rgb.toFloat(channels[i] - 1, null).getPixels();
			}
			else {
				ImageProcessor ip = image.getStack().getProcessor(image.getStackIndex(channels[i], 1, 1));
				planes[i] = ip.getBitDepth() == 32 ? (float[]) ip.getPixels() : (float[]) ip.convertToFloat().getPixels();
			}
		}
		return new Field(image.getWidth(), image.getHeight(), planes);
	}

	/**
	 * A label image from a single-channel 8-, 16- or 32-bit image.
	 *
	 * @throws IllegalArgumentException naming the image when it is no label image
	 */
	public static LabelImage labels(ImagePlus image) {
		String title = "'" + image.getTitle() + "'";
		requirePlane(image, "label image");
		if (image.getBitDepth() == 24 || image.getNChannels() > 1) throw new IllegalArgumentException(title +
			" is not a label image: it has colour or several channels (labels are one 8-, 16- or 32-bit plane)");
		ImageProcessor ip = image.getProcessor();
		float[] values = ip.getBitDepth() == 32 ? (float[]) ip.getPixels() : (float[]) ip.convertToFloat().getPixels();
		return LabelImage.fromValues(title, image.getWidth(), image.getHeight(), values);
	}

	private static void requirePlane(ImagePlus image, String what) {
		if (image.getNSlices() * image.getNFrames() > 1) throw new IllegalArgumentException("'" + image.getTitle() +
			"' has " + image.getNSlices() * image.getNFrames() + " planes per channel; a " + what +
			" must be 2-D (one plane per channel)");
	}
}
