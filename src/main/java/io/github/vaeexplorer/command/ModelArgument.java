package io.github.vaeexplorer.command;

import java.nio.file.Path;
import java.nio.file.Paths;

/**
 * The {@code model} key as commands receive it: a path that must be given.
 *
 * @author VAE Explorer developers
 */
final class ModelArgument {

	private ModelArgument() {}

	static Path path(String model) {
		if (model == null || model.trim().isEmpty()) throw new IllegalArgumentException(
			"model must name a trained model file (*.vae.zip); train one with Train VAE... first");
		return Paths.get(model.trim());
	}

	/** The model's file name without {@code .vae.zip}, for titles. */
	static String displayName(Path file) {
		String name = file.getFileName().toString();
		return name.endsWith(".vae.zip") ? name.substring(0, name.length() - 8) : name;
	}
}
