package io.github.vaeexplorer.command;

import io.github.vaeexplorer.latent.LatentEncoding;
import io.github.vaeexplorer.model.VaeModel;

import ij.ImagePlus;
import ij.measure.ResultsTable;

import org.scijava.ItemIO;
import org.scijava.command.Command;
import org.scijava.command.ContextCommand;
import org.scijava.plugin.Parameter;
import org.scijava.plugin.Plugin;

/**
 * {@code Encode Stack...}: a Results table with one row a slice: {@code slice}, {@code mu_0..mu_{k-1}} and
 * {@code logvar_0..logvar_{k-1}}, ready for plotting, clustering or a factor table.
 *
 * @author VAE Explorer developers
 */
@Plugin(type = Command.class, headless = true, label = "Encode Stack")
public class EncodeStackCommand extends ContextCommand {

	@Parameter
	private ModelService models;

	@Parameter(label = "model", style = "open", persist = false)
	private String model = "";

	@Parameter(label = "image", persist = false)
	private ImagePlus image;

	/** Shown as ImageJ's Results table, so that a macro reads it with getResult. */
	@Parameter(label = "Results", type = ItemIO.OUTPUT)
	private ResultsTable encodings;

	@Override
	public void run() {
		VaeModel vae = models.load(ModelArgument.path(model));
		LatentEncoding encoding = LatentEncoding.of(vae, image);
		String[] headings = encoding.headings();
		encodings = new ResultsTable(encoding.count());
		encodings.showRowNumbers(false);
		encodings.setPrecision(6);
		for (int i = 0; i < encoding.count(); i++) {
			double[] row = encoding.row(i);
			for (int c = 0; c < headings.length; c++) encodings.setValue(headings[c], i, row[c]);
		}
	}
}
