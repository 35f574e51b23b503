package io.github.vaeexplorer.data;

import ij.ImagePlus;
import ij.io.FileInfo;
import ij.io.FileOpener;
import ij.io.Opener;
import ij.plugin.FileInfoVirtualStack;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Properties;

/**
 * Opens an image file without reading its pixels where the format allows it: an uncompressed TIFF becomes an
 * ImageJ virtual stack that reads one plane from disk each time a plane is asked for, a {@link ContiguousTiffStack}
 * where the planes lie one after another (as ImageJ saves stacks: a multi-GB stack costs only its header), else
 * ImageJ's {@link FileInfoVirtualStack} (one directory a plane); every other file (compressed TIFF, PNG, JPEG) is
 * read whole by {@link ImageFiles#open}.
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
		final FileInfo[] info = name.endsWith(".tif") || name.endsWith(".tiff") ? uncompressedTiffInfo(file) : null;
		if (info != null && ContiguousTiffStack.fits(info, file.toFile().length())) {
			return ImageFiles.Opened.of(contiguous(file, info[0]));
		}
		if (info != null) {
			final ImagePlus imp = FileInfoVirtualStack.openVirtual(file.toString());
			if (imp != null && imp.getStackSize() > 0) {
				imp.setTitle(file.getFileName().toString());
				return ImageFiles.Opened.of(imp);
			}
		}
		return ImageFiles.open(file);
	}

	/** A contiguous stack with the channels, slices and frames its ImageJ description gives. */
	private static ImagePlus contiguous(Path file, FileInfo info) {
		final Properties described = new FileOpener(info).decodeDescriptionString(info);
		final ImagePlus imp = new ImagePlus(file.getFileName().toString(), new ContiguousTiffStack(info));
		if (described != null) {
			final int c = count(described, "channels"), z = count(described, "slices"), t = count(described, "frames");
			if (c * z * t == imp.getStackSize()) imp.setDimensions(c, z, t);
		}
		return imp;
	}

	private static int count(Properties described, String key) {
		try {
			return Math.max(1, Integer.parseInt(described.getProperty(key, "1").trim()));
		}
		catch (NumberFormatException e) {
			return 1;
		}
	}

	/**
	 * The TIFF's image directories when its planes are stored uncompressed (the case read plane by plane), else
	 * null.
	 */
	private static FileInfo[] uncompressedTiffInfo(Path file) {
		try {
			final FileInfo[] info = Opener.getTiffFileInfo(file.toString());
			if (info == null || info.length == 0) return null;
			for (FileInfo fi : info) {
				if (fi.compression != FileInfo.COMPRESSION_NONE || fi.width < 1 || fi.height < 1) return null;
			}
			return info;
		}
		catch (RuntimeException e) {
			return null;
		}
	}
}
