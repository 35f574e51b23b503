package io.github.vaeexplorer.command;

import io.github.vaeexplorer.model.VaeModel;

import java.nio.file.Path;

import org.scijava.service.SciJavaService;

/**
 * Loads trained models for the commands, and keeps the last few loaded so that a series of commands on one model
 * (a sweep, a grid, an encoding...) reads its file once. A model file that changed on disk is read again.
 *
 * @author VAE Explorer developers
 */
public interface ModelService extends SciJavaService {

	/**
	 * The model in a {@code *.vae.zip} file.
	 *
	 * @throws io.github.vaeexplorer.model.ModelFileException naming the file and what is wrong with it
	 */
	VaeModel load(Path file);

	/** Forgets every kept model (their native memory is freed when nothing else holds them). */
	void clear();
}
