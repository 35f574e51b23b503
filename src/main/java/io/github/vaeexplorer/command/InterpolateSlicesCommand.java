package io.github.vaeexplorer.command;

import io.github.vaeexplorer.latent.LatentPath;
import io.github.vaeexplorer.latent.SliceInterpolation;
import io.github.vaeexplorer.model.VaeModel;

import ij.ImagePlus;

import org.scijava.ItemIO;
import org.scijava.command.Command;
import org.scijava.command.ContextCommand;
import org.scijava.plugin.Parameter;
import org.scijava.plugin.Plugin;

/**
 * {@code Interpolate Slices...}: the decoded path, linear or spherical, between the encodings of two slices of the
 * image.
 *
 * @author VAE Explorer developers
 */
@Plugin(type = Command.class, headless = true, label = "Interpolate Slices")
public class InterpolateSlicesCommand extends ContextCommand {

	@Parameter
	private ModelService models;

	@Parameter(label = "model", style = "open", persist = false)
	private String model = "";

	@Parameter(label = "image", persist = false)
	private ImagePlus image;

	@Parameter(label = "first", description = "1-based slice the path starts at", persist = false)
	private int first = 1;

	@Parameter(label = "last", description = "1-based slice the path ends at", persist = false)
	private int last = 2;

	@Parameter(label = "steps", min = "2", persist = false)
	private int steps = 10;

	@Parameter(label = "path", choices = { "linear", "spherical" }, persist = false)
	private String path = "linear";

	@Parameter(label = "interpolation", type = ItemIO.OUTPUT)
	private ImagePlus interpolation;

	@Override
	public void run() {
		VaeModel vae = models.load(ModelArgument.path(model));
		LatentPath latentPath = new LatentPath(LatentPath.Kind.parse(path), steps);
		interpolation = new SliceInterpolation(first, last, latentPath).render(vae, image);
	}
}
