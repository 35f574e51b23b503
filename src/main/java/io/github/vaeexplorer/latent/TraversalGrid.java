package io.github.vaeexplorer.latent;

import io.github.vaeexplorer.data.OutputImageFactory;
import io.github.vaeexplorer.model.VaeModel;

import ij.ImagePlus;
import ij.measure.Calibration;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Every chosen latent dimension (rows) swept over the same steps (columns) around one anchor: the picture that shows
 * at a glance what each dimension does. Rendered dimension-major, one plane a tile, each labelled {@code z3=+1.50}.
 *
 * @author VAE Explorer developers
 */
public final class TraversalGrid {

	private final int[] dims;
	private final int steps;
	private final double range;

	/**
	 * @param dims the dimensions, in row order
	 * @param steps columns, from {@code -range} to {@code +range}
	 * @param range sweep half-width in prior standard deviations
	 */
	public TraversalGrid(int[] dims, int steps, double range) {
		if (dims.length == 0) throw new IllegalArgumentException("dims must name at least one dimension");
		if (!(range > 0) || Double.isInfinite(range)) throw new IllegalArgumentException("range must be a number > 0 " +
			"(got " + range + ")");
		new LatentSweep(dims[0], -range, range, steps); // validates steps
		this.dims = dims.clone();
		this.steps = steps;
		this.range = range;
	}

	public int rows() { return dims.length; }

	public int columns() { return steps; }

	/**
	 * Decodes the grid into a 32-bit stack of rows × columns planes, titled {@code Traversal grid of NAME}.
	 */
	public ImagePlus render(VaeModel model, float[] anchor, String sourceName, Calibration calibration) {
		List<float[]> codes = new ArrayList<>();
		List<String> labels = new ArrayList<>();
		for (int dim : dims) {
			LatentSweep sweep = new LatentSweep(dim, -range, range, steps);
			for (float[] code : sweep.codes(anchor)) codes.add(code);
			for (int i = 0; i < steps; i++) labels.add(String.format(Locale.ROOT, "z%d=%+.2f", dim, sweep.value(i)));
		}
		List<float[]> decoded = new ArrayList<>();
		for (float[] image : model.decode(codes.toArray(new float[0][]))) decoded.add(image);
		ImagePlus grid = new OutputImageFactory().create("Traversal grid of " + sourceName, decoded, labels, model
			.normalisation(), model.geometry(), calibration);
		grid.setProperty("Info", "rows: dimensions " + java.util.Arrays.toString(dims) + "; columns: " + steps +
			" steps from -" + range + " to +" + range);
		return grid;
	}
}
