package io.github.vaeexplorer.export;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * Block-style YAML of nested maps, lists, strings, numbers and booleans: enough for an rdf.yaml. Every string is
 * double-quoted (so that no value is read as a number, a date or a boolean), numbers are written in plain decimal
 * notation (read as numbers by YAML 1.1 and 1.2 parsers alike).
 *
 * @author VAE Explorer developers
 */
final class YamlText {

	private final StringBuilder out = new StringBuilder();

	private YamlText() {}

	/** The YAML document of a map. */
	static String of(Map<String, ?> document) {
		YamlText y = new YamlText();
		y.map(document, 0, false);
		return y.out.toString();
	}

	private void map(Map<String, ?> map, int indent, boolean continueLine) {
		boolean first = true;
		for (Map.Entry<String, ?> e : map.entrySet()) {
			if (!(first && continueLine)) pad(indent);
			first = false;
			out.append(e.getKey()).append(':');
			value(e.getValue(), indent);
		}
	}

	/** A value after "key:": scalars on the same line, collections below. */
	private void value(Object v, int indent) {
		if (v instanceof Map && !((Map<?, ?>) v).isEmpty()) {
			out.append('\n');
			map(cast(v), indent + 2, false);
		}
		else if (v instanceof List && !((List<?>) v).isEmpty()) {
			out.append('\n');
			list((List<?>) v, indent + 2);
		}
		else {
			out.append(' ').append(scalar(v)).append('\n');
		}
	}

	private void list(List<?> list, int indent) {
		for (Object item : list) {
			pad(indent);
			out.append("- ");
			if (item instanceof Map && !((Map<?, ?>) item).isEmpty()) map(cast(item), indent + 2, true);
			else if (item instanceof List && !((List<?>) item).isEmpty()) {
				out.append('\n');
				list((List<?>) item, indent + 2);
			}
			else out.append(scalar(item)).append('\n');
		}
	}

	private static String scalar(Object v) {
		if (v == null) return "null";
		if (v instanceof Map) return "{}";
		if (v instanceof List) return "[]";
		if (v instanceof Boolean) return v.toString();
		if (v instanceof Integer || v instanceof Long) return v.toString();
		if (v instanceof Number) {
			double d = ((Number) v).doubleValue();
			if (!Double.isFinite(d)) throw new IllegalArgumentException("not a finite number: " + d);
			String plain = BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
			return plain.contains(".") ? plain : plain + ".0";
		}
		return quote(v.toString());
	}

	private static String quote(String s) {
		StringBuilder q = new StringBuilder("\"");
		for (char c : s.toCharArray()) {
			if (c == '"' || c == '\\') q.append('\\').append(c);
			else if (c == '\n') q.append("\\n");
			else if (c < 0x20) q.append(String.format("\\x%02x", (int) c));
			else q.append(c);
		}
		return q.append('"').toString();
	}

	private void pad(int indent) {
		for (int i = 0; i < indent; i++) out.append(' ');
	}

	@SuppressWarnings("unchecked")
	private static Map<String, ?> cast(Object map) {
		return (Map<String, ?>) map;
	}
}
