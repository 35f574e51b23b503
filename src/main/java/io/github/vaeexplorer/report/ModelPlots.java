package io.github.vaeexplorer.report;

import io.github.vaeexplorer.history.EpochRecord;
import io.github.vaeexplorer.history.TrainingHistory;
import io.github.vaeexplorer.model.LatentStatistics;

import ij.gui.Plot;

import java.awt.Color;
import java.util.ArrayList;
import java.util.List;

/**
 * The plots of {@code Model Info...}: the training history (loss, reconstruction, KL and validation loss per epoch)
 * and the KL divergence of each latent dimension, with the active dimensions marked. Built headless; not shown.
 *
 * @author VAE Explorer developers
 */
public final class ModelPlots {

	/** Colour of active dimensions and of the first series. */
	static final Color ACTIVE = new Color(0x1f77b4);
	static final Color COLLAPSED = Color.lightGray;

	private ModelPlots() {}

	/**
	 * Loss, reconstruction, KL and (where samples were held out) validation loss against the epoch, in nats per
	 * sample.
	 *
	 * @param modelName what the title names
	 */
	public static Plot history(TrainingHistory history, String modelName) {
		List<EpochRecord> records = history.records();
		int n = records.size();
		double[] epoch = new double[n], loss = new double[n], rec = new double[n], kl = new double[n],
			validation = new double[n];
		boolean hasValidation = false;
		for (int i = 0; i < n; i++) {
			EpochRecord r = records.get(i);
			epoch[i] = r.epoch();
			loss[i] = r.loss();
			rec[i] = r.reconstruction();
			kl[i] = r.kl();
			validation[i] = r.validationLoss();
			hasValidation |= Double.isFinite(r.validationLoss());
		}
		Plot plot = new Plot("Training history of " + modelName, "epoch", "nats per sample");
		String shape = n == 1 ? "circle" : "connected circle";
		plot.setColor(ACTIVE);
		plot.add(shape, epoch, loss);
		plot.setColor(new Color(0x2ca02c));
		plot.add(shape, epoch, rec);
		plot.setColor(new Color(0xd62728));
		plot.add(shape, epoch, kl);
		String legend = "loss\treconstruction\tKL";
		if (hasValidation) {
			plot.setColor(new Color(0xff7f0e));
			plot.add(shape, epoch, validation);
			legend += "\tvalidation loss";
		}
		plot.setLegend(legend, Plot.AUTO_POSITION);
		plot.setLimitsToFit(false);
		return plot;
	}

	/**
	 * One bar per latent dimension, its height the KL divergence from the prior in nats; active dimensions (Var[mu]
	 * above {@value LatentStatistics#ACTIVE_THRESHOLD}) in colour, collapsed ones grey. The active bars are the first
	 * data set, the collapsed ones the second (where there are any).
	 */
	public static Plot klPerDimension(LatentStatistics stats, String modelName) {
		double[] kl = stats.klPerDim();
		List<Double> ax = new ArrayList<>(), ay = new ArrayList<>(), cx = new ArrayList<>(), cy = new ArrayList<>();
		for (int d = 0; d < kl.length; d++) {
			(stats.isActive(d) ? ax : cx).add((double) d);
			(stats.isActive(d) ? ay : cy).add(kl[d]);
		}
		Plot plot = new Plot("KL per dimension of " + modelName, "latent dimension", "KL (nats)");
		List<String> legend = new ArrayList<>();
		if (!ax.isEmpty()) {
			plot.setColor(ACTIVE, ACTIVE);
			plot.add("separated bar", toArray(ax), toArray(ay));
			legend.add("active (" + ax.size() + ")");
		}
		if (!cx.isEmpty()) {
			plot.setColor(Color.gray, COLLAPSED);
			plot.add("separated bar", toArray(cx), toArray(cy));
			legend.add("collapsed (" + cx.size() + ")");
		}
		plot.setLegend(String.join("\t", legend), Plot.AUTO_POSITION);
		double top = 0;
		for (double v : kl) top = Math.max(top, v);
		plot.setLimits(-1, kl.length, 0, top > 0 ? top * 1.1 : 1);
		return plot;
	}

	static double[] toArray(List<Double> values) {
		return values.stream().mapToDouble(Double::doubleValue).toArray();
	}
}
