package io.github.vaeexplorer.data;

import ij.ImagePlus;
import ij.io.FileInfo;
import ij.io.Opener;
import ij.plugin.FileInfoVirtualStack;

import java.nio.file.Path;
import java.util.Locale;

/**
 * Opens an image file without reading its pixels where the format allows it: an uncompressed TIFF becomes an
 * ImageJ virtual stack ({@link FileInfoVirtualStack}) that reads one plane from disk each time a plane is asked for,
 * so a multi-GB stack costs only its header; every other file (compressed TIFF, PNG, JPEG) is read whole by
 * {@link ImageFiles#open}.
 *
 * @author VAE Explorer developers
 */
public final class LazyImages {

	private LazyImages() {
	}

	/**
	 * Opens one image file, lazily where possible (see the class description). Never shows a dialog.
	 *
	 * @return the image (titled with the file name), or the reason it could not be read
	 */
	public static ImageFiles.Opened open(Path file) {
		final String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
		if ((name.endsWith(".tif") || name.endsWith(".tiff")) && readableUncompressed(file)) {
			final ImagePlus imp = FileInfoVirtualStack.openVirtual(file.toString());
			if (imp != null && imp.getStackSize() > 0) {
				imp.setTitle(file.getFileName().toString());
				return ImageFiles.Opened.of(imp);
			}
		}
		return ImageFiles.open(file);
	}

	/** Whether the TIFF's planes are stored uncompressed, the case ImageJ's virtual stack reads plane by plane. */
	private static boolean readableUncompressed(Path file) {
		try {
			final FileInfo[] info = Opener.getTiffFileInfo(file.toString());
			if (info == null || info.length == 0) return false;
			for (FileInfo fi : info) {
				if (fi.compression != FileInfo.COMPRESSION_NONE || fi.width < 1 || fi.height < 1) return false;
			}
			return true;
		}
		catch (RuntimeException e) {
			return false;
		}
	}
}
