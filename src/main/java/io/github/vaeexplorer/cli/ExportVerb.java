package io.github.vaeexplorer.cli;

import io.github.vaeexplorer.command.ArgumentBinder;
import io.github.vaeexplorer.command.CommandCatalog;
import io.github.vaeexplorer.command.CommandContexts;
import io.github.vaeexplorer.command.CommandRunner;

import java.io.PrintStream;
import java.util.Map;

import org.scijava.Context;
import org.scijava.command.CommandInfo;
import org.scijava.command.CommandService;

/**
 * The {@code export} verb: runs {@code Export Model...} with {@code --model}, {@code --out} (the package's
 * {@code .zip}, the command's own key rather than an image or table to write) and {@code --format}, and prints its
 * summary.
 *
 * @author VAE Explorer developers
 */
final class ExportVerb {

	private final PrintStream out;

	ExportVerb(PrintStream out) {
		this.out = out;
	}

	int run(CliOptions options) {
		if (options.rest().get("out") == null) throw new IllegalArgumentException(
			"--out is required (the .zip file to write, a bioimage.io package)");
		CommandCatalog.Entry entry = CommandCatalog.byVerb("export").orElseThrow(IllegalStateException::new);
		try (Context context = CommandContexts.create()) {
			CommandInfo info = context.service(CommandService.class).getCommand(entry.command());
			Map<String, Object> inputs = new ArgumentBinder(info, entry.menuName()).bind(options.rest());
			out.println(new CommandRunner(context).run(entry.command(), inputs).get("summary"));
		}
		return 0;
	}
}
