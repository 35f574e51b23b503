package io.github.vaeexplorer.command;

import java.util.Map;
import java.util.stream.Collectors;

import org.scijava.command.Command;

/**
 * ImageJ macro lines that repeat what a window did, in the words ImageJ's Macro Recorder uses: {@code run} with the
 * command's menu name from {@link CommandCatalog} and its keys, and {@code selectImage}. Each line ends in a newline.
 *
 * @author VAE Explorer developers
 */
public final class MacroLines {

	private MacroLines() {}

	/**
	 * {@code run("Menu Name...", "key=value key=[a path] ...");}, keys in the given order; values with spaces or
	 * brackets' worth of text (paths) go in brackets as the Recorder writes them.
	 */
	public static String run(Class<? extends Command> command, Map<String, String> keys) {
		String name = CommandCatalog.byCommand(command).orElseThrow(() -> new IllegalArgumentException(command
			.getName() + " has no menu entry")).menuName();
		String options = keys.entrySet().stream().map(e -> e.getKey() + "=" + (needsBrackets(e.getKey(), e
			.getValue()) ? "[" + e.getValue() + "]" : e.getValue())).collect(Collectors.joining(" "));
		return "run(\"" + name + "\", \"" + escape(options) + "\");\n";
	}

	/** {@code selectImage("title");}. */
	public static String selectImage(String title) {
		return "selectImage(\"" + escape(title) + "\");\n";
	}

	private static boolean needsBrackets(String key, String value) {
		return key.equals("model") || value.contains(" ");
	}

	private static String escape(String text) {
		return text.replace("\\", "\\\\").replace("\"", "\\\"");
	}
}
