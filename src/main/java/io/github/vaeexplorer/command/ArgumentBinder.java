package io.github.vaeexplorer.command;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.scijava.command.CommandInfo;
import org.scijava.module.ModuleItem;

/**
 * Turns text key/value pairs (from an ImageJ macro's options or the command line) into a command's typed inputs,
 * with a one-sentence message naming the key for every unknown key, non-numeric number or invalid choice.
 *
 * @author VAE Explorer developers
 */
public final class ArgumentBinder {

	private final CommandInfo info;
	private final String commandName;

	public ArgumentBinder(CommandInfo info, String commandName) {
		this.info = info;
		this.commandName = commandName;
	}

	/** Names of the inputs a user may set as text (not images or listeners). */
	public List<String> textKeys() {
		List<String> keys = new ArrayList<>();
		for (ModuleItem<?> item : info.inputs()) {
			if (isTextual(item.getType())) keys.add(item.getName());
		}
		return keys;
	}

	/**
	 * Converts the given values.
	 *
	 * @throws IllegalArgumentException naming the first bad key
	 */
	public Map<String, Object> bind(Map<String, String> values) {
		Map<String, Object> inputs = new LinkedHashMap<>();
		for (Map.Entry<String, String> e : values.entrySet()) {
			ModuleItem<?> item = info.getInput(e.getKey());
			if (item == null || !isTextual(item.getType())) {
				throw new IllegalArgumentException("unknown key '" + e.getKey() + "' for " + commandName +
					"; valid keys: " + String.join(", ", textKeys()));
			}
			inputs.put(e.getKey(), convert(item, e.getValue()));
		}
		return inputs;
	}

	private static boolean isTextual(Class<?> type) {
		return type == String.class || type == int.class || type == Integer.class || type == long.class ||
			type == Long.class || type == double.class || type == Double.class || type == boolean.class ||
			type == Boolean.class;
	}

	private static Object convert(ModuleItem<?> item, String text) {
		String key = item.getName();
		String value = text == null ? "" : text.trim();
		Class<?> type = item.getType();
		try {
			if (type == int.class || type == Integer.class) return Integer.parseInt(value);
			if (type == long.class || type == Long.class) return Long.parseLong(value);
			if (type == double.class || type == Double.class) {
				double d = Double.parseDouble(value);
				if (Double.isNaN(d)) throw new NumberFormatException();
				return d;
			}
		}
		catch (NumberFormatException e) {
			String kind = type == double.class || type == Double.class ? "a number" : "a whole number";
			throw new IllegalArgumentException(key + " must be " + kind + " (got '" + text + "')");
		}
		if (type == boolean.class || type == Boolean.class) {
			if (value.equalsIgnoreCase("true") || value.equalsIgnoreCase("false")) return Boolean.parseBoolean(value);
			throw new IllegalArgumentException(key + " must be true or false (got '" + text + "')");
		}
		List<?> choices = item.getChoices();
		if (choices != null && !choices.isEmpty()) {
			for (Object c : choices) {
				if (c.toString().equalsIgnoreCase(value)) return c.toString();
			}
			List<String> names = new ArrayList<>();
			for (Object c : choices) names.add(c.toString());
			throw new IllegalArgumentException(key + " must be one of " + String.join(", ", names) + " (got '" + text +
				"')");
		}
		return value;
	}
}
