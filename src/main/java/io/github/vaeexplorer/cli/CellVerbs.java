package io.github.vaeexplorer.cli;

import io.github.vaeexplorer.command.ArgumentBinder;
import io.github.vaeexplorer.command.CommandCatalog;
import io.github.vaeexplorer.command.CommandContexts;
import io.github.vaeexplorer.data.OutputFiles;

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
 * The verbs {@code crop} ({@code --input IMAGE-or-FOLDER --out crops.tif [--table crops.csv]}) and
 * {@code color_cells} ({@code --labels LABELS.tif --table T.csv --column C --out colored.tif}): unlike the other
 * verbs, a folder given to {@code crop} is one input (all its fields make one crop stack), and neither computes with
 * ND4J.
 *
 * @author VAE Explorer developers
 */
final class CellVerbs {

	private final PrintStream out;

	CellVerbs(PrintStream out) {
		this.out = out;
	}

	/** Whether this class runs a verb. */
	static boolean runs(String verb) {
		return verb.equals("crop") || verb.equals("color_cells");
	}

	int run(String verb, CliOptions options) throws IOException {
		CommandCatalog.Entry entry = CommandCatalog.byVerb(verb).orElseThrow(IllegalStateException::new);
		boolean crop = verb.equals("crop");
		String input = crop ? options.require("input", "the field image, or a folder of images with label images")
			: null;
		if (!crop && options.rest().get("labels") == null) throw new IllegalArgumentException("--labels is required " +
			"(the label image to color)");
		Path output = Paths.get(options.require("out", crop ? "the crop stack to write, a TIFF" :
			"the colored label image to write, a TIFF"));
		if (input != null && Files.isRegularFile(Paths.get(input)) && Files.exists(output) && Files.isSameFile(Paths
			.get(input), output)) throw new IllegalArgumentException("--out " + output + " is the --input image: the " +
				"source is never replaced; choose another file");
		try (Context context = CommandContexts.create()) {
			CommandInfo info = context.service(CommandService.class).getCommand(entry.command());
			Map<String, Object> inputs = new ArgumentBinder(info, entry.menuName()).bind(options.rest());
			OutputFiles.requireWritableTiff(output);
			if (input != null) {
				if (Files.isDirectory(Paths.get(input))) inputs.put("input", input);
				else inputs.put(Main.imageKey(info, verb), Main.openImage(input));
			}
			Main.runOnce(context, entry, inputs, output, "", out);
		}
		return 0;
	}
}
