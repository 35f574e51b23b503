package io.github.vaeexplorer.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The {@code --key value} pairs after a verb. Keys are the snake_case macro keys of docs/reference.md.
 *
 * @author VAE Explorer developers
 */
final class CliOptions {

	private final Map<String, String> values = new LinkedHashMap<>();

	/**
	 * Parses arguments.
	 *
	 * @param flags keys that may stand alone (then their value is {@code true})
	 * @throws IllegalArgumentException for a value without a key, a key without a value, or a repeated key
	 */
	static CliOptions parse(String[] args, int from, Set<String> flags) {
		CliOptions o = new CliOptions();
		for (int i = from; i < args.length; i++) {
			String a = args[i];
			if (!a.startsWith("--") || a.length() < 3) throw new IllegalArgumentException("expected --key value, got '" +
				a + "'");
			String key = a.substring(2);
			String value;
			if (flags.contains(key) && (i + 1 >= args.length || args[i + 1].startsWith("--"))) value = "true";
			else if (i + 1 >= args.length) throw new IllegalArgumentException("--" + key + " needs a value");
			else value = args[++i];
			if (o.values.put(key, value) != null) throw new IllegalArgumentException("--" + key + " is given twice");
		}
		return o;
	}

	/** Removes and returns a key's value, or null. */
	String take(String key) {
		return values.remove(key);
	}

	/** Removes and returns a key's value. */
	String require(String key, String what) {
		String v = values.remove(key);
		if (v == null || v.trim().isEmpty()) throw new IllegalArgumentException("--" + key + " is required (" + what + ")");
		return v;
	}

	/** The keys not taken yet, to hand to a command. */
	Map<String, String> rest() {
		return values;
	}
}
