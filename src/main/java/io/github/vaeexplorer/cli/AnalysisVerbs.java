package io.github.vaeexplorer.cli;

import io.github.vaeexplorer.command.ArgumentBinder;
import io.github.vaeexplorer.command.CommandCatalog;
import io.github.vaeexplorer.command.CommandContexts;
import io.github.vaeexplorer.command.CommandRunner;
import io.github.vaeexplorer.data.OutputFiles;
import io.github.vaeexplorer.text.Json;

import ij.ImagePlus;
import ij.measure.ResultsTable;

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
 * The {@code cluster}, {@code outliers} and {@code shift} verbs: they run {@code Cluster Latents...},
 * {@code Outlier Scores...} and {@code Condition Shift...} on {@code --input STACK} and write
 * <ul>
 * <li>{@code cluster}: {@code --out clusters.csv} ({@code slice,cluster}), {@code --stack prototypes.tif} (optional);
 * JSON with {@code silhouette} and {@code sizes} on stdout;</li>
 * <li>{@code outliers}: {@code --out scores.csv}, {@code --stack top.tif} (optional); the summary on stdout;</li>
 * <li>{@code shift}: {@code --out shift.tif}; JSON with {@code effect_size} and {@code p_value} per dimension on
 * stdout.</li>
 * </ul>
 *
 * @author VAE Explorer developers
 */
final class AnalysisVerbs {

	private final PrintStream out;
	private final PrintStream err;

	AnalysisVerbs(PrintStream out, PrintStream err) {
		this.out = out;
		this.err = err;
	}

	int run(String verb, CliOptions options) throws IOException {
		String input = options.require("input", "the stack to analyse");
		boolean shift = verb.equals("shift");
		Path output = Paths.get(options.require("out", shift ? "the TIFF of the decoded path" : "the CSV table to write"));
		String stackOption = shift ? null : options.take("stack");
		Path stack = stackOption == null ? null : Paths.get(stackOption);
		for (Path p : stack == null ? new Path[] { output } : new Path[] { output, stack }) {
			if (sameFile(Paths.get(input), p)) throw new IllegalArgumentException(p + " is the --input image: the " +
				"source is never replaced; choose another file");
		}
		if (stack != null && sameFile(output, stack)) throw new IllegalArgumentException("--stack and --out name " +
			"the same file");
		CommandCatalog.Entry entry = CommandCatalog.byVerb(verb).orElseThrow(IllegalStateException::new);
		Map<String, Object> outputs;
		try (Context context = CommandContexts.create()) {
			CommandInfo info = context.service(CommandService.class).getCommand(entry.command());
			Map<String, Object> inputs = new ArgumentBinder(info, entry.menuName()).bind(options.rest());
			if (shift) OutputFiles.requireWritableTiff(output);
			else OutputFiles.requireWritableText(output, "a CSV table");
			if (stack != null) OutputFiles.requireWritableTiff(stack);
			inputs.put(Main.imageKey(info, verb), Main.openImage(input));
			outputs = new CommandRunner(context).run(entry.command(), inputs);
		}
		ImagePlus image = null;
		ResultsTable table = null;
		for (Object value : outputs.values()) {
			if (value instanceof ImagePlus && image == null) image = (ImagePlus) value;
			if (value instanceof ResultsTable && table == null) table = (ResultsTable) value;
		}
		if (shift) {
			OutputFiles.saveTiff(image, output);
		}
		else {
			OutputFiles.saveText(TableCsv.of(table), output);
			if (stack != null) OutputFiles.saveTiff(image, stack);
		}
		err.println("wrote " + output + (stack == null ? "" : " and " + stack));
		if (outputs.get("report") != null) {
			err.println(outputs.get("summary"));
			out.println(Json.PRETTY.toJson(outputs.get("report")));
		}
		else out.println(outputs.get("summary"));
		return 0;
	}

	private static boolean sameFile(Path a, Path b) throws IOException {
		if (Files.exists(a) && Files.exists(b)) return Files.isSameFile(a, b);
		return a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize());
	}
}
