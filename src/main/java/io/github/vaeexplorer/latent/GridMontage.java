package io.github.vaeexplorer.latent;

import ij.CompositeImage;
import ij.IJ;
import ij.ImagePlus;
import ij.ImageStack;
import ij.measure.Calibration;
import ij.plugin.MontageMaker;

/**
 * Lays a {@link TraversalGrid}'s hyperstack out as one picture: a row per dimension, a column per step, each tile
 * carrying its slice label ({@code z3=+1.50}). Tiles narrower than {@value #MIN_TILE} pixels are enlarged by a whole
 * factor so that the labels fit, and tiles wider than {@value #MAX_TILE} pixels are shrunk; the calibration follows
 * the scale. The montage stays 32-bit in the grid's intensity scale (one plane per channel); it is never shown, so
 * this works headless.
 *
 * @author VAE Explorer developers
 */
public final class GridMontage {

	private static final int BORDER = 1;
	static final int MIN_TILE = 64;
	static final int MAX_TILE = 256;

	private GridMontage() {}

	/**
	 * Makes the montage of a grid with C channels, Z steps (columns) and T dimensions (rows).
	 *
	 * @param title the montage's title
	 */
	public static ImagePlus of(ImagePlus grid, String title) {
		int channels = grid.getNChannels(), columns = grid.getNSlices(), rows = grid.getNFrames();
		double scale = scale(grid.getWidth(), grid.getHeight());
		ImageStack planes = null;
		for (int c = 1; c <= channels; c++) {
			ImageStack tiles = new ImageStack(grid.getWidth(), grid.getHeight());
			for (int t = 1; t <= rows; t++) {
				for (int z = 1; z <= columns; z++) {
					int index = grid.getStackIndex(c, z, t);
					tiles.addSlice(grid.getStack().getSliceLabel(index), grid.getStack().getProcessor(index));
				}
			}
			ImagePlus channel = new ImagePlus(title, tiles);
			channel.setCalibration(grid.getCalibration());
			grid.setPositionWithoutUpdate(c, 1, 1);
			channel.setDisplayRange(grid.getDisplayRangeMin(), grid.getDisplayRangeMax());
			ImagePlus montage = new MontageMaker().makeMontage2(channel, columns, rows, scale, 1, tiles.getSize(), 1,
				BORDER, true);
			if (planes == null) planes = new ImageStack(montage.getWidth(), montage.getHeight());
			planes.addSlice(labelOf(grid, rows, columns), montage.getProcessor());
		}
		ImagePlus result = new ImagePlus(title, planes);
		Calibration cal = grid.getCalibration().copy();
		cal.pixelWidth /= scale;
		cal.pixelHeight /= scale;
		result.setCalibration(cal);
		grid.setPositionWithoutUpdate(1, 1, 1);
		if (channels > 1) {
			result.setDimensions(channels, 1, 1);
			result = new CompositeImage(result, IJ.COMPOSITE);
		}
		return result;
	}

	/** The factor that brings the larger side of a tile into [{@value #MIN_TILE}, {@value #MAX_TILE}]. */
	static double scale(int width, int height) {
		int side = Math.max(width, height);
		if (side < MIN_TILE) return Math.ceil((double) MIN_TILE / side);
		return side > MAX_TILE ? (double) MAX_TILE / side : 1;
	}

	private static String labelOf(ImagePlus grid, int rows, int columns) {
		return rows + " dimension(s) × " + columns + " step(s): " + grid.getStack().getSliceLabel(1) + " … " + grid
			.getStack().getSliceLabel(grid.getStackSize());
	}
}
