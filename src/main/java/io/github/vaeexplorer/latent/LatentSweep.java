package io.github.vaeexplorer.latent;

import io.github.vaeexplorer.data.OutputImageFactory;
import io.github.vaeexplorer.model.VaeModel;

import ij.ImagePlus;
import ij.measure.Calibration;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * A sweep of one latent dimension: {@code steps} codes equal to an anchor except in dimension {@code dim}, which
 * takes evenly spaced values from {@code from} to {@code to} (in prior standard deviations; the prior is N(0, 1), so
 * these are the values of z itself). Decoding them shows what that dimension does to an image.
 *
 * @author VAE Explorer developers
 */
public final class LatentSweep {

	private final int dim;
	private final double from, to;
	private final int steps;

	/**
	 * @throws IllegalArgumentException if {@code steps < 1}, {@code steps} is absurdly large, or a bound is not finite
	 */
	public LatentSweep(int dim, double from, double to, int steps) {
		if (steps < 1 || steps > 10_000) throw new IllegalArgumentException("steps must be between 1 and 10000 (got " +
			steps + ")");
		if (!Double.isFinite(from) || !Double.isFinite(to)) throw new IllegalArgumentException(
			"from and to must be finite numbers (got " + from + " and " + to + ")");
		this.dim = dim;
		this.from = from;
		this.to = to;
		this.steps = steps;
	}

	public int dim() { return dim; }

	/** The value of z_dim at step {@code i} (0-based); a single step sits at {@code from}. */
	public double value(int i) {
		return steps == 1 ? from : from + (to - from) * i / (steps - 1);
	}

	/** The codes of the sweep around an anchor code. */
	public float[][] codes(float[] anchor) {
		if (dim < 0 || dim >= anchor.length) throw new IllegalArgumentException("dim must be from 0 to " +
			(anchor.length - 1) + " (got " + dim + ")");
		float[][] codes = new float[steps][];
		for (int i = 0; i < steps; i++) {
			codes[i] = Arrays.copyOf(anchor, anchor.length);
			codes[i][dim] = (float) value(i);
		}
		return codes;
	}

	/** Slice labels such as {@code z3=-1.50}. */
	public List<String> labels() {
		List<String> labels = new ArrayList<>();
		for (int i = 0; i < steps; i++) labels.add(String.format(Locale.ROOT, "z%d=%.2f", dim, value(i)));
		return labels;
	}

	/**
	 * Decodes the sweep into a 32-bit stack in the model's source intensity scale and geometry, titled
	 * {@code Sweep zD of NAME}.
	 *
	 * @param sourceName what the title names (the source image, or the model)
	 * @param calibration copied onto the result; may be null
	 */
	public ImagePlus render(VaeModel model, float[] anchor, String sourceName, Calibration calibration) {
		return renderAll(model, Collections.singletonList(anchor), Collections.singletonList(sourceName), Collections
			.singletonList(calibration)).get(0);
	}

	/**
	 * Sweeps around several anchors in one batch (all their codes decoded together): one stack an anchor, in their
	 * order, each the one {@link #render} gives. This is what {@code sweep} runs, around one anchor, and what the
	 * Spark job runs around the encodings of a batch of images.
	 *
	 * @param sourceNames what each title names; one an anchor
	 * @param calibrations copied onto each result (an entry may be null); one an anchor
	 */
	public List<ImagePlus> renderAll(VaeModel model, List<float[]> anchors, List<String> sourceNames,
		List<Calibration> calibrations)
	{
		float[][] codes = new float[anchors.size() * steps][];
		for (int a = 0; a < anchors.size(); a++) System.arraycopy(codes(anchors.get(a)), 0, codes, a * steps, steps);
		float[][] decoded = model.decode(codes);
		List<ImagePlus> stacks = new ArrayList<>(anchors.size());
		OutputImageFactory factory = new OutputImageFactory();
		for (int a = 0; a < anchors.size(); a++) {
			stacks.add(factory.create("Sweep z" + dim + " of " + sourceNames.get(a), Arrays.asList(Arrays.copyOfRange(
				decoded, a * steps, (a + 1) * steps)), labels(), model.normalisation(), model.geometry(), calibrations
					.get(a)));
		}
		return stacks;
	}
}
