package io.github.vaeexplorer.cells.ij;

import io.github.vaeexplorer.cells.LabelImage;

import ij.gui.Roi;
import ij.io.RoiDecoder;
import ij.process.ImageProcessor;

import java.awt.Rectangle;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * ROIs (from the ROI Manager or a {@code RoiSet.zip}) as a label image: the i-th ROI (1-based) paints label i where
 * its mask covers the image; where ROIs overlap, the later one wins. Each label keeps its ROI's name.
 *
 * @author VAE Explorer developers
 */
public final class RoiLabels {

	private final LabelImage labels;
	private final String[] names;

	private RoiLabels(LabelImage labels, String[] names) {
		this.labels = labels;
		this.names = names;
	}

	/** Paints ROIs onto a {@code width}×{@code height} label image. */
	public static RoiLabels of(Roi[] rois, int width, int height) {
		int[] ids = new int[width * height];
		String[] names = new String[rois.length + 1];
		for (int r = 0; r < rois.length; r++) {
			Roi roi = rois[r];
			names[r + 1] = roi.getName() == null ? "" : roi.getName();
			Rectangle b = roi.getBounds();
			ImageProcessor mask = roi.getMask();
			for (int y = Math.max(0, b.y); y < Math.min(height, b.y + b.height); y++) {
				for (int x = Math.max(0, b.x); x < Math.min(width, b.x + b.width); x++) {
					if (mask == null || mask.get(x - b.x, y - b.y) != 0) ids[y * width + x] = r + 1;
				}
			}
		}
		return new RoiLabels(new LabelImage(width, height, ids), names);
	}

	public LabelImage labels() { return labels; }

	/** The name of the ROI that painted a label, or "". */
	public String name(int label) {
		return label > 0 && label < names.length ? names[label] : "";
	}

	/**
	 * The ROIs of a {@code RoiSet.zip} (as the ROI Manager saves them), in the zip's order.
	 *
	 * @throws IllegalArgumentException naming the file when it holds no ROI or an entry is no ROI
	 */
	public static Roi[] read(Path zip) throws IOException {
		if (!Files.isRegularFile(zip)) throw new IllegalArgumentException("rois " + zip + " does not exist");
		List<Roi> rois = new ArrayList<>();
		try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
			for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
				if (e.isDirectory() || !e.getName().endsWith(".roi")) continue;
				String name = e.getName().substring(e.getName().lastIndexOf('/') + 1);
				Roi roi = new RoiDecoder(bytes(in), name).getRoi();
				if (roi == null) throw new IllegalArgumentException(zip.getFileName() + ": " + name + " is not an ROI");
				rois.add(roi);
			}
		}
		catch (java.util.zip.ZipException e) {
			throw new IllegalArgumentException(zip.getFileName() + " is not a RoiSet.zip (" + e.getMessage() + ")");
		}
		if (rois.isEmpty()) throw new IllegalArgumentException(zip.getFileName() + " holds no ROI (*.roi entries)");
		return rois.toArray(new Roi[0]);
	}

	private static byte[] bytes(InputStream in) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		in.transferTo(out);
		return out.toByteArray();
	}
}
