package io.github.vaeexplorer.data;

import ij.VirtualStack;
import ij.io.FileInfo;
import ij.io.FileOpener;
import ij.process.ImageProcessor;

/**
 * A virtual stack over an uncompressed TIFF whose planes lie one after another on disk, the layout ImageJ writes
 * stacks in (one image directory whose description says {@code images=N}). It keeps that one directory and computes
 * each plane's offset, where ImageJ's {@link ij.plugin.FileInfoVirtualStack} keeps a {@link FileInfo} (about 230
 * bytes of heap) for every plane: a stack of 65,536 planes cost 15 MB of heap that way, ten million planes would
 * cost 2 GB, and here they cost the header.
 *
 * @author VAE Explorer developers
 */
final class ContiguousTiffStack extends VirtualStack {

	private final FileInfo layout;
	private final int planes;
	private final long stride;

	/**
	 * @param info the TIFF's one image directory; {@link #fits} must hold
	 */
	ContiguousTiffStack(FileInfo info) {
		super(info.width, info.height, null, info.directory);
		this.layout = (FileInfo) info.clone();
		this.planes = info.nImages;
		this.stride = planeBytes(info) + info.getGap();
		setBitDepth(info.getBytesPerPixel() == 3 ? 24 : 8 * Math.min(4, info.getBytesPerPixel()));
	}

	/**
	 * Whether a TIFF's directories describe contiguous planes this stack reads: one directory of several planes, a
	 * pixel type ImageJ reads plane by plane, and a file long enough to hold them all.
	 */
	static boolean fits(FileInfo[] info, long fileBytes) {
		if (info == null || info.length != 1 || info[0].nImages < 2) return false;
		FileInfo fi = info[0];
		switch (fi.fileType) {
			case FileInfo.GRAY8:
			case FileInfo.GRAY16_SIGNED:
			case FileInfo.GRAY16_UNSIGNED:
			case FileInfo.GRAY32_INT:
			case FileInfo.GRAY32_UNSIGNED:
			case FileInfo.GRAY32_FLOAT:
			case FileInfo.RGB:
				break;
			default:
				return false;
		}
		long end = fi.getOffset() + (fi.nImages - 1L) * (planeBytes(fi) + fi.getGap()) + planeBytes(fi);
		return fi.compression == FileInfo.COMPRESSION_NONE && fi.width > 0 && fi.height > 0 && end <= fileBytes;
	}

	private static long planeBytes(FileInfo fi) {
		return (long) fi.width * fi.height * fi.getBytesPerPixel();
	}

	@Override
	public ImageProcessor getProcessor(int n) {
		if (n < 1 || n > planes) throw new IllegalArgumentException("plane " + n + " is outside 1-" + planes);
		FileInfo plane = (FileInfo) layout.clone();
		plane.nImages = 1;
		plane.longOffset = layout.getOffset() + (n - 1L) * stride;
		ImageProcessor ip = new FileOpener(plane).openProcessor();
		if (ip == null) throw new IllegalStateException("plane " + n + " of " + layout.fileName + " could not be read");
		return ip;
	}

	@Override
	public int getSize() {
		return planes;
	}

	@Override
	public int size() {
		return planes;
	}

	@Override
	public String getSliceLabel(int n) {
		return null;
	}

	@Override
	public String getFileName(int n) {
		return layout.fileName;
	}

	@Override
	public void deleteSlice(int n) {
		throw new UnsupportedOperationException("the planes of " + layout.fileName + " are read from disk");
	}
}
