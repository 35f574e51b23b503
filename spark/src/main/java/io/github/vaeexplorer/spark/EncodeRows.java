package io.github.vaeexplorer.spark;

import io.github.vaeexplorer.data.ImageFiles;
import io.github.vaeexplorer.latent.LatentEncoding;
import io.github.vaeexplorer.model.VaeModel;
import io.github.vaeexplorer.text.Numbers;

import ij.ImagePlus;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * What {@code encode} writes for one image file, as CSV lines: {@code source} (the file's name), then the plugin's
 * {@code encode} columns ({@code slice, mu_0.., logvar_0..}) with the same values, one line a slice. Plain Java, so
 * that it runs the same on the driver, on an executor, and in a test.
 *
 * @author VAE Explorer developers
 */
public final class EncodeRows {

	private EncodeRows() {
	}

	/** The CSV header for a model: {@code source} and the plugin's encode headings. */
	public static String header(VaeModel model, ImagePlus any) {
		return "source," + String.join(",", LatentEncoding.of(model, any).headings());
	}

	/**
	 * Encodes every slice of one image file.
	 *
	 * @throws IllegalArgumentException if the file is not a readable image
	 */
	public static List<String> of(VaeModel model, Path file) {
		ImageFiles.Opened opened = ImageFiles.open(file);
		if (opened.image() == null) throw new IllegalArgumentException(file + ": " + opened.problem());
		LatentEncoding encoding = LatentEncoding.of(model, opened.image());
		List<String> lines = new ArrayList<>(encoding.count());
		String source = csvText(file.getFileName().toString());
		for (int i = 0; i < encoding.count(); i++) {
			StringBuilder line = new StringBuilder(source);
			for (double v : encoding.row(i)) line.append(',').append(format(v));
			lines.add(line.toString());
		}
		return lines;
	}

	/** A number as the plugin's CSV writes it: whole numbers without a point, floats at float precision. */
	static String format(double v) {
		if (Numbers.isWhole(v)) return Numbers.format(v);
		if ((double) (float) v == v) return Float.toString((float) v);
		return Double.toString(v);
	}

	private static String csvText(String s) {
		return s.contains(",") || s.contains("\"") ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
	}
}
