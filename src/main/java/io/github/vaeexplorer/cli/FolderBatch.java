package io.github.vaeexplorer.cli;

import io.github.vaeexplorer.command.CommandCatalog;
import io.github.vaeexplorer.data.ImageFiles;
import io.github.vaeexplorer.data.IoErrors;
import io.github.vaeexplorer.model.ModelFileException;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.scijava.Context;
import org.scijava.command.CommandService;

/**
 * A verb run over a folder ({@code --input DIR --out DIR}): once per image file of {@code DIR} (see
 * {@link ImageFiles}), with that file as the command's image, writing one output per input into the output folder
 * under the input's name ({@code cells.png} gives {@code cells.tif}, or {@code cells.csv} for {@code encode}; two
 * inputs with the same base name keep their extension, {@code cells.png.tif}). Works for every verb that takes an
 * image.
 * <p>
 * Files that cannot be read are skipped and named in one warning. A command that fails on the first file stops the
 * batch with that file's message (the options are the same for every file, so it would fail on all); a failure on a
 * later file is noted and the batch goes on, ending with exit code 1 and one line naming the files that failed.
 *
 * @author VAE Explorer developers
 */
final class FolderBatch {

	private static final int NAMED = 20;

	private final Context context;
	private final CommandCatalog.Entry entry;
	private final PrintStream out;
	private final PrintStream err;

	FolderBatch(Context context, CommandCatalog.Entry entry, PrintStream out, PrintStream err) {
		this.context = context;
		this.entry = entry;
		this.out = out;
		this.err = err;
	}

	private boolean overwrite;

	/** Lets the batch replace existing TIFFs that VAE Explorer did not write ({@code --overwrite}). */
	FolderBatch overwrite(boolean allowed) {
		overwrite = allowed;
		return this;
	}

	/** The extension of the file a verb writes per input: {@code .csv} for tables, {@code .tif} for images. */
	static String outputExtension(String verb) {
		return verb.equals("encode") ? ".csv" : ".tif";
	}

	/**
	 * Runs the command once per image file.
	 *
	 * @param options the command's other inputs, the same for every file
	 * @return the exit code
	 */
	int run(Map<String, Object> options, Path inputFolder, Path outputFolder) throws IOException {
		String imageKey = Main.imageKey(context.service(CommandService.class).getCommand(entry.command()), entry
			.verb());
		if (Files.exists(outputFolder) && !Files.isDirectory(outputFolder)) throw new IllegalArgumentException(
			"--out must be a folder when --input is a folder (" + outputFolder + " is a file)");
		if (Files.isDirectory(outputFolder) && Files.isSameFile(inputFolder, outputFolder)) {
			throw new IllegalArgumentException("--out must be another folder than --input, so that no input is " +
				"overwritten");
		}
		List<Path> files = ImageFiles.list(inputFolder);
		if (files.isEmpty()) throw new IllegalArgumentException("--input " + inputFolder +
			" holds no TIFF, PNG or JPEG file");
		Files.createDirectories(outputFolder);
		Map<Path, String> names = outputNames(files, outputExtension(entry.verb()));
		Map<String, String> skipped = new LinkedHashMap<>();
		Map<String, String> failed = new LinkedHashMap<>();
		int written = 0;
		for (Path file : files) {
			String name = file.getFileName().toString();
			ImageFiles.Opened opened = ImageFiles.open(file);
			if (opened.image() == null) {
				skipped.put(name, opened.problem());
				continue;
			}
			Map<String, Object> inputs = new HashMap<>(options);
			inputs.put(imageKey, opened.image());
			try {
				Main.runOnce(context, entry, inputs, outputFolder.resolve(names.get(file)), null, name + ": ", out,
					overwrite);
				written++;
			}
			catch (IllegalArgumentException | IllegalStateException | ModelFileException e) {
				if (written == 0 && failed.isEmpty()) throw e;
				failed.put(name, e.getMessage());
			}
			catch (IOException e) {
				if (written == 0 && failed.isEmpty()) throw e;
				failed.put(name, IoErrors.describe(e));
			}
		}
		out.println("wrote " + written + " of " + files.size() + " files to " + outputFolder);
		if (!skipped.isEmpty()) err.println("warning: skipped " + skipped.size() + " of " + files.size() +
			" files that cannot be read: " + describe(skipped));
		if (!failed.isEmpty()) {
			err.println("error: " + entry.verb() + " failed on " + failed.size() + " of " + files.size() + " files: " +
				describe(failed));
			return 1;
		}
		if (written == 0) {
			err.println("error: --input " + inputFolder + " holds no readable image");
			return 1;
		}
		return 0;
	}

	/** Output file names: the input's base name plus the extension, or the whole input name where two would clash. */
	static Map<Path, String> outputNames(List<Path> files, String extension) {
		Map<String, Integer> uses = new HashMap<>();
		for (Path f : files) uses.merge(ImageFiles.baseName(f.getFileName().toString()), 1, Integer::sum);
		Map<Path, String> names = new LinkedHashMap<>();
		for (Path f : files) {
			String name = f.getFileName().toString();
			String base = ImageFiles.baseName(name);
			names.put(f, (uses.get(base) > 1 ? name : base) + extension);
		}
		return names;
	}

	private static String describe(Map<String, String> problems) {
		StringBuilder sb = new StringBuilder();
		int n = 0;
		for (Map.Entry<String, String> e : problems.entrySet()) {
			if (n == NAMED) {
				sb.append(" and ").append(problems.size() - NAMED).append(" more");
				break;
			}
			sb.append(n++ == 0 ? "" : "; ").append(e.getKey()).append(" (").append(e.getValue()).append(')');
		}
		return sb.toString();
	}
}
