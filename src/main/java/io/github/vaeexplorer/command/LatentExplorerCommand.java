package io.github.vaeexplorer.command;

import io.github.vaeexplorer.explore.Axes;
import io.github.vaeexplorer.explore.ColourColumn;
import io.github.vaeexplorer.explore.Embedding;
import io.github.vaeexplorer.explore.ExplorerSession;
import io.github.vaeexplorer.model.VaeModel;

import ij.ImagePlus;
import ij.measure.ResultsTable;

import java.nio.file.Path;

import org.scijava.ItemIO;
import org.scijava.command.Command;
import org.scijava.command.ContextCommand;
import org.scijava.plugin.Parameter;
import org.scijava.plugin.Plugin;

/**
 * {@code Latent Explorer...}: encodes every slice of the stack, projects the codes ({@code axes}) and colours them
 * ({@code color_by}, from {@code table} or ImageJ's Results table), and returns the {@link ExplorerSession} that the
 * caller opens in a window (the ImageJ bridge does; this command shows nothing itself). Needs a display to be of any
 * use, hence {@code headless = false}; {@code embed} is its headless part.
 *
 * @author VAE Explorer developers
 */
@Plugin(type = Command.class, headless = false, label = "Latent Explorer")
public class LatentExplorerCommand extends ContextCommand {

	@Parameter
	private ModelService models;

	@Parameter(label = "model", style = "open", persist = false)
	private String model = "";

	@Parameter(label = "image", persist = false, description = "The stack whose slices the map shows")
	private ImagePlus image;

	@Parameter(label = "axes", description = "dims:I,J (two latent dimensions), pca or umap", persist = false)
	private String axes = Axes.DEFAULT;

	@Parameter(label = "color_by", required = false, description = "A column to colour the points by (one row a " +
		"slice), or a latent dimension (mu_0); empty for none", persist = false)
	private String color_by = "";

	@Parameter(label = "table", required = false, style = "open", description = "A CSV file holding color_by; " +
		"empty for ImageJ's Results table", persist = false)
	private String table = "";

	@Parameter(label = "results", required = false, persist = false, description = "The table holding color_by " +
		"when table is empty, and the one that gets the selected column; ImageJ's Results table from the menu")
	private ResultsTable results;

	@Parameter(label = "explorer", type = ItemIO.OUTPUT)
	private ExplorerSession session;

	@Override
	public void run() {
		Axes parsed = Axes.parse(axes);
		Path file = ModelArgument.path(model);
		VaeModel vae = models.load(file);
		Embedding embedding = Embedding.of(vae, image, parsed);
		ColourColumn colours = ColourTables.resolve(color_by, table, results, embedding.encoding().mu());
		session = new ExplorerSession(vae, file, image, embedding, colours, results);
	}
}
