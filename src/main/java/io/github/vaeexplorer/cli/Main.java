package io.github.vaeexplorer.cli;

import io.github.vaeexplorer.bench.Benchmark;
import io.github.vaeexplorer.command.ArgumentBinder;
import io.github.vaeexplorer.command.CommandCatalog;
import io.github.vaeexplorer.command.CommandContexts;
import io.github.vaeexplorer.command.CommandInputs;
import io.github.vaeexplorer.command.CommandRunner;
import io.github.vaeexplorer.data.IoErrors;
import io.github.vaeexplorer.data.LazyImages;
import io.github.vaeexplorer.data.OutputFiles;
import io.github.vaeexplorer.model.ModelFile;
import io.github.vaeexplorer.model.ModelFileException;
import io.github.vaeexplorer.model.ModelInfo;
import io.github.vaeexplorer.nd4j.NativeBackend;
import io.github.vaeexplorer.train.TrainingListener;
import io.github.vaeexplorer.text.Json;

import ij.IJ;
import ij.ImagePlus;
import ij.measure.ResultsTable;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Collections;
import java.util.Map;

import org.scijava.Context;
import org.scijava.command.CommandInfo;
import org.scijava.command.CommandService;
import org.scijava.module.ModuleItem;

/**
 * {@code java -jar VAE_Explorer.jar VERB [--key value ...]}: the plugin without ImageJ's GUI (docs/reference.md). Exit
 * code 0 on success; otherwise 1 with one line on stderr naming the bad key or file (2 for a usage error).
 *
 * @author VAE Explorer developers
 */
public final class Main {

	/** The flag that lets {@code --out} replace an existing TIFF that VAE Explorer did not write. */
	static final String OVERWRITE = "overwrite";

	private final PrintStream out;
	private final PrintStream err;

	/** A CLI that prints results to {@code out} and errors to {@code err} (for embedding and tests). */
	public Main(PrintStream out, PrintStream err) {
		this.out = out;
		this.err = err;
	}

	public static void main(String[] args) {
		System.setProperty("java.awt.headless", "true");
		int code = new Main(System.out, System.err).run(args);
		System.exit(code);
	}

	/** Runs one verb; returns the exit code (0 success, 1 failure, 2 usage error). */
	public int run(String... args) {
		if (args.length == 0 || args[0].equals("--help") || args[0].equals("help")) {
			usage(args.length == 0 ? err : out);
			return args.length == 0 ? 2 : 0;
		}
		String verb = args[0];
		try {
			CliOptions options = CliOptions.parse(args, 1, verb.equals("bench") ? Collections.singleton("peer")
				: Collections.singleton(OVERWRITE));
			if (needsNd4j(verb, options)) NativeBackend.ensureLoaded();
			switch (verb) {
				case "info":
					return info(options);
				case "bench":
					return bench(options);
				case "metrics":
				case "study":
					return new MetricsVerbs(out, err).run(verb, options);
				case "cluster":
				case "outliers":
				case "shift":
					return new AnalysisVerbs(out, err).run(verb, options);
				case "interactive":
					throw new IllegalArgumentException("interactive needs a display: use Plugins > VAE Explorer > " +
						"Interactive Traversal... in Fiji or ImageJ");
				case "export":
					return new ExportVerb(out).run(options);
				case "crop":
				case "color_cells":
					return new CellVerbs(out).run(verb, options);
				case "explorer":
					throw new IllegalArgumentException("explorer needs a display: use Plugins > VAE Explorer > " +
						"Latent Explorer... in Fiji or ImageJ (embed writes its map as CSV)");
				case "demo":
					return new Demo(out).run(Paths.get(orDefault(options.take("out"), "demo-out")), options.rest());
				default:
					return command(verb, options);
			}
		}
		catch (ModelFileException | IllegalArgumentException | IllegalStateException e) {
			err.println("error: " + e.getMessage());
			return 1;
		}
		catch (IOException e) {
			err.println("error: " + IoErrors.describe(e));
			return 1;
		}
		catch (OutOfMemoryError e) {
			err.println("error: out of memory; " + MemoryAdvice.forVerb(verb) + ", or give Java more memory (-Xmx)");
			if (Boolean.getBoolean("vae.debug")) e.printStackTrace(err);
			return 1;
		}
		catch (LinkageError e) {
			err.println("error: the installation is broken (" + e + "); rebuild with mvn package, or reinstall");
			return 1;
		}
		catch (RuntimeException e) {
			// A bug, not a user error: still one line, with the details only when asked for.
			err.println("error: internal problem (" + e + "); run with -Dvae.debug=true for details");
			if (Boolean.getBoolean("vae.debug")) e.printStackTrace(err);
			return 1;
		}
	}

	/** Whether a verb computes with ND4J: writing a sample stack or scoring given codes does not. */
	private static boolean needsNd4j(String verb, CliOptions options) {
		if (verb.equals("sample_data") || CellVerbs.runs(verb)) return false;
		return !(verb.equals("metrics") && options.rest().containsKey("latents"));
	}

	private int info(CliOptions options) {
		Path model = Paths.get(options.require("model", "the model file"));
		rejectRest(options, "info");
		out.println(ModelInfo.text(ModelFile.load(model)));
		return 0;
	}

	private int bench(CliOptions options) throws IOException {
		Benchmark.Options settings = new Benchmark.Options();
		String repeats = options.take("repeats");
		if (repeats != null) settings.repeats(parseInt("repeats", repeats));
		String slices = options.take("memory_slices");
		if (slices != null) settings.memorySlices(parseInt("memory_slices", slices));
		String peer = options.take("peer");
		if (peer != null && !peer.equals("false")) {
			settings.peer(Paths.get(peer.equals("true") ? "src/bench/python/torch_vae_ref.py" : peer), orDefault(options
				.take("python"), "/usr/bin/python3"));
		}
		rejectRest(options, "bench");
		out.println(Json.PRETTY.toJson(new Benchmark(settings, err).run()));
		return 0;
	}

	private static int parseInt(String key, String value) {
		try {
			return Integer.parseInt(value.trim());
		}
		catch (NumberFormatException e) {
			throw new IllegalArgumentException(key + " must be a whole number (got '" + value + "')");
		}
	}

	private int command(String verb, CliOptions options) throws IOException {
		CommandCatalog.Entry entry = CommandCatalog.byVerb(verb).orElse(null);
		if (entry == null) {
			err.println("error: unknown verb '" + verb + "'");
			usage(err);
			return 2;
		}
		String input = options.take("input");
		String output = options.take("out");
		boolean overwrite = "true".equals(options.take(OVERWRITE));
		boolean folder = input != null && Files.isDirectory(Paths.get(input));
		boolean train = verb.equals("train");
		if (input != null && output != null && !folder && sameFile(Paths.get(input), Paths.get(output))) {
			throw new IllegalArgumentException("--out " + output + " is the --input image: the source is never " +
				"replaced; choose another file");
		}
		if (train) {
			if (input == null) throw new IllegalArgumentException(
				"--input is required (the stack, or the folder of images, to train on)");
			if (options.rest().get("model") == null) throw new IllegalArgumentException(
				"--model is required (where to save the trained model)");
			// A folder is the command's own input key: it trains on every image file in it.
			if (folder) options.rest().put("input", input);
		}
		else if (output == null) {
			throw new IllegalArgumentException("--out is required (the file to write, or a folder when --input is a " +
				"folder)");
		}
		String table = options.take("table");
		try (Context context = CommandContexts.create()) {
			CommandInfo info = context.service(CommandService.class).getCommand(entry.command());
			Map<String, Object> inputs = new ArgumentBinder(info, entry.menuName()).bind(options.rest());
			boolean writesImage = declares(info, ImagePlus.class);
			if (table != null && !(writesImage && declares(info, ResultsTable.class))) {
				throw new IllegalArgumentException("unknown key '--table' for " + verb);
			}
			if (table != null && folder) throw new IllegalArgumentException("--table needs a single --input image, " +
				"not a folder");
			// Refuse a bad output before any work is done (a folder run checks each file as it goes).
			if (!train && !folder) {
				if (writesImage) OutputFiles.requireWritableTiff(Paths.get(output), overwrite);
				else OutputFiles.requireWritableText(Paths.get(output), "a CSV table");
			}
			if (table != null && output != null && sameFile(Paths.get(table), Paths.get(output))) {
				throw new IllegalArgumentException("--table " + table + " is the --out file; give the table its own name");
			}
			if (table != null) OutputFiles.requireWritableText(Paths.get(table), "a CSV table");
			CommandInputs.ofType(info, TrainingListener.class).ifPresent(in -> inputs.put(in.getName(),
				new ConsoleListener(err)));
			if (folder && !train) {
				return new FolderBatch(context, entry, out, err).overwrite(overwrite).run(inputs, Paths.get(input), Paths
					.get(output));
			}
			if (input != null && !folder) inputs.put(imageKey(info, verb), train ? openTrainingImage(input) : openImage(
				input));
			runOnce(context, entry, inputs, output == null ? null : Paths.get(output), table == null ? null : Paths
				.get(table), "", out, overwrite);
		}
		return 0;
	}

	/**
	 * Runs a command once and writes what it made: an image to {@code output} as TIFF, text to {@code out}.
	 *
	 * @param prefix put before every line printed (e.g. the input's name in a batch)
	 */
	static void runOnce(Context context, CommandCatalog.Entry entry, Map<String, Object> inputs, Path output,
		String prefix, PrintStream out) throws IOException
	{
		runOnce(context, entry, inputs, output, null, prefix, out, false);
	}

	/**
	 * Runs a command once and writes what it made: its first image to {@code output} as TIFF; its first Results table
	 * to {@code output} as CSV when it makes no image, else to {@code table} if given; text to {@code out}.
	 *
	 * @param prefix put before every line printed (e.g. the input's name in a batch)
	 */
	static void runOnce(Context context, CommandCatalog.Entry entry, Map<String, Object> inputs, Path output,
		Path table, String prefix, PrintStream out, boolean overwrite) throws IOException
	{
		CommandInfo info = context.service(CommandService.class).getCommand(entry.command());
		Map<String, Object> outputs = new CommandRunner(context).run(entry.command(), inputs);
		boolean hasImage = declares(info, ImagePlus.class);
		Path tableFile = hasImage ? table : output;
		boolean imageWritten = false, tableWritten = false;
		for (ModuleItem<?> item : info.outputs()) {
			Object value = outputs.get(item.getName());
			if (value instanceof ImagePlus && output != null && !imageWritten) {
				OutputFiles.saveTiff((ImagePlus) value, output, overwrite);
				out.println(prefix + "wrote " + output);
				imageWritten = true;
			}
			else if (value instanceof ResultsTable && tableFile != null && !tableWritten) {
				OutputFiles.saveText(TableCsv.of((ResultsTable) value), tableFile);
				out.println(prefix + "wrote " + tableFile);
				tableWritten = true;
			}
			else if (value instanceof String) {
				out.println(prefix + value);
			}
		}
	}

	private static boolean declares(CommandInfo info, Class<?> type) {
		for (ModuleItem<?> item : info.outputs()) {
			if (type.isAssignableFrom(item.getType())) return true;
		}
		return false;
	}

	/** Whether two paths name one file (an existing one, or the same path). */
	private static boolean sameFile(Path a, Path b) throws IOException {
		if (Files.exists(a) && Files.exists(b)) return Files.isSameFile(a, b);
		return a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize());
	}

	/** The name of the command's image input, which {@code --input} fills. */
	static String imageKey(CommandInfo info, String verb) {
		return CommandInputs.ofType(info, ImagePlus.class).map(ModuleItem::getName).orElseThrow(
			() -> new IllegalArgumentException("unknown key '--input' for " + verb));
	}

	/** The image at a {@code --input} path, opened as ImageJ opens files. */
	static ImagePlus openImage(String path) {
		if (!Files.exists(Paths.get(path))) throw new IllegalArgumentException("--input " + path + " does not exist");
		ImagePlus image = IJ.openImage(path);
		if (image == null) throw new IllegalArgumentException("--input " + path + " cannot be opened as an image");
		return image;
	}

	/**
	 * The image to train on: a TIFF too large to read whole into a quarter of the heap is opened as a virtual stack
	 * (its planes are read while training, see {@code stream}); anything else as {@link #openImage} does.
	 */
	static ImagePlus openTrainingImage(String path) throws IOException {
		Path file = Paths.get(path);
		if (Files.isRegularFile(file) && Files.size(file) > Runtime.getRuntime().maxMemory() / 4) {
			ImagePlus lazy = LazyImages.open(file).image();
			if (lazy != null) return lazy;
		}
		return openImage(path);
	}

	private static void rejectRest(CliOptions options, String verb) {
		if (!options.rest().isEmpty()) throw new IllegalArgumentException("unknown key '--" + options.rest().keySet()
			.iterator().next() + "' for " + verb);
	}

	private static String orDefault(String value, String fallback) {
		return value == null ? fallback : value;
	}

	private static void usage(PrintStream s) {
		s.println("usage: java -jar VAE_Explorer.jar VERB [--key value ...]");
		s.println("verbs: train --input STACK|FOLDER --model OUT.vae.zip [--epochs 30 --beta 1 ...]");
		s.println("       sweep --model M.vae.zip --out OUT.tif [--dim auto --from -3 --to 3 --steps 11 --anchor zero]");
		s.println("       grid --model M.vae.zip --out OUT.tif [--dims active --steps 9 --range 3|observed]");
		s.println("       interpolate --model M.vae.zip --input STACK --out OUT.tif [--first 1 --last 2 --steps 10 " +
			"--path linear|spherical]");
		s.println("       reconstruct --model M.vae.zip --input STACK --out OUT.tif [--table ERRORS.csv]");
		s.println("       sample --model M.vae.zip --out OUT.tif [--count 16 --seed 1]");
		s.println("       encode --model M.vae.zip --input STACK --out LATENTS.csv");
		s.println("       (a verb given --input FOLDER --out FOLDER runs once per image file, names kept)");
		s.println("       (--overwrite lets --out replace an existing TIFF that VAE Explorer did not write)");
		s.println("       info --model M.vae.zip");
		s.println("       metrics --model M.vae.zip --input STACK [--factors factors.csv]");
		s.println("       metrics --latents CODES.csv --factors factors.csv   (MIG/SAP of codes from encode or another tool)");
		s.println("       metrics --input DATA --samples SAMPLES.tif   (precision/recall of any generated stack; no model)");
		s.println("       study --input STACK [--factors factors.csv --betas 0,1,4 --seeds 3 --epochs 20 --size 32]");
		s.println("             [--objectives beta:0,beta:4,adversarial:1 instead of --betas] [--out DIR]");
		s.println("       cluster --model M.vae.zip --input STACK --out CLUSTERS.csv [--k 8 --method kmeans|gmm --seed 1]");
		s.println("             [--stack PROTOTYPES.tif]");
		s.println("       outliers --model M.vae.zip --input STACK --out SCORES.csv [--top 25 --stack TOP.tif]");
		s.println("       shift --model M.vae.zip --input STACK --table LABELS.csv --column C --from A --to B");
		s.println("             --out SHIFT.tif [--steps 9]");
		s.println("       bench [--repeats 3] [--peer [PATH/torch_vae_ref.py]] [--python /usr/bin/python3]");
		s.println("             [--memory_slices N]");
		s.println("       sample_data --sample shapes|fashion-mnist --out OUT.tif");
		s.println("       (interactive needs a display: Plugins > VAE Explorer > Interactive Traversal...)");
		s.println("       demo [--out DIR]");
		s.println("       export --model M.vae.zip --out PACKAGE.zip [--format bioimageio]");
		s.println("       crop --input IMAGE|FOLDER (--labels LABELS.tif|DIR | --rois RoiSet.zip) --out CROPS.tif");
		s.println("            [--table CROPS.csv --size auto --channels all --mask none --align none --scale none]");
		s.println("            [--conditions SOURCE_CONDITION.csv]");
		s.println("       color_cells --labels LABELS.tif --table T.csv --column C --out COLORED.tif [--crops CROPS.csv]");
		s.println("       embed --model M.vae.zip --input STACK --out COORDS.csv [--axes pca|umap|dims:I,J]");
		s.println("       (explorer needs a display: Plugins > VAE Explorer > Latent Explorer...)");
	}
}
