package io.github.vaeexplorer.report;

import io.github.vaeexplorer.study.StudyArm;
import io.github.vaeexplorer.study.StudyMetric;
import io.github.vaeexplorer.study.StudyResult;
import io.github.vaeexplorer.study.StudyRun;

import ij.ImagePlus;
import ij.ImageStack;
import ij.gui.Plot;

import java.awt.Color;
import java.util.ArrayList;
import java.util.List;

/**
 * One ImageJ plot a metric against β: every seed as a small dot, the mean over seeds as a circle with ± one standard
 * deviation, joined by a line. Rendered as a stack, one plot a slice, labelled with the metric.
 *
 * @author VAE Explorer developers
 */
public final class StudyPlots {

	private static final int WIDTH = 420, HEIGHT = 260;

	private StudyPlots() {}

	/** The plots of every metric of the study, as one stack titled {@code Beta study plots}. */
	public static ImagePlus of(StudyResult study) {
		ImageStack stack = null;
		for (StudyMetric metric : study.metrics()) {
			ImagePlus plot = plot(study, metric).getImagePlus();
			if (stack == null) stack = new ImageStack(plot.getWidth(), plot.getHeight());
			stack.addSlice(metric.key(), plot.getProcessor().convertToRGB());
		}
		return new ImagePlus("Beta study plots", stack);
	}

	/** The plot of one metric. */
	public static Plot plot(StudyResult study, StudyMetric metric) {
		// Mixed objectives: one x position an arm, in order (1, 2, 3 ... as listed in objectives).
		boolean byWeight = study.singleObjective();
		String axis = byWeight ? "beta" : "objective (as listed: " + String.join(", ", study.arms().stream().map(
			StudyArm::key).toArray(String[]::new)) + ")";
		Plot plot = new Plot(metric.description() + " vs " + (byWeight ? "beta" : "objective"), axis, metric
			.description());
		plot.setSize(WIDTH, HEIGHT);
		List<Double> xs = new ArrayList<>(), ys = new ArrayList<>();
		for (StudyRun r : study.runs()) {
			if (Double.isFinite(r.value(metric))) {
				xs.add(byWeight ? r.beta() : study.arms().indexOf(r.arm()) + 1.0);
				ys.add(r.value(metric));
			}
		}
		double[] betas = byWeight ? study.betas() : new double[study.arms().size()];
		if (!byWeight) for (int i = 0; i < betas.length; i++) betas[i] = i + 1;
		double[] mean = new double[betas.length], sd = new double[betas.length];
		for (int i = 0; i < betas.length; i++) {
			double[] v = study.meanAndSd(study.arms().get(i), metric);
			mean[i] = v[0];
			sd[i] = v[1];
		}
		plot.setColor(Color.GRAY);
		plot.addPoints(toArray(xs), toArray(ys), Plot.DOT);
		plot.setColor(Color.BLUE);
		plot.addPoints(betas, mean, sd, Plot.CIRCLE);
		plot.addPoints(betas, mean, Plot.LINE);
		plot.setLimitsToFit(false);
		double lo = Double.POSITIVE_INFINITY, hi = Double.NEGATIVE_INFINITY;
		for (int i = 0; i < betas.length; i++) {
			if (!Double.isFinite(mean[i])) continue;
			lo = Math.min(lo, mean[i] - sd[i]);
			hi = Math.max(hi, mean[i] + sd[i]);
		}
		for (double y : ys) {
			lo = Math.min(lo, y);
			hi = Math.max(hi, y);
		}
		double xMin = Double.POSITIVE_INFINITY, xMax = Double.NEGATIVE_INFINITY;
		for (double b : betas) {
			xMin = Math.min(xMin, b);
			xMax = Math.max(xMax, b);
		}
		double xPad = Math.max(0.25, 0.08 * (xMax - xMin)), yPad = hi > lo ? 0.1 * (hi - lo) : Math.max(0.05, Math
			.abs(hi) * 0.1);
		if (Double.isFinite(lo)) plot.setLimits(xMin - xPad, xMax + xPad, lo - yPad, hi + yPad);
		return plot;
	}

	private static double[] toArray(List<Double> values) {
		return values.stream().mapToDouble(Double::doubleValue).toArray();
	}
}
