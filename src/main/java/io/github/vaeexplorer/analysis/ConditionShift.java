package io.github.vaeexplorer.analysis;

import io.github.vaeexplorer.data.ConversionResult;
import io.github.vaeexplorer.data.OutputImageFactory;
import io.github.vaeexplorer.latent.LatentEncoding;
import io.github.vaeexplorer.model.VaeModel;

import ij.ImagePlus;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What differs between two labelled groups of a stack's slices: the {@link GroupShift} of their posterior means, and
 * the picture of it: the decoded straight path from group A's mean code to group B's, in {@code steps} images.
 *
 * @author VAE Explorer developers
 */
public final class ConditionShift {

	/** Seed of the permutation tests' shuffles. */
	public static final long SEED = 1;

	private final GroupShift shift;
	private final ImagePlus traversal;

	private ConditionShift(GroupShift shift, ImagePlus traversal) {
		this.shift = shift;
		this.traversal = traversal;
	}

	/**
	 * Compares the slices labelled {@code from} (group A) with those labelled {@code to} (group B).
	 *
	 * @param inA for each slice, whether it is in group A
	 * @param inB for each slice, whether it is in group B
	 * @param names the two groups' names, for the labels
	 * @throws IllegalArgumentException if the labels do not match the slices or a group has fewer than two slices
	 */
	public static ConditionShift of(VaeModel model, ImagePlus source, boolean[] inA, boolean[] inB, String[] names,
		int steps)
	{
		if (steps < 2) throw new IllegalArgumentException("steps must be at least 2 (got " + steps + ")");
		LatentEncoding encoding = LatentEncoding.of(model, source);
		int n = encoding.count();
		if (inA.length != n || inB.length != n) throw new IllegalArgumentException("the table has " + inA.length +
			" rows but " + source.getTitle() + " has " + n + " slices");
		double[][] codes = Distances.toDouble(encoding.mu());
		GroupShift shift = GroupShift.of(select(codes, inA), select(codes, inB), SEED);
		double[] a = shift.meanA(), b = shift.meanB();
		float[][] path = new float[steps][a.length];
		List<String> labels = new ArrayList<>();
		for (int s = 0; s < steps; s++) {
			double t = s / (steps - 1.0);
			for (int d = 0; d < a.length; d++) path[s][d] = (float) (a[d] + t * (b[d] - a[d]));
			labels.add(String.format(Locale.ROOT, "%s→%s t=%.2f", names[0], names[1], t));
		}
		List<float[]> decoded = new ArrayList<>();
		for (float[] image : model.decode(path)) decoded.add(image);
		ConversionResult conversion = encoding.samples();
		ImagePlus traversal = new OutputImageFactory().create("Shift " + names[0] + " to " + names[1] + " of " + source
			.getTitle(), decoded, labels, model.normalisation(), conversion.geometry(), source.getCalibration());
		return new ConditionShift(shift, traversal);
	}

	private static double[][] select(double[][] codes, boolean[] in) {
		List<double[]> rows = new ArrayList<>();
		for (int i = 0; i < codes.length; i++) if (in[i]) rows.add(codes[i]);
		return rows.toArray(new double[0][]);
	}

	public GroupShift shift() { return shift; }

	/** The decoded path from group A's mean code to group B's. */
	public ImagePlus traversal() { return traversal; }
}
