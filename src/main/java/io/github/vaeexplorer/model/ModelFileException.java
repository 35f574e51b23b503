package io.github.vaeexplorer.model;

import java.nio.file.Path;

/**
 * A model file that cannot be read or written, with a one-line message naming the file and the problem.
 *
 * @author VAE Explorer developers
 */
public final class ModelFileException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	public ModelFileException(Path file, String problem) {
		super(file.getFileName() + ": " + problem);
	}

	/** An exception whose message already names the file. */
	public ModelFileException(String message, Throwable cause) {
		super(message, cause);
	}

	public ModelFileException(Path file, String problem, Throwable cause) {
		super(file.getFileName() + ": " + problem, cause);
	}
}
