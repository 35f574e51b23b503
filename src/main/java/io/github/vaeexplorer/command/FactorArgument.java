package io.github.vaeexplorer.command;

import io.github.vaeexplorer.table.FactorTable;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

/**
 * The {@code factors} key as commands receive it: the path of a CSV factor table (one row a slice, one column a
 * factor), or blank for none.
 *
 * @author VAE Explorer developers
 */
final class FactorArgument {

	private FactorArgument() {}

	/**
	 * Reads the table.
	 *
	 * @return the table, or null when {@code factors} is blank
	 * @throws IllegalArgumentException naming the key when the file is missing or not a table
	 */
	static FactorTable read(String factors) {
		if (factors == null || factors.trim().isEmpty()) return null;
		Path file = Paths.get(factors.trim());
		if (!Files.isRegularFile(file)) throw new IllegalArgumentException("factors " + file + " does not exist");
		try {
			return FactorTable.read(file);
		}
		catch (IOException e) {
			throw new UncheckedIOException("factors " + file + " cannot be read: " + e.getMessage(), e);
		}
		catch (IllegalArgumentException e) {
			throw new IllegalArgumentException("factors is not a factor table: " + e.getMessage(), e);
		}
	}
}
