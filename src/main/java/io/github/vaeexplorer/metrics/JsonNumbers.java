package io.github.vaeexplorer.metrics;

import com.google.gson.JsonNull;
import com.google.gson.JsonObject;

import java.util.Locale;

/** How the metrics' JSON writes numbers: six significant digits, and {@code null} for NaN or infinity. */
public final class JsonNumbers {

	private JsonNumbers() {}

	public static void add(JsonObject o, String key, double value) {
		if (Double.isFinite(value)) o.addProperty(key, round(value));
		else o.add(key, JsonNull.INSTANCE);
	}

	/** Six significant digits: the estimators are not more precise than that. */
	public static double round(double v) {
		if (v == 0 || !Double.isFinite(v)) return v;
		return Double.parseDouble(String.format(Locale.ROOT, "%.6g", v));
	}
}
