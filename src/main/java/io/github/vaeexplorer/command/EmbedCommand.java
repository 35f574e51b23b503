package io.github.vaeexplorer.command;

import io.github.vaeexplorer.explore.Axes;
import io.github.vaeexplorer.explore.Embedding;
import io.github.vaeexplorer.model.VaeModel;

import ij.ImagePlus;
import ij.measure.ResultsTable;

import org.scijava.ItemIO;
import org.scijava.command.Command;
import org.scijava.command.ContextCommand;
import org.scijava.plugin.Parameter;
import org.scijava.plugin.Plugin;

/**
 * {@code embed}: the Latent Explorer's map without its window, a Results table with one row a slice: {@code slice},
 * {@code x}, {@code y} (the slice's posterior mean on two latent dimensions, its first two principal components, or
 * its UMAP coordinates).
 *
 * @author VAE Explorer developers
 */
@Plugin(type = Command.class, headless = true, label = "Embed")
public class EmbedCommand extends ContextCommand {

	@Parameter
	private ModelService models;

	@Parameter(label = "model", style = "open", persist = false)
	private String model = "";

	@Parameter(label = "image", persist = false)
	private ImagePlus image;

	@Parameter(label = "axes", description = "dims:I,J (two latent dimensions), pca or umap", persist = false)
	private String axes = Axes.DEFAULT;

	@Parameter(label = "Results", type = ItemIO.OUTPUT)
	private ResultsTable coordinates;

	@Override
	public void run() {
		Axes parsed = Axes.parse(axes);
		VaeModel vae = models.load(ModelArgument.path(model));
		coordinates = Embedding.of(vae, image, parsed).table();
	}
}
