package io.github.vaeexplorer.metrics;

import io.github.vaeexplorer.table.FactorTable;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Posterior means read from a CSV table with columns {@code mu_0, mu_1, ...} (other columns, such as {@code slice} or
 * {@code logvar_d}, are ignored): the table {@code encode} writes, or the encodings of another implementation such as
 * the PyTorch peer, so that its codes are scored by exactly the same estimators as ours.
 *
 * @author VAE Explorer developers
 */
public final class LatentCodes {

	private LatentCodes() {}

	/** The {@code mu_d} columns of a CSV file, {@code [row][d]}. */
	public static float[][] readMeans(Path file) throws IOException {
		try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
			return readMeans(in, file.toString());
		}
	}

	/** The {@code mu_d} columns of a CSV text, {@code [row][d]}; {@code source} names it in messages. */
	public static float[][] readMeans(Reader in, String source) throws IOException {
		FactorTable table = FactorTable.read(in, source);
		List<double[]> columns = new ArrayList<>();
		for (int d = 0; table.columnNames().contains("mu_" + d); d++) columns.add(table.column("mu_" + d));
		if (columns.isEmpty()) throw new IllegalArgumentException(source + ": no column mu_0; latent codes need " +
			"columns mu_0, mu_1, ... (as written by encode)");
		for (String name : table.columnNames()) {
			if (name.startsWith("mu_") && !name.substring(3).matches("\\d+")) continue;
			if (name.startsWith("mu_") && Integer.parseInt(name.substring(3)) >= columns.size()) {
				throw new IllegalArgumentException(source + ": column " + name + " but no mu_" + columns.size() +
					"; the mu_d columns must be numbered 0, 1, 2, ... without gaps");
			}
		}
		float[][] mu = new float[table.rowCount()][columns.size()];
		for (int i = 0; i < mu.length; i++) {
			for (int d = 0; d < columns.size(); d++) mu[i][d] = (float) columns.get(d)[i];
		}
		return mu;
	}
}
