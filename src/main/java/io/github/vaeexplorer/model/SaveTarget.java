package io.github.vaeexplorer.model;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * What a model path held when training began (nothing, or a file of a given size and time), so that saving can
 * tell whether another process wrote it meanwhile, e.g. a second training given the same model path.
 *
 * @author VAE Explorer developers
 */
public final class SaveTarget {

	private final Path file;
	private final String state;

	private SaveTarget(Path file, String state) {
		this.file = file;
		this.state = state;
	}

	/** The current state of {@code file}. */
	static SaveTarget of(Path file) {
		return new SaveTarget(file, stateOf(file));
	}

	/** Whether the file is no longer as it was when this was taken. */
	boolean changed() {
		return !state.equals(stateOf(file));
	}

	private static String stateOf(Path file) {
		try {
			if (!Files.exists(file)) return "absent";
			BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class);
			// The file key (device and inode) changes when a finished model is renamed over the path.
			return a.fileKey() + "/" + a.size() + "/" + a.lastModifiedTime();
		}
		catch (IOException | UnsupportedOperationException e) {
			return "unknown";
		}
	}
}
