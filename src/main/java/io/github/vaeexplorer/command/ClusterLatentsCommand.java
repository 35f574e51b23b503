package io.github.vaeexplorer.command;

import io.github.vaeexplorer.analysis.ClusterMethod;
import io.github.vaeexplorer.analysis.LatentClusters;
import io.github.vaeexplorer.model.VaeModel;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

import ij.ImagePlus;
import ij.measure.ResultsTable;

import java.util.Arrays;
import java.util.Locale;

import org.scijava.ItemIO;
import org.scijava.command.Command;
import org.scijava.command.ContextCommand;
import org.scijava.plugin.Parameter;
import org.scijava.plugin.Plugin;

/**
 * {@code Cluster Latents...}: the active stack's slices grouped by their posterior means (seeded k-means++ or a
 * diagonal Gaussian mixture, see {@link LatentClusters}): a Results table {@code slice, cluster}, a stack of each
 * cluster's decoded prototype beside its most typical slices, and the sizes and mean silhouette.
 *
 * @author VAE Explorer developers
 */
@Plugin(type = Command.class, headless = true, label = "Cluster Latents")
public class ClusterLatentsCommand extends ContextCommand {

	@Parameter
	private ModelService models;

	@Parameter(label = "model", style = "open", persist = false)
	private String model = "";

	@Parameter(label = "image", persist = false)
	private ImagePlus image;

	@Parameter(label = "k", min = "1", persist = false, description = "Number of clusters")
	private int k = 8;

	@Parameter(label = "method", choices = { "kmeans", "gmm" }, persist = false,
		description = "kmeans: k-means++ seeding, 10 restarts; gmm: Gaussian mixture with diagonal covariances")
	private String method = "kmeans";

	@Parameter(label = "seed", persist = false)
	private long seed = 1;

	@Parameter(label = "prototypes", type = ItemIO.OUTPUT)
	private ImagePlus prototypes;

	/** Shown as ImageJ's Results table, so that a macro reads it with getResult. */
	@Parameter(label = "Results", type = ItemIO.OUTPUT)
	private ResultsTable clusters;

	@Parameter(label = "summary", type = ItemIO.OUTPUT)
	private String summary;

	/** {@code silhouette}, {@code sizes}, {@code k}, {@code method}, {@code seed}: what the CLI prints. */
	@Parameter(label = "report", type = ItemIO.OUTPUT)
	private JsonObject report;

	@Override
	public void run() {
		if (image == null) throw new IllegalArgumentException("there is no image to cluster: open a stack first " +
			"(or give --input)");
		ClusterMethod how = ClusterMethod.parse(method);
		VaeModel vae = models.load(ModelArgument.path(model));
		LatentClusters result = LatentClusters.of(vae, image, k, how, seed);
		prototypes = result.prototypes();
		int[] labels = result.clustering().labels(), sizes = result.clustering().sizes();
		clusters = new ResultsTable(labels.length);
		clusters.showRowNumbers(false);
		for (int i = 0; i < labels.length; i++) {
			clusters.setValue("slice", i, i + 1);
			clusters.setValue("cluster", i, labels[i]);
		}
		clusters.setDecimalPlaces(0, 0);
		clusters.setDecimalPlaces(1, 0);
		report = new JsonObject();
		report.addProperty("method", how.word());
		report.addProperty("k", k);
		report.addProperty("seed", seed);
		if (Double.isFinite(result.silhouette())) report.addProperty("silhouette", result.silhouette());
		else report.add("silhouette", com.google.gson.JsonNull.INSTANCE);
		JsonArray sizeArray = new JsonArray();
		for (int size : sizes) sizeArray.add(size);
		report.add("sizes", sizeArray);
		summary = String.format(Locale.ROOT, "%s of %s into %d clusters: sizes %s, mean silhouette %.3f.", how.word(),
			image.getTitle(), k, Arrays.toString(sizes), result.silhouette());
	}
}
