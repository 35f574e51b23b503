package io.github.vaeexplorer.cells.ij;

import io.github.vaeexplorer.cells.CropRecord;

import ij.CompositeImage;
import ij.ImagePlus;
import ij.ImageStack;
import ij.process.FloatProcessor;

import java.util.function.BiConsumer;

/**
 * Collects crops into a 32-bit stack as they are made: one slice an object, its channels as ImageJ channels (CZT
 * order, so that a multi-channel crop stack is a hyperstack of C channels × N slices), each plane labelled with its
 * source and label ({@code cells.tif:17}).
 *
 * @author VAE Explorer developers
 */
final class CropStack implements BiConsumer<CropRecord, float[][]> {

	private ImageStack stack;
	private int channels = -1;

	@Override
	public void accept(CropRecord record, float[][] planes) {
		if (channels < 0) channels = planes.length;
		if (planes.length != channels) throw new IllegalArgumentException(record.source() + " has " + planes.length +
			" channel(s) to crop but the fields before it had " + channels + "; choose the same channels for all");
		int size = (int) Math.round(Math.sqrt(planes[0].length));
		if (stack == null) stack = new ImageStack(size, size);
		String label = record.source() + ":" + record.object().label() + (record.name().isEmpty() ? "" : " " + record
			.name());
		for (float[] plane : planes) stack.addSlice(label, new FloatProcessor(size, size, plane));
	}

	/** The crops as an image titled {@code title}. */
	ImagePlus image(String title) {
		ImagePlus image = new ImagePlus(title, stack);
		image.setDimensions(channels, stack.getSize() / channels, 1);
		if (channels > 1) {
			image.setOpenAsHyperStack(true);
			image = new CompositeImage(image, CompositeImage.GRAYSCALE);
		}
		image.resetDisplayRange();
		return image;
	}
}
