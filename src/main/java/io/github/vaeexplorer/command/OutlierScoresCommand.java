package io.github.vaeexplorer.command;

import io.github.vaeexplorer.analysis.OutlierScores;
import io.github.vaeexplorer.model.VaeModel;

import ij.ImagePlus;
import ij.measure.ResultsTable;

import java.util.Locale;

import org.scijava.ItemIO;
import org.scijava.command.Command;
import org.scijava.command.ContextCommand;
import org.scijava.plugin.Parameter;
import org.scijava.plugin.Plugin;

/**
 * {@code Outlier Scores...}: how unusual each slice of the active stack is to the model (see {@link OutlierScores}):
 * a Results table {@code slice, score, reconstruction, kl, nll_bits, complexity_bits, corrected_bits, rank}, and a stack of the
 * {@code top} most unusual slices, most unusual first.
 *
 * @author VAE Explorer developers
 */
@Plugin(type = Command.class, headless = true, label = "Outlier Scores")
public class OutlierScoresCommand extends ContextCommand {

	@Parameter
	private ModelService models;

	@Parameter(label = "model", style = "open", persist = false)
	private String model = "";

	@Parameter(label = "image", persist = false)
	private ImagePlus image;

	@Parameter(label = "top", min = "1", persist = false, description = "How many of the most unusual slices to stack")
	private int top = 25;

	@Parameter(label = "outliers", type = ItemIO.OUTPUT)
	private ImagePlus outliers;

	/** Shown as ImageJ's Results table, so that a macro reads it with getResult. */
	@Parameter(label = "Results", type = ItemIO.OUTPUT)
	private ResultsTable scores;

	@Parameter(label = "summary", type = ItemIO.OUTPUT)
	private String summary;

	@Override
	public void run() {
		if (image == null) throw new IllegalArgumentException("there is no image to score: open a stack first " +
			"(or give --input)");
		if (top < 1) throw new IllegalArgumentException("top must be at least 1 (got " + top + ")");
		VaeModel vae = models.load(ModelArgument.path(model));
		OutlierScores result = OutlierScores.of(vae, image, top);
		outliers = result.top();
		double[] score = result.scores(), rec = result.reconstruction(), kl = result.kl(), bits = result.nllBits(),
			complexity = result.complexityBits(), corrected = result.correctedBits();
		int[] ranking = result.ranking(), rank = new int[score.length];
		for (int r = 0; r < ranking.length; r++) rank[ranking[r]] = r + 1;
		scores = new ResultsTable(score.length);
		scores.showRowNumbers(false);
		scores.setPrecision(6);
		for (int i = 0; i < score.length; i++) {
			scores.setValue("slice", i, i + 1);
			scores.setValue("score", i, score[i]);
			scores.setValue("reconstruction", i, rec[i]);
			scores.setValue("kl", i, kl[i]);
			scores.setValue("nll_bits", i, bits[i]);
			scores.setValue("complexity_bits", i, complexity[i]);
			scores.setValue("corrected_bits", i, corrected[i]);
			scores.setValue("rank", i, rank[i]);
		}
		int most = ranking[0];
		summary = String.format(Locale.ROOT, "Outlier scores of %s: the most unusual is slice %d (score %.2f: %.1f bits " +
			"of negative ELBO minus %.0f bits of PNG complexity = %.1f bits); the top %d are stacked.", image.getTitle(),
			most + 1, score[most], bits[most], complexity[most], corrected[most], Math.min(top, score.length));
	}
}
