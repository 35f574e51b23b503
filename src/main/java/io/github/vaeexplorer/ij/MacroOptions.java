package io.github.vaeexplorer.ij;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Reads the keys of an ImageJ macro options string ({@code key=value key2=[a value] flag}), so that a misspelt key
 * is reported instead of silently ignored as ImageJ 1.x would.
 *
 * @author VAE Explorer developers
 */
final class MacroOptions {

	private MacroOptions() {}

	/** The keys in an options string, in order. */
	static Set<String> keys(String options) {
		Set<String> keys = new LinkedHashSet<>();
		if (options == null) return keys;
		int i = 0, n = options.length();
		while (i < n) {
			while (i < n && Character.isWhitespace(options.charAt(i))) i++;
			int start = i;
			while (i < n && options.charAt(i) != '=' && !Character.isWhitespace(options.charAt(i))) i++;
			if (i > start) keys.add(options.substring(start, i));
			if (i < n && options.charAt(i) == '=') {
				i++;
				if (i < n && options.charAt(i) == '[') {
					int close = options.indexOf(']', i);
					i = close < 0 ? n : close + 1;
				}
				else {
					while (i < n && !Character.isWhitespace(options.charAt(i))) i++;
				}
			}
		}
		return keys;
	}
}
