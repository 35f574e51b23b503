package io.github.vaeexplorer.cli;

import io.github.vaeexplorer.command.ArgumentBinder;
import io.github.vaeexplorer.command.CommandCatalog;
import io.github.vaeexplorer.command.CommandContexts;
import io.github.vaeexplorer.command.CommandInputs;
import io.github.vaeexplorer.command.CommandRunner;
import io.github.vaeexplorer.data.ConversionResult;
import io.github.vaeexplorer.data.OutputFiles;
import io.github.vaeexplorer.data.StackConverter;
import io.github.vaeexplorer.metrics.FactorMetrics;
import io.github.vaeexplorer.metrics.JsonNumbers;
import io.github.vaeexplorer.metrics.LatentCodes;
import io.github.vaeexplorer.metrics.MetricsReport;
import io.github.vaeexplorer.metrics.MetricsSettings;
import io.github.vaeexplorer.metrics.SampleCoverage;
import io.github.vaeexplorer.model.ModelFile;
import io.github.vaeexplorer.model.Objective;
import io.github.vaeexplorer.study.StudyResult;
import io.github.vaeexplorer.study.StudyRun;
import io.github.vaeexplorer.table.FactorTable;
import io.github.vaeexplorer.text.Json;
import io.github.vaeexplorer.text.Numbers;
import io.github.vaeexplorer.train.TrainingListener;

import com.google.gson.Gson;
import com.google.gson.JsonObject;

import ij.IJ;
import ij.ImagePlus;
import ij.measure.ResultsTable;
import ij.plugin.MontageMaker;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Map;

import org.scijava.Context;
import org.scijava.command.CommandInfo;
import org.scijava.command.CommandService;

/**
 * The {@code metrics} and {@code study} verbs: they run {@code Latent Metrics...} and {@code Beta Study...} like any
 * command, but print JSON on stdout (progress goes to stderr). {@code study --out DIR} also writes
 * {@code study.json}, {@code study.csv}, {@code montage.png}/{@code .tif}, {@code plots.png}/{@code .tif} and every
 * run's model ({@code beta4-seed42.vae.zip}, {@code adversarial1-seed42.vae.zip}) there, and the model the label-free
 * ranking keeps as {@value #CHOSEN_MODEL}.
 *
 * @author VAE Explorer developers
 */
final class MetricsVerbs {

	private static final Gson GSON = Json.PRETTY;

	private final PrintStream out;
	private final PrintStream err;

	MetricsVerbs(PrintStream out, PrintStream err) {
		this.out = out;
		this.err = err;
	}

	/** The file {@code study --out DIR} writes the label-free ranking's choice to. */
	static final String CHOSEN_MODEL = "chosen.vae.zip";

	int run(String verb, CliOptions options) throws IOException {
		if (verb.equals("metrics")) {
			String latents = options.take("latents");
			if (latents != null) return scoreCodes(Paths.get(latents), options);
			String samples = options.take("samples");
			if (samples != null) return scoreSamples(samples, options);
		}
		String input = options.require("input", verb.equals("study") ? "the stack to train on"
			: "the stack to measure on");
		String folder = verb.equals("study") ? options.take("out") : null;
		if (folder != null) requireWritableFolder(Paths.get(folder));
		CommandCatalog.Entry entry = CommandCatalog.byVerb(verb).orElseThrow(IllegalStateException::new);
		Map<String, Object> outputs;
		try (Context context = CommandContexts.create()) {
			CommandInfo info = context.service(CommandService.class).getCommand(entry.command());
			Map<String, Object> inputs = new ArgumentBinder(info, entry.menuName()).bind(options.rest());
			inputs.put(Main.imageKey(info, verb), Main.openImage(input));
			CommandInputs.ofType(info, TrainingListener.class).ifPresent(in -> inputs.put(in.getName(),
				new ConsoleListener(err)));
			outputs = new CommandRunner(context).run(entry.command(), inputs);
		}
		if (verb.equals("metrics")) {
			out.println(GSON.toJson(((MetricsReport) outputs.get("report")).toJson()));
			return 0;
		}
		StudyResult study = (StudyResult) outputs.get("study");
		String json = GSON.toJson(study.toJson());
		if (folder != null) write(Paths.get(folder), json, outputs);
		out.println(json);
		err.println(outputs.get("summary"));
		return 0;
	}

	/**
	 * {@code metrics --latents CODES.csv --factors FACTORS.csv}: MIG, SAP and the per-factor scores of codes computed
	 * elsewhere (our {@code encode}, or another implementation such as the PyTorch peer), by the same estimators.
	 */
	private int scoreCodes(Path latents, CliOptions options) throws IOException {
		String factors = options.require("factors", "the factor table the codes are scored against");
		if (!options.rest().isEmpty()) throw new IllegalArgumentException("metrics --latents takes only --factors " +
			"(got --" + options.rest().keySet().iterator().next() + ")");
		if (!Files.exists(latents)) throw new IllegalArgumentException("--latents " + latents + " does not exist");
		if (!Files.exists(Paths.get(factors))) throw new IllegalArgumentException("--factors " + factors +
			" does not exist");
		float[][] mu = LatentCodes.readMeans(latents);
		FactorMetrics scores = FactorMetrics.compute(mu, FactorTable.read(Paths.get(factors)), new MetricsSettings()
			.bins());
		JsonObject report = new JsonObject();
		report.addProperty("latents", latents.toString());
		report.addProperty("rows", mu.length);
		report.addProperty("latent", mu.length == 0 ? 0 : mu[0].length);
		scores.addTo(report);
		out.println(GSON.toJson(report));
		return 0;
	}

	/**
	 * {@code metrics --input DATA.tif --samples SAMPLES.tif}: precision and recall of any stack of generated images
	 * against the data ({@link SampleCoverage}, k = {@value SampleCoverage#K}), no model needed. Both stacks are
	 * converted like training samples of {@value SampleCoverage#FEATURE_SIZE}×{@value SampleCoverage#FEATURE_SIZE}
	 * pixels with the data stack's own normalisation (its 0.1 and 99.9 percentiles to 0 and 1, clamped), so that
	 * samples in the data's intensity scale (ours, de-normalised) and 8-bit samples of an 8-bit stack compare alike.
	 */
	private int scoreSamples(String samples, CliOptions options) {
		String input = options.require("input", "the data stack the samples are compared with");
		if (!options.rest().isEmpty()) throw new IllegalArgumentException("metrics --samples takes only --input " +
			"(got --" + options.rest().keySet().iterator().next() + "); it compares images and needs no model");
		if (!Files.exists(Paths.get(samples))) throw new IllegalArgumentException("--samples " + samples +
			" does not exist");
		ImagePlus data = Main.openImage(input), generated = IJ.openImage(samples);
		if (generated == null) throw new IllegalArgumentException("--samples " + samples +
			" cannot be opened as an image");
		StackConverter converter = new StackConverter();
		ConversionResult dataFeatures = converter.convert(data, SampleCoverage.FEATURE_SIZE);
		if (converter.geometryOf(generated, 1).channels() != dataFeatures.normalisation().channels())
			throw new IllegalArgumentException("--samples " + samples + " has " + converter.geometryOf(generated, 1)
				.channels() + " channel(s) but --input has " + dataFeatures.normalisation().channels());
		SampleCoverage coverage = SampleCoverage.compute(dataFeatures.samples(), converter.convert(generated,
			SampleCoverage.FEATURE_SIZE, dataFeatures.normalisation()).samples(), SampleCoverage.K);
		JsonObject report = new JsonObject();
		report.addProperty("input", input);
		report.addProperty("samples", samples);
		report.addProperty("data_images", coverage.dataImages());
		report.addProperty("sample_images", coverage.sampleImages());
		report.addProperty("k", coverage.k());
		report.addProperty("feature_size", SampleCoverage.FEATURE_SIZE);
		JsonNumbers.add(report, "sample_precision", coverage.precision());
		JsonNumbers.add(report, "sample_recall", coverage.recall());
		out.println(GSON.toJson(report));
		return 0;
	}

	/**
	 * Checks {@code study --out} before any training, by creating the folder and a file in it: a study's results
	 * would otherwise be lost after every training has run.
	 */
	private static void requireWritableFolder(Path folder) throws IOException {
		if (Files.exists(folder) && !Files.isDirectory(folder)) throw new IllegalArgumentException("--out " + folder +
			" exists and is not a folder; give a folder for the study's files");
		Files.createDirectories(folder);
		Files.delete(OutputFiles.tempBeside(folder.resolve("study.json")));
	}

	private void write(Path folder, String json, Map<String, Object> outputs) throws IOException {
		Files.createDirectories(folder);
		OutputFiles.saveText(json, folder.resolve("study.json"));
		ResultsTable table = (ResultsTable) outputs.get("results");
		if (!table.save(folder.resolve("study.csv").toString())) throw new IOException("study.csv cannot be written");
		ImagePlus montage = (ImagePlus) outputs.get("montage");
		if (montage != null) {
			OutputFiles.saveTiff(montage, folder.resolve("montage.tif"));
			OutputFiles.savePng(montage, folder.resolve("montage.png"));
		}
		ImagePlus plots = (ImagePlus) outputs.get("plots");
		if (plots != null) {
			OutputFiles.saveTiff(plots, folder.resolve("plots.tif"));
			int columns = Math.min(3, plots.getStackSize()), rows = (plots.getStackSize() + columns - 1) / columns;
			OutputFiles.savePng(new MontageMaker().makeMontage2(plots, columns, rows, 1.0, 1, plots.getStackSize(), 1, 0,
				false), folder.resolve("plots.png"));
		}
		for (StudyRun run : ((StudyResult) outputs.get("study")).runs()) {
			ModelFile.save(run.model(), folder.resolve((run.arm().objective() == Objective.ADVERSARIAL ? "adversarial" : "beta") +
				Numbers.format(run.beta()) + "-seed" + run.seed() +
				".vae.zip"));
		}
		StudyRun chosen = ((StudyResult) outputs.get("study")).chosen();
		if (chosen != null) ModelFile.save(chosen.model(), folder.resolve(CHOSEN_MODEL));
		err.println("wrote " + folder);
	}

}
