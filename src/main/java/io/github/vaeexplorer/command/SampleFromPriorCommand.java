package io.github.vaeexplorer.command;

import io.github.vaeexplorer.latent.PriorSampler;
import io.github.vaeexplorer.model.VaeModel;

import ij.ImagePlus;

import java.nio.file.Path;

import org.scijava.ItemIO;
import org.scijava.command.Command;
import org.scijava.command.ContextCommand;
import org.scijava.plugin.Parameter;
import org.scijava.plugin.Plugin;

/**
 * {@code Sample From Prior...}: a new stack of {@code count} images decoded from z ~ N(0, I), seeded.
 *
 * @author VAE Explorer developers
 */
@Plugin(type = Command.class, headless = true, label = "Sample From Prior")
public class SampleFromPriorCommand extends ContextCommand {

	@Parameter
	private ModelService models;

	@Parameter(label = "model", style = "open", persist = false)
	private String model = "";

	@Parameter(label = "count", min = "1", persist = false)
	private int count = 16;

	@Parameter(label = "seed", persist = false)
	private long seed = 1;

	@Parameter(label = "samples", type = ItemIO.OUTPUT)
	private ImagePlus samples;

	@Override
	public void run() {
		Path file = ModelArgument.path(model);
		VaeModel vae = models.load(file);
		samples = new PriorSampler(count, seed).render(vae, ModelArgument.displayName(file));
	}
}
