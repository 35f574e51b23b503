package io.github.vaeexplorer.command;

import io.github.vaeexplorer.latent.Anchor;
import io.github.vaeexplorer.latent.TraversalSession;

import ij.ImagePlus;

import java.nio.file.Path;

import org.scijava.ItemIO;
import org.scijava.command.Command;
import org.scijava.command.ContextCommand;
import org.scijava.plugin.Parameter;
import org.scijava.plugin.Plugin;

/**
 * {@code Interactive Traversal...}: loads a model and resolves the anchor into a {@link TraversalSession}, which
 * the caller opens in a window (the ImageJ bridge does; this command shows nothing itself). Needs a display to be
 * of any use, hence {@code headless = false}.
 *
 * @author VAE Explorer developers
 */
@Plugin(type = Command.class, headless = false, label = "Interactive Traversal")
public class InteractiveTraversalCommand extends ContextCommand {

	@Parameter
	private ModelService models;

	@Parameter(label = "model", style = "open", persist = false)
	private String model = "";

	@Parameter(label = "image", required = false, persist = false,
		description = "The stack whose slice anchor=slice:N refers to")
	private ImagePlus image;

	@Parameter(label = "anchor", description = "zero, mean, or slice:N", persist = false)
	private String anchor = "zero";

	@Parameter(label = "session", type = ItemIO.OUTPUT)
	private TraversalSession session;

	@Override
	public void run() {
		Path file = ModelArgument.path(model);
		session = new TraversalSession(models.load(file), file, Anchor.parse(anchor), image);
	}
}
