package io.github.vaeexplorer.command;

import io.github.vaeexplorer.latent.StackReconstruction;
import io.github.vaeexplorer.model.VaeModel;

import ij.ImagePlus;
import ij.measure.ResultsTable;

import java.util.Locale;
import java.util.StringJoiner;

import org.scijava.ItemIO;
import org.scijava.command.Command;
import org.scijava.command.ContextCommand;
import org.scijava.plugin.Parameter;
import org.scijava.plugin.Plugin;

/**
 * {@code Reconstruct Stack...}: every slice encoded (posterior mean) and decoded, with a Results table of each
 * slice's error (mean squared error in source units, Bernoulli negative log-likelihood in nats) and the mean error.
 *
 * @author VAE Explorer developers
 */
@Plugin(type = Command.class, headless = true, label = "Reconstruct Stack")
public class ReconstructStackCommand extends ContextCommand {

	@Parameter
	private ModelService models;

	@Parameter(label = "model", style = "open", persist = false)
	private String model = "";

	@Parameter(label = "image", persist = false)
	private ImagePlus image;

	@Parameter(label = "reconstruction", type = ItemIO.OUTPUT)
	private ImagePlus reconstruction;

	/** Shown as ImageJ's Results table, so that a macro reads it with getResult. */
	@Parameter(label = "Results", type = ItemIO.OUTPUT)
	private ResultsTable errors;

	@Parameter(label = "summary", type = ItemIO.OUTPUT)
	private String summary;

	@Override
	public void run() {
		VaeModel vae = models.load(ModelArgument.path(model));
		StackReconstruction r = StackReconstruction.of(vae, image);
		reconstruction = r.image();
		double[] mse = r.meanSquaredErrors(), nll = r.bernoulliNlls();
		errors = new ResultsTable();
		errors.showRowNumbers(false);
		errors.setPrecision(6);
		for (int i = 0; i < mse.length; i++) {
			errors.incrementCounter();
			errors.addValue("slice", i + 1);
			errors.addValue("mse", mse[i]);
			errors.addValue("bce_nats", nll[i]);
		}
		StringJoiner unscored = new StringJoiner(", ");
		for (int i = 0; i < mse.length; i++) {
			if (!Double.isFinite(mse[i])) unscored.add(Integer.toString(i + 1));
		}
		if (mse.length > 0 && unscored.length() > 0 && !Double.isFinite(r.meanSquaredError())) {
			throw new IllegalArgumentException(image.getTitle() + " has no finite pixel value (all NaN or infinity): " +
				"there is nothing to reconstruct");
		}
		summary = String.format(Locale.ROOT, "Reconstruction of %s: mean squared error %.6g (source units²), " +
			"Bernoulli NLL %.2f nats per slice, over %d slice(s).", image.getTitle(), r.meanSquaredError(), r
				.bernoulliNll(), mse.length) + (unscored.length() == 0 ? "" : " Slice(s) " + unscored +
					" have no finite pixel value: their errors are NaN.");
	}
}
