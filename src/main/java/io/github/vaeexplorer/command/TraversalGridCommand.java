package io.github.vaeexplorer.command;

import io.github.vaeexplorer.latent.Anchor;
import io.github.vaeexplorer.latent.DimensionSelection;
import io.github.vaeexplorer.latent.GridMontage;
import io.github.vaeexplorer.latent.SweepRange;
import io.github.vaeexplorer.latent.TraversalGrid;
import io.github.vaeexplorer.model.VaeModel;

import ij.ImagePlus;

import java.nio.file.Path;

import org.scijava.ItemIO;
import org.scijava.command.Command;
import org.scijava.command.ContextCommand;
import org.scijava.plugin.Parameter;
import org.scijava.plugin.Plugin;

/**
 * {@code Traversal Grid...}: every chosen latent dimension (rows) swept over {@code steps} values (columns) around
 * the prior's mean, as a hyperstack (dimension × step, one plane a tile) and as a labelled montage.
 *
 * @author VAE Explorer developers
 */
@Plugin(type = Command.class, headless = true, label = "Traversal Grid")
public class TraversalGridCommand extends ContextCommand {

	@Parameter
	private ModelService models;

	@Parameter(label = "model", style = "open", persist = false)
	private String model = "";

	@Parameter(label = "image", required = false, persist = false,
		description = "Names the output and lends it its calibration")
	private ImagePlus image;

	@Parameter(label = "dims", description = "active, all, or a list such as 0,2,5", persist = false)
	private String dims = "active";

	@Parameter(label = "steps", min = "1", persist = false)
	private int steps = 9;

	@Parameter(label = "range", description = "sweep from -range to +range, or observed (min..max of mu)",
		persist = false)
	private String range = "3";

	@Parameter(label = "grid", type = ItemIO.OUTPUT)
	private ImagePlus grid;

	@Parameter(label = "montage", type = ItemIO.OUTPUT)
	private ImagePlus montage;

	@Parameter(label = "note", type = ItemIO.OUTPUT)
	private String note;

	@Override
	public void run() {
		Path file = ModelArgument.path(model);
		VaeModel vae = models.load(file);
		int[] rows = DimensionSelection.resolve(dims, vae.statistics());
		SweepRange sweepRange = SweepRange.parse(range);
		String source = image != null ? image.getTitle() : ModelArgument.displayName(file);
		grid = new TraversalGrid(rows, steps, sweepRange).render(vae, Anchor.zero().resolve(vae, null), source,
			image == null ? null : image.getCalibration());
		montage = GridMontage.of(grid, "Traversal grid montage of " + source);
		note = "Traversal grid, rows: " + DimensionSelection.describe(rows, vae.statistics()) + "; " + steps +
			" steps over " + (sweepRange.isObserved() ? "the observed range of each dimension" : sweepRange) + ".";
	}
}
