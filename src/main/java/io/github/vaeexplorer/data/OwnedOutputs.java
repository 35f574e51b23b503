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
 * cannot destroy a source image. Our TIFFs carry a line naming the file in ImageJ's "Info" property (stored ahead of
 * the pixels), {@code written_by=VAE Explorer as sweep.tif}: an image derived from one of our outputs in ImageJ and
 * saved under another name keeps the line but no longer matches its own name, so it counts as the user's.
 *
 * @author VAE Explorer developers
 */
final class OwnedOutputs {

	/** The start of the line added to the "Info" property of every TIFF written by {@link OutputFiles}. */
	static final String MARK = "written_by=VAE Explorer as ";

	/** How much of a TIFF's start is searched for the mark (ImageJ's metadata precedes the pixels). */
	private static final int HEAD_BYTES = 1 << 20;

	private OwnedOutputs() {}

	/** Whether an existing TIFF carries our mark with its own name. */
	static boolean isOurs(Path tiff) throws IOException {
		byte[] head;
		try (InputStream in = Files.newInputStream(tiff)) {
			head = in.readNBytes(HEAD_BYTES);
		}
		String mark = MARK + tiff.getFileName() + "\n";
		return contains(head, mark.getBytes(StandardCharsets.UTF_8)) || contains(head, mark.getBytes(
			StandardCharsets.UTF_16BE)) || contains(head, mark.getBytes(StandardCharsets.UTF_16LE));
	}

	/**
	 * Puts the mark for {@code file} in an image's "Info" property (replacing the mark of the output it may have
	 * been derived from); returns the previous value, for {@link #restore}.
	 */
	static Object mark(ImagePlus image, Path file) {
		Object info = image.getProperty("Info");
		StringBuilder text = new StringBuilder();
		if (info instanceof String) {
			for (String line : ((String) info).split("\n", -1)) {
				if (!line.startsWith(MARK) && !line.isEmpty()) text.append(line).append('\n');
			}
		}
		image.setProperty("Info", text.append(MARK).append(file.getFileName()).append('\n').toString());
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
