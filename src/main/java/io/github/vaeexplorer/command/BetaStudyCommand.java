package io.github.vaeexplorer.command;

import io.github.vaeexplorer.data.ConversionResult;
import io.github.vaeexplorer.metrics.MetricsSettings;
import io.github.vaeexplorer.model.Architecture;
import io.github.vaeexplorer.model.Objective;
import io.github.vaeexplorer.model.VaeConfig;
import io.github.vaeexplorer.report.MetricsTables;
import io.github.vaeexplorer.report.StudyMontage;
import io.github.vaeexplorer.report.StudyPlots;
import io.github.vaeexplorer.study.BetaStudy;
import io.github.vaeexplorer.study.StudyArm;
import io.github.vaeexplorer.study.StudyResult;
import io.github.vaeexplorer.train.CancellationToken;
import io.github.vaeexplorer.train.TrainingJob;
import io.github.vaeexplorer.train.TrainingListener;

import ij.ImagePlus;
import ij.measure.ResultsTable;

import org.scijava.ItemIO;
import org.scijava.command.Command;
import org.scijava.command.ContextCommand;
import org.scijava.plugin.Parameter;
import org.scijava.plugin.Plugin;

/**
 * {@code Beta Study...}: trains the same architecture on the active stack for several βs (or, with
 * {@code objectives}, several objectives: {@code beta:0,beta:4,adversarial:1}) and seeds and reports them side by side
 * (see {@link BetaStudy}): a Results table, plots of every metric against β (or the objectives in order), and one
 * traversal grid per β or objective in one montage.
 *
 * @author VAE Explorer developers
 */
@Plugin(type = Command.class, headless = true, label = "Beta Study")
public class BetaStudyCommand extends ContextCommand {

	@Parameter(label = "image", persist = false)
	private ImagePlus image;

	@Parameter(label = "betas", description = "Comma-separated KL weights", persist = false)
	private String betas = "0,1,4";

	@Parameter(label = "objectives", required = false, persist = false, description = "Objectives side by side, " +
		"e.g. beta:0,beta:4,adversarial:1; when given, betas and objective are not used")
	private String objectives = "";

	@Parameter(label = "seeds", min = "1", description = "Training runs per beta", persist = false)
	private int seeds = 3;

	@Parameter(label = "factors", required = false, style = "open", persist = false,
		description = "CSV factor table for MIG and SAP (optional)")
	private String factors = "";

	@Parameter(label = "objective", choices = { "beta", "tcvae" }, persist = false,
		description = "beta: beta weighs the KL; tcvae: beta weighs the total correlation")
	private String objective = "beta";

	@Parameter(label = "architecture", choices = { "conv", "dense" }, persist = false)
	private String architecture = "conv";

	@Parameter(label = "latent", min = "1", persist = false)
	private int latent = 10;

	@Parameter(label = "warmup", min = "0", persist = false)
	private int warmup = 0;

	@Parameter(label = "epochs", min = "1", persist = false)
	private int epochs = 20;

	@Parameter(label = "batch", min = "1", persist = false)
	private int batch = 64;

	@Parameter(label = "learning_rate", persist = false)
	private double learning_rate = 0.001;

	@Parameter(label = "size", min = "" + VaeConfig.MIN_SIZE, persist = false)
	private int size = 32;

	@Parameter(label = "validation", persist = false)
	private double validation = 0.1;

	@Parameter(label = "seed", description = "First training seed; the others follow", persist = false)
	private long seed = 42;

	@Parameter(label = "listener", required = false, persist = false)
	private TrainingListener listener;

	@Parameter(label = "results", type = ItemIO.OUTPUT)
	private ResultsTable results;

	@Parameter(label = "plots", type = ItemIO.OUTPUT)
	private ImagePlus plots;

	@Parameter(label = "montage", type = ItemIO.OUTPUT)
	private ImagePlus montage;

	@Parameter(label = "summary", type = ItemIO.OUTPUT)
	private String summary;

	@Parameter(label = "study", type = ItemIO.OUTPUT)
	private StudyResult study;

	private final CancellationToken token = new CancellationToken();

	@Override
	public void run() {
		if (image == null) throw new IllegalArgumentException("there is no image to train on: open a stack first");
		double[] values = parseBetas(betas);
		if (objectives != null && !objectives.trim().isEmpty()) StudyArm.parse(objectives); // refused before training
		VaeConfig base = VaeConfig.builder().architecture(Architecture.fromKey(architecture)).latent(latent).warmup(
			warmup).epochs(epochs).batch(batch).learningRate(learning_rate).size(size).validation(validation).seed(seed)
			.objective(Objective.fromKey(objective)).build();
		ConversionResult data = new TrainingJob(listener, token).convert(image, base);
		VaeConfig config = base.toBuilder().channels(data.samples().channels()).build();
		String arms = objectives == null ? "" : objectives.trim();
		BetaStudy runner = new BetaStudy(listener, token);
		study = arms.isEmpty() ? runner.run(config, values, seeds, data.samples(), data.normalisation(), data
			.geometry(), FactorArgument.read(factors), new MetricsSettings()) : runner.run(config, StudyArm.parse(arms),
				seeds, data.samples(), data.normalisation(), data.geometry(), FactorArgument.read(factors),
				new MetricsSettings());
		results = MetricsTables.of(study);
		if (!study.runs().isEmpty()) {
			plots = StudyPlots.of(study);
			montage = StudyMontage.of(study, Math.min(6, latent), 9, 3);
		}
		summary = "Beta study on " + image.getTitle() + ": " + study.summary();
	}

	@Override
	public void cancel(String reason) {
		super.cancel(reason);
		token.cancel(CancellationToken.Mode.STOP_AND_KEEP);
	}

	/** "0,1,4" as numbers. */
	/** Most values {@code betas} may list: each trains {@code seeds} models. */
	static final int MAX_BETAS = 64;

	static double[] parseBetas(String text) {
		String[] parts = text == null ? new String[0] : text.trim().split("\\s*,\\s*");
		if (parts.length == 0 || parts[0].isEmpty()) throw new IllegalArgumentException(
			"betas must list at least one value, e.g. 0,1,4");
		if (parts.length > MAX_BETAS) throw new IllegalArgumentException("betas lists " + parts.length +
			" values; at most " + MAX_BETAS + " (each one trains seeds models)");
		double[] values = new double[parts.length];
		for (int i = 0; i < parts.length; i++) {
			try {
				values[i] = Double.parseDouble(parts[i]);
			}
			catch (NumberFormatException e) {
				throw new IllegalArgumentException("betas must be numbers separated by commas (got '" + text + "')");
			}
		}
		return values;
	}
}
