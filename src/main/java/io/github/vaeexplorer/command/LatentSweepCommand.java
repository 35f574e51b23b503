package io.github.vaeexplorer.command;

import io.github.vaeexplorer.latent.Anchor;
import io.github.vaeexplorer.latent.DimensionChoice;
import io.github.vaeexplorer.latent.LatentSweep;
import io.github.vaeexplorer.model.VaeModel;

import ij.ImagePlus;

import java.nio.file.Path;

import org.scijava.ItemIO;
import org.scijava.command.Command;
import org.scijava.command.ContextCommand;
import org.scijava.plugin.Parameter;
import org.scijava.plugin.Plugin;

/**
 * {@code Latent Sweep...}: a new stack in which one latent dimension sweeps from {@code from} to {@code to} while the
 * others stay at the anchor.
 *
 * @author VAE Explorer developers
 */
@Plugin(type = Command.class, headless = true, label = "Latent Sweep")
public class LatentSweepCommand extends ContextCommand {

	@Parameter
	private ModelService models;

	@Parameter(label = "model", style = "open", persist = false)
	private String model = "";

	@Parameter(label = "image", required = false, persist = false,
		description = "The stack whose slice anchor=slice:N refers to")
	private ImagePlus image;

	@Parameter(label = "dim", description = "0-based latent dimension, or auto (largest KL)", persist = false)
	private String dim = "auto";

	@Parameter(label = "from", persist = false)
	private double from = -3;

	@Parameter(label = "to", persist = false)
	private double to = 3;

	@Parameter(label = "steps", min = "1", persist = false)
	private int steps = 11;

	@Parameter(label = "anchor", description = "zero, mean, or slice:N", persist = false)
	private String anchor = "zero";

	@Parameter(label = "sweep", type = ItemIO.OUTPUT)
	private ImagePlus sweep;

	@Parameter(label = "note", type = ItemIO.OUTPUT)
	private String note;

	@Override
	public void run() {
		Path file = ModelArgument.path(model);
		VaeModel vae = models.load(file);
		int d = DimensionChoice.resolve(dim, vae.statistics());
		Anchor a = Anchor.parse(anchor);
		LatentSweep s = new LatentSweep(d, from, to, steps);
		String source = image != null ? image.getTitle() : ModelArgument.displayName(file);
		sweep = s.render(vae, a.resolve(vae, image), source, image == null ? null : image.getCalibration());
		note = "Swept " + DimensionChoice.describe(d, vae.statistics()) + " from " + from + " to " + to + " around the " +
			a + " anchor.";
	}
}
