package io.github.vaeexplorer.data;

import ij.ImagePlus;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The rule for replacing an existing TIFF (docs/reference.md, "Output files"): a TIFF that VAE Explorer wrote is
 * replaced; any other TIFF only when the user asks for it ({@code --overwrite}), so that a mistyped {@code --out}
 * cannot destroy a source image. Our TIFFs carry a line in ImageJ's "Info" property, which ImageJ stores ahead of the
 * pixels.
 *
 * @author VAE Explorer developers
 */
final class OwnedOutputs {

	/** The line added to the "Info" property of every TIFF written by {@link OutputFiles}. */
	static final String MARK = "written_by=VAE Explorer";

	/** How much of a TIFF's start is searched for the mark (ImageJ's metadata precedes the pixels). */
	private static final int HEAD_BYTES = 1 << 20;

	private OwnedOutputs() {}

	/** Whether an existing TIFF carries our mark. */
	static boolean isOurs(Path tiff) throws IOException {
		byte[] head;
		try (InputStream in = Files.newInputStream(tiff)) {
			head = in.readNBytes(HEAD_BYTES);
		}
		return contains(head, MARK.getBytes(StandardCharsets.US_ASCII)) || contains(head, MARK.getBytes(
			StandardCharsets.UTF_16BE)) || contains(head, MARK.getBytes(StandardCharsets.UTF_16LE));
	}

	/** Adds the mark to an image's "Info" property; returns the previous value, for {@link #restore}. */
	static Object mark(ImagePlus image) {
		Object info = image.getProperty("Info");
		String text = info instanceof String ? (String) info : "";
		if (!text.contains(MARK)) image.setProperty("Info", text.isEmpty() || text.endsWith("\n") ? text + MARK
			: text + "\n" + MARK);
		return info;
	}

	/** Puts back what {@link #mark} replaced, so that saving leaves the caller's image as it was. */
	static void restore(ImagePlus image, Object previousInfo) {
		image.setProperty("Info", previousInfo);
	}

	private static boolean contains(byte[] hay, byte[] needle) {
		outer: for (int i = 0; i + needle.length <= hay.length; i++) {
			for (int j = 0; j < needle.length; j++) {
				if (hay[i + j] != needle[j]) continue outer;
			}
			return true;
		}
		return false;
	}
}
