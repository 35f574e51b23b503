package io.github.vaeexplorer.explore;

import ij.ImagePlus;
import ij.ImageStack;
import ij.plugin.MontageMaker;
import ij.process.ImageProcessor;

/**
 * What a selection of slices makes from their source stack, without changing it: a substack (every channel of the
 * selected samples, pixel type and calibration kept) and a gallery (those samples side by side in one montage, each
 * labelled with its slice). A sample is a z, t plane of the source, counted t outer and z inner, as everywhere else.
 *
 * @author VAE Explorer developers
 */
public final class SelectionImages {

	/** The gallery's property holding how many cells it shows. */
	public static final String CELLS = "vae_explorer.cells";

	private static final int MAX_GALLERY_COLUMNS = 12;
	/** Small cells are enlarged to about this many pixels (at most 4 times), so their labels fit. */
	private static final int MIN_TILE = 80;

	private SelectionImages() {}

	/**
	 * The selected samples as a new stack, titled {@code Substack of TITLE}, each slice labelled {@code slice N}.
	 *
	 * @param slices 1-based samples of {@code source}
	 * @throws IllegalArgumentException if nothing is selected
	 */
	public static ImagePlus substack(ImagePlus source, int[] slices) {
		if (slices.length == 0) throw new IllegalArgumentException("nothing is selected: drag a rectangle or a " +
			"lasso around some points first");
		int channels = source.getNChannels(), depth = source.getNSlices();
		ImageStack stack = new ImageStack(source.getWidth(), source.getHeight());
		for (int slice : slices) {
			int z = (slice - 1) % depth + 1, t = (slice - 1) / depth + 1;
			for (int c = 1; c <= channels; c++) {
				ImageProcessor plane = source.getStack().getProcessor(source.getStackIndex(c, z, t)).duplicate();
				stack.addSlice("slice " + slice, plane);
			}
		}
		ImagePlus sub = new ImagePlus("Substack of " + source.getTitle(), stack);
		sub.setDimensions(channels, slices.length, 1);
		if (channels > 1) sub.setOpenAsHyperStack(true);
		sub.setCalibration(source.getCalibration().copy());
		return sub;
	}

	/**
	 * The selected samples side by side in one image, titled {@code Gallery of N cells of TITLE}, each labelled with
	 * its slice; {@link #CELLS} holds {@code N}.
	 *
	 * @throws IllegalArgumentException if nothing is selected
	 */
	public static ImagePlus gallery(ImagePlus source, int[] slices) {
		ImagePlus sub = firstChannel(substack(source, slices));
		int n = slices.length, columns = Math.min(MAX_GALLERY_COLUMNS, (int) Math.ceil(Math.sqrt(n)));
		int rows = (n + columns - 1) / columns;
		double scale = Math.min(4, Math.ceil(MIN_TILE / (double) Math.max(source.getWidth(), source.getHeight())));
		ImagePlus montage = new MontageMaker().makeMontage2(sub, columns, rows, Math.max(1, scale), 1, n, 1, 1, n <=
			400);
		montage.setTitle("Gallery of " + n + " cells of " + source.getTitle());
		montage.setProperty(CELLS, n);
		return montage;
	}

	/** The first channel of each sample, labelled with just its slice number (what fits under a cell). */
	private static ImagePlus firstChannel(ImagePlus sub) {
		ImageStack stack = new ImageStack(sub.getWidth(), sub.getHeight());
		for (int s = 1; s <= sub.getNSlices(); s++) {
			int index = sub.getStackIndex(1, s, 1);
			stack.addSlice(sub.getStack().getSliceLabel(index).replace("slice ", ""), sub.getStack().getProcessor(
				index));
		}
		return new ImagePlus(sub.getTitle(), stack);
	}
}
