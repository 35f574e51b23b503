package io.github.vaeexplorer.data;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Says when a write failed for want of space, for the APIs (ImageJ's {@code FileSaver}) that report a failure only
 * as {@code false}.
 *
 * @author VAE Explorer developers
 */
final class FreeSpace {

	/** Below this many free bytes a failed write is put down to a full disk. */
	private static final long NEARLY_FULL = 1 << 20;

	private FreeSpace() {}

	/** " (the disk is full: N bytes free)" when the file system of {@code file} is (nearly) full, else "". */
	static String reason(Path file) {
		try {
			long free = Files.getFileStore(file.toAbsolutePath().getParent()).getUsableSpace();
			return free < NEARLY_FULL ? " (no space left on the device: " + free + " bytes free)" : "";
		}
		catch (IOException | RuntimeException e) {
			return "";
		}
	}
}
