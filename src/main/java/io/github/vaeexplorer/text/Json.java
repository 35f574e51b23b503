package io.github.vaeexplorer.text;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;

/**
 * The plugin's one JSON writer: indented, and NaN or infinity written as {@code NaN}/{@code Infinity} rather than
 * refused, so that a diverged value never turns a model file, a report or a benchmark into an exception. (The metrics
 * write {@code null} for such values themselves before they reach it.)
 *
 * @author VAE Explorer developers
 */
public final class Json {

	/** Thread-safe and immutable, like every {@link Gson}. */
	public static final Gson PRETTY = new GsonBuilder().setPrettyPrinting().serializeSpecialFloatingPointValues()
		.create();

	private Json() {}
}
