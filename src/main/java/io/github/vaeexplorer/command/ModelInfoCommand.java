package io.github.vaeexplorer.command;

import io.github.vaeexplorer.latent.DimensionSelection;
import io.github.vaeexplorer.latent.LatentEncoding;
import io.github.vaeexplorer.model.LatentStatistics;
import io.github.vaeexplorer.model.ModelInfo;
import io.github.vaeexplorer.model.VaeModel;
import io.github.vaeexplorer.report.EncodingScatter;
import io.github.vaeexplorer.report.ModelPlots;
import io.github.vaeexplorer.text.Json;

import ij.ImagePlus;
import ij.gui.Plot;
import ij.measure.ResultsTable;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Arrays;
import java.util.Locale;

import org.scijava.ItemIO;
import org.scijava.command.Command;
import org.scijava.command.ContextCommand;
import org.scijava.plugin.Parameter;
import org.scijava.plugin.Plugin;

/**
 * {@code Model Info...}: a model's config, its training history plot, a bar plot of KL per latent dimension with the
 * active ones marked, and (with an image) a scatter plot of the image's encodings in the two top-KL dimensions,
 * optionally coloured by a column of a CSV file ({@code table}) or of a table handed in ({@code results}; the ImageJ
 * menu hands in ImageJ's Results table).
 *
 * @author VAE Explorer developers
 */
@Plugin(type = Command.class, headless = true, label = "Model Info")
public class ModelInfoCommand extends ContextCommand {

	@Parameter
	private ModelService models;

	@Parameter(label = "model", style = "open", persist = false)
	private String model = "";

	@Parameter(label = "image", required = false, persist = false,
		description = "The stack whose encodings the scatter plot shows")
	private ImagePlus image;

	@Parameter(label = "color_by", required = false, description = "A column to colour the scatter plot by " +
		"(one row a slice); empty for none", persist = false)
	private String color_by = "";

	@Parameter(label = "table", required = false, style = "open", description = "A CSV file holding color_by; " +
		"empty for ImageJ's Results table", persist = false)
	private String table = "";

	@Parameter(label = "results", required = false, persist = false, description = "The table holding color_by " +
		"when table is empty (one row a slice); ImageJ's Results table where none is given")
	private ResultsTable results;

	@Parameter(label = "config", type = ItemIO.OUTPUT)
	private String config;

	@Parameter(label = "history", type = ItemIO.OUTPUT)
	private Plot history;

	@Parameter(label = "kl", type = ItemIO.OUTPUT)
	private Plot kl;

	@Parameter(label = "scatter", type = ItemIO.OUTPUT)
	private Plot scatter;

	@Parameter(label = "summary", type = ItemIO.OUTPUT)
	private String summary;

	@Override
	public void run() {
		Path file = ModelArgument.path(model);
		VaeModel vae = models.load(file);
		String name = ModelArgument.displayName(file);
		LatentStatistics stats = vae.statistics();
		config = name + " config: " + Json.PRETTY.toJson(ModelInfo.json(vae).get("config"));
		history = ModelPlots.history(vae.history(), name);
		kl = ModelPlots.klPerDimension(stats, name);
		String column = color_by == null ? "" : color_by.trim();
		if (image == null && !column.isEmpty()) throw new IllegalArgumentException("color_by colours the scatter " +
			"plot of an image's encodings, but there is no image open");
		String noScatter = "";
		if (image != null) {
			try {
				scatter = scatter(vae, name, column);
			}
			catch (IllegalArgumentException e) {
				// Model Info is asked about the model: an image that does not suit it should not hide the rest.
				if (!column.isEmpty()) throw e;
				noScatter = " No scatter plot: " + e.getMessage();
			}
		}
		summary = String.format(Locale.ROOT, "%s: %d latent dimension(s), %d active %s, total KL %.2f nats; " +
			"by KL: %s.", name, stats.dimensions(), stats.activeDims().length, Arrays.toString(stats.activeDims()),
			stats.totalKl(), DimensionSelection.describe(stats.rankedByKl(), stats)) + noScatter;
	}

	/** The image's encodings in the two dimensions of largest KL. */
	private Plot scatter(VaeModel vae, String name, String column) {
		LatentEncoding encoding = LatentEncoding.of(vae, image);
		int[] ranked = vae.statistics().rankedByKl();
		int x = ranked[0], y = ranked.length > 1 ? ranked[1] : ranked[0];
		return EncodingScatter.of(encoding.mu(), x, y, column.isEmpty() ? null : colourColumn(column), column,
			"Encodings of " + image.getTitle() + " (" + name + ")");
	}

	private double[] colourColumn(String column) {
		String csv = table == null ? "" : table.trim();
		ResultsTable source;
		String where;
		if (csv.isEmpty()) {
			// The ImageJ menu hands in its Results table (the documented default); a script or the CLI its own.
			if (results == null) throw new IllegalArgumentException("color_by " + column + " needs a table: give " +
				"table=[a CSV file] (or, from a script, a results table)");
			source = results;
			where = "the given table";
		}
		else {
			if (!Files.isRegularFile(Paths.get(csv))) throw new IllegalArgumentException("table " + csv +
				" does not exist");
			try {
				source = ResultsTable.open(csv);
			}
			catch (IOException e) {
				throw new IllegalArgumentException("table " + csv + " cannot be read as CSV: " + e.getMessage(), e);
			}
			where = csv;
		}
		if (source == null || !source.columnExists(column)) throw new IllegalArgumentException("color_by column '" +
			column + "' is not in " + where + (source == null ? "" : " (columns: " + String.join(", ", source
				.getHeadings()) + ")"));
		return source.getColumn(column);
	}
}
