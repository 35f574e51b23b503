package io.github.vaeexplorer.data;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;

/**
 * One-line descriptions of I/O failures that always say why, not only where: Java's file exceptions often carry
 * nothing but a path as their message ({@code error: /path}), the reason hidden in the exception's type.
 *
 * @author VAE Explorer developers
 */
public final class IoErrors {

	private IoErrors() {}

	/** "PATH: REASON" for a file-system failure, the message (or the type) for any other. */
	public static String describe(IOException e) {
		if (e instanceof FileSystemException) {
			FileSystemException f = (FileSystemException) e;
			String file = f.getFile() == null ? "" : f.getFile() + (f.getOtherFile() == null ? "" : " -> " + f
				.getOtherFile());
			String reason = f.getReason() != null ? f.getReason() : reasonOf(f);
			return file.isEmpty() ? reason : file + ": " + reason;
		}
		String m = e.getMessage();
		return m == null || m.trim().isEmpty() ? e.getClass().getSimpleName() : m;
	}

	/** Why a file operation failed, without the path ("permission denied"). */
	public static String reason(IOException e) {
		if (e instanceof FileSystemException) {
			FileSystemException f = (FileSystemException) e;
			return f.getReason() != null ? f.getReason() : reasonOf(f);
		}
		return describe(e);
	}

	private static String reasonOf(FileSystemException e) {
		if (e instanceof AccessDeniedException) return "permission denied";
		if (e instanceof NoSuchFileException) return "no such file or folder";
		if (e instanceof FileAlreadyExistsException) return "already exists";
		if (e instanceof NotDirectoryException) return "not a folder";
		return e.getClass().getSimpleName();
	}
}
