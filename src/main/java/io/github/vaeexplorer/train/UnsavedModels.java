package io.github.vaeexplorer.train;

import io.github.vaeexplorer.model.ModelFile;
import io.github.vaeexplorer.model.ModelFileException;
import io.github.vaeexplorer.model.SaveTarget;
import io.github.vaeexplorer.model.VaeModel;

import java.nio.file.Path;
import java.nio.file.Paths;

/**
 * Saves a freshly trained model, and never lets a failed save (a full disk, a file written meanwhile by another
 * training) throw the training away: the model then goes to the temporary folder and the error says where.
 *
 * @author VAE Explorer developers
 */
final class UnsavedModels {

	/** The system property naming the folder a model goes to when it cannot be saved where asked. */
	static final String RESCUE_FOLDER = "java.io.tmpdir";

	private UnsavedModels() {}

	/** @throws ModelFileException when the model could not be saved to {@code output}, saying where it went */
	static void save(VaeModel model, Path output, SaveTarget before) {
		try {
			ModelFile.save(model, output, before);
		}
		catch (ModelFileException e) {
			Path rescue = Paths.get(System.getProperty(RESCUE_FOLDER)).resolve("vae-explorer-unsaved-" + System
				.currentTimeMillis() + ".vae.zip");
			try {
				ModelFile.save(model, rescue);
			}
			catch (ModelFileException again) {
				throw new ModelFileException(e.getMessage() + "; the trained model could not be kept either (" + again
					.getMessage() + ")", e);
			}
			throw new ModelFileException(e.getMessage() + "; the trained model was saved to " + rescue +
				" instead", e);
		}
	}
}
