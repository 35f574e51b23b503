package io.github.vaeexplorer.command;

import io.github.vaeexplorer.analysis.ConditionShift;
import io.github.vaeexplorer.analysis.GroupShift;
import io.github.vaeexplorer.model.VaeModel;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

import ij.ImagePlus;
import ij.measure.ResultsTable;

import java.util.Locale;

import org.scijava.ItemIO;
import org.scijava.command.Command;
import org.scijava.command.ContextCommand;
import org.scijava.plugin.Parameter;
import org.scijava.plugin.Plugin;

/**
 * {@code Condition Shift...}: what differs between the slices labelled {@code from} and those labelled {@code to} in a
 * column of a per-slice table (see {@link ConditionShift}): a Results table, one row a latent dimension, with both
 * groups' means, their difference, Cohen's d and a permutation p-value; and the decoded path from the {@code from}
 * group's mean code to the {@code to} group's.
 *
 * @author VAE Explorer developers
 */
@Plugin(type = Command.class, headless = true, label = "Condition Shift")
public class ConditionShiftCommand extends ContextCommand {

	@Parameter
	private ModelService models;

	@Parameter(label = "model", style = "open", persist = false)
	private String model = "";

	@Parameter(label = "image", persist = false)
	private ImagePlus image;

	@Parameter(label = "table", required = false, style = "open", persist = false, description = "A CSV file, one " +
		"row a slice, holding column; empty for ImageJ's Results table")
	private String table = "";

	@Parameter(label = "column", persist = false, description = "The column holding the groups' labels")
	private String column = "";

	@Parameter(label = "from", persist = false, description = "The label of group A (e.g. control)")
	private String from = "";

	@Parameter(label = "to", persist = false, description = "The label of group B (e.g. treated)")
	private String to = "";

	@Parameter(label = "steps", min = "2", persist = false, description = "Images on the path from A's mean to B's")
	private int steps = 9;

	@Parameter(label = "results", required = false, persist = false, description = "The table holding column when " +
		"table is empty (one row a slice); ImageJ's Results table where none is given")
	private ResultsTable results;

	@Parameter(label = "shift", type = ItemIO.OUTPUT)
	private ImagePlus shift;

	/** Shown as ImageJ's Results table, so that a macro reads it with getResult. */
	@Parameter(label = "Results", type = ItemIO.OUTPUT)
	private ResultsTable dimensions;

	@Parameter(label = "summary", type = ItemIO.OUTPUT)
	private String summary;

	/** Per dimension {@code effect_size}, {@code p_value}, {@code difference}, and the groups: what the CLI prints. */
	@Parameter(label = "report", type = ItemIO.OUTPUT)
	private JsonObject report;

	@Override
	public void run() {
		if (image == null) throw new IllegalArgumentException("there is no image to compare groups of: open a stack " +
			"first (or give --input)");
		if (steps < 2) throw new IllegalArgumentException("steps must be at least 2 (got " + steps + ")");
		LabelColumn labels = LabelColumn.read(table, results, column);
		boolean[] inA = labels.rowsHolding(from), inB = labels.rowsHolding(to);
		require(inA, from);
		require(inB, to);
		VaeModel vae = models.load(ModelArgument.path(model));
		ConditionShift result = ConditionShift.of(vae, image, inA, inB, new String[] { from.trim(), to.trim() }, steps);
		shift = result.traversal();
		GroupShift g = result.shift();
		double[] a = g.meanA(), b = g.meanB(), diff = g.difference(), d = g.effectSize(), p = g.pValue();
		dimensions = new ResultsTable(a.length);
		dimensions.showRowNumbers(false);
		dimensions.setPrecision(6);
		for (int j = 0; j < a.length; j++) {
			dimensions.setValue("dim", j, j);
			dimensions.setValue("mean_from", j, a[j]);
			dimensions.setValue("mean_to", j, b[j]);
			dimensions.setValue("difference", j, diff[j]);
			dimensions.setValue("effect_size", j, d[j]);
			dimensions.setValue("p_value", j, p[j]);
		}
		report = new JsonObject();
		report.addProperty("column", column.trim());
		report.addProperty("from", from.trim());
		report.addProperty("to", to.trim());
		report.addProperty("n_from", g.countA());
		report.addProperty("n_to", g.countB());
		report.addProperty("effect_size_measure", "cohens_d");
		report.addProperty("permutations", GroupShift.PERMUTATIONS);
		report.add("effect_size", array(d));
		report.add("p_value", array(p));
		report.add("difference", array(diff));
		report.add("mean_from", array(a));
		report.add("mean_to", array(b));
		int largest = 0;
		for (int j = 1; j < d.length; j++) if (Math.abs(d[j]) > Math.abs(d[largest])) largest = j;
		summary = String.format(Locale.ROOT, "Condition shift %s -> %s (%d and %d slices of %s): largest effect on " +
			"z%d, Cohen's d %.2f, permutation p %.3g.", from.trim(), to.trim(), g.countA(), g.countB(), image.getTitle(),
			largest, d[largest], p[largest]);
	}

	private void require(boolean[] in, String value) {
		int slices = image.getStackSize() / Math.max(1, image.getNChannels());
		if (in.length != slices) throw new IllegalArgumentException("the table has " + in.length + " rows but " +
			image.getTitle() + " has " + slices + " slices");
		int count = 0;
		for (boolean b : in) if (b) count++;
		if (count < 2) throw new IllegalArgumentException("column " + column.trim() + " has " + count + " slice(s) " +
			"labelled '" + value.trim() + "': each group needs at least 2");
	}

	private static JsonArray array(double[] values) {
		JsonArray array = new JsonArray();
		for (double v : values) {
			if (Double.isFinite(v)) array.add(v);
			else array.add(com.google.gson.JsonNull.INSTANCE);
		}
		return array;
	}
}
