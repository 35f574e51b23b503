package io.github.vaeexplorer.command;

import io.github.vaeexplorer.data.ConversionResult;
import io.github.vaeexplorer.data.StackConverter;
import io.github.vaeexplorer.metrics.LatentMetrics;
import io.github.vaeexplorer.metrics.MetricsReport;
import io.github.vaeexplorer.metrics.MetricsSettings;
import io.github.vaeexplorer.model.VaeModel;
import io.github.vaeexplorer.report.MetricsTables;

import ij.ImagePlus;
import ij.measure.ResultsTable;

import org.scijava.ItemIO;
import org.scijava.command.Command;
import org.scijava.command.ContextCommand;
import org.scijava.plugin.Parameter;
import org.scijava.plugin.Plugin;

/**
 * {@code Latent Metrics...}: measures a model's latent space on a stack (see {@link LatentMetrics}): with a factor
 * table, MIG, SAP and informativeness; always activity, KL, total correlation, gaps and smoothness.
 *
 * @author VAE Explorer developers
 */
@Plugin(type = Command.class, headless = true, label = "Latent Metrics")
public class LatentMetricsCommand extends ContextCommand {

	@Parameter
	private ModelService models;

	@Parameter(label = "image", persist = false, description = "The stack the model is measured on")
	private ImagePlus image;

	@Parameter(label = "model", style = "open", persist = false)
	private String model = "";

	@Parameter(label = "factors", required = false, style = "open", persist = false,
		description = "CSV factor table, one row a slice, one column a factor (optional)")
	private String factors = "";

	@Parameter(label = "metrics", type = ItemIO.OUTPUT)
	private ResultsTable metrics;

	@Parameter(label = "summary", type = ItemIO.OUTPUT)
	private String summary;

	@Parameter(label = "report", type = ItemIO.OUTPUT)
	private MetricsReport report;

	@Override
	public void run() {
		if (image == null) throw new IllegalArgumentException("there is no image to measure on: open a stack first");
		VaeModel vae = models.load(ModelArgument.path(model));
		ConversionResult data = new StackConverter().convert(image, vae.config().size(), vae.normalisation());
		report = LatentMetrics.compute(vae, data.samples(), FactorArgument.read(factors), new MetricsSettings());
		metrics = MetricsTables.of(report);
		summary = "Latent metrics of " + ModelArgument.displayName(ModelArgument.path(model)) + " on " + image
			.getTitle() + ": " + report.summary();
	}
}
