package io.github.vaeexplorer.latent;

import io.github.vaeexplorer.data.OutputImageFactory;
import io.github.vaeexplorer.model.LatentStatistics;
import io.github.vaeexplorer.model.VaeModel;

import ij.ImagePlus;
import ij.measure.Calibration;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Every chosen latent dimension (rows) swept over the same number of steps (columns) around one anchor: the picture
 * that shows at a glance what each dimension does. Rendered as a hyperstack, dimension-major (ImageJ's frames are the
 * dimensions, its slices the steps), one plane a tile, each labelled {@code z3=+1.50}.
 *
 * @author VAE Explorer developers
 */
public final class TraversalGrid {

	private final int[] dims;
	private final int steps;
	private final SweepRange range;

	/**
	 * @param dims the dimensions, in row order
	 * @param steps columns, from {@code -range} to {@code +range}
	 * @param range sweep half-width in prior standard deviations
	 */
	public TraversalGrid(int[] dims, int steps, double range) {
		this(dims, steps, SweepRange.fixed(range));
	}

	/**
	 * @param dims the dimensions, in row order
	 * @param steps columns
	 * @param range how far each row sweeps
	 */
	public TraversalGrid(int[] dims, int steps, SweepRange range) {
		if (dims.length == 0) throw new IllegalArgumentException("dims must name at least one dimension");
		new LatentSweep(dims[0], -1, 1, steps); // validates steps
		this.dims = dims.clone();
		this.steps = steps;
		this.range = range;
	}

	public int rows() { return dims.length; }

	public int columns() { return steps; }

	/** The dimensions, in row order. */
	public int[] dims() { return dims.clone(); }

	/** The codes of every tile, dimension-major, and their labels. */
	private List<float[]> codes(float[] anchor, LatentStatistics stats, List<String> labels) {
		List<float[]> codes = new ArrayList<>();
		for (int dim : dims) {
			LatentSweep sweep = range.sweep(dim, steps, stats);
			codes.addAll(Arrays.asList(sweep.codes(anchor)));
			for (int i = 0; i < steps; i++) labels.add(String.format(Locale.ROOT, "z%d=%+.2f", dim, sweep.value(i)));
		}
		return codes;
	}

	/**
	 * Decodes the grid into a 32-bit hyperstack of {@code channels × columns × rows} planes (C, Z = step, T =
	 * dimension), titled {@code Traversal grid of NAME}, in the model's source scale and geometry.
	 */
	public ImagePlus render(VaeModel model, float[] anchor, String sourceName, Calibration calibration) {
		List<String> labels = new ArrayList<>();
		float[][] decoded = model.decode(codes(anchor, model.statistics(), labels).toArray(new float[0][]));
		ImagePlus grid = new OutputImageFactory().create("Traversal grid of " + sourceName, Arrays.asList(decoded),
			labels, model.normalisation(), model.geometry(), calibration);
		grid.setDimensions(model.geometry().channels(), steps, dims.length);
		grid.setOpenAsHyperStack(true);
		grid.setProperty("Info", "rows (frames): dimensions " + Arrays.toString(dims) + "; columns (slices): " + steps +
			" steps over " + (range.isObserved() ? "the observed range of each dimension" : range + " prior sd"));
		return grid;
	}
}
