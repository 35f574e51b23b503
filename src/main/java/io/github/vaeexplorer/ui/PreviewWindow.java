package io.github.vaeexplorer.ui;

import io.github.vaeexplorer.latent.LiveDecoder;

import ij.CompositeImage;
import ij.ImagePlus;
import ij.gui.ImageCanvas;
import ij.gui.ImageWindow;
import ij.gui.StackWindow;

import java.awt.Graphics;

/**
 * The live preview: one ordinary ImageJ image window whose pixels each rendered frame replaces (so it can be
 * measured, saved or duplicated like any image), zoomed up when the images are small. It reports when a frame has
 * been painted, which is what the latency benchmark measures. Swing thread only.
 *
 * @author VAE Explorer developers
 */
final class PreviewWindow {

	/** Hears that a frame is on screen. */
	interface PaintListener {

		void painted(LiveDecoder.Frame frame, long paintedAt);
	}

	/** Previews smaller than this (pixels, longer side) open zoomed in. */
	private static final int MIN_SIDE = 256;

	private ImagePlus image;
	private LiveDecoder.Frame shown, unpainted;
	private PaintListener paintListener;

	/** Shows a frame: opens the window the first time (and again if the user closed it). */
	void show(LiveDecoder.Frame frame) {
		ImagePlus f = frame.image();
		if (image == null || image.getWindow() == null || image.getWindow().isClosed()) open(f);
		else replace(f);
		shown = frame;
		unpainted = frame;
	}

	/** The image the window shows, or null before the first frame. */
	ImagePlus image() {
		return image;
	}

	/** The frame on show, or null. */
	LiveDecoder.Frame shown() {
		return shown;
	}

	void setPaintListener(PaintListener listener) {
		paintListener = listener;
	}

	/** Whether the preview is one of ours (the image choosers leave previews out). */
	static boolean isPreview(ImagePlus imp) {
		return imp != null && imp.getCanvas() instanceof PreviewCanvas;
	}

	private void open(ImagePlus f) {
		image = f;
		PreviewCanvas canvas = new PreviewCanvas(image);
		// The window constructors show the window.
		if (image.getStackSize() > 1) new StackWindow(image, canvas);
		else new ImageWindow(image, canvas);
		int side = Math.max(image.getWidth(), image.getHeight());
		while (side * canvas.getMagnification() < MIN_SIDE && canvas.getMagnification() < 32) {
			canvas.zoomIn(canvas.getWidth() / 2, canvas.getHeight() / 2);
		}
	}

	private void replace(ImagePlus f) {
		image.setStack(f.getStack());
		int channels = f.getNChannels();
		for (int c = 1; c <= channels; c++) {
			double low, high;
			if (f instanceof CompositeImage) {
				low = ((CompositeImage) f).getChannelLut(c).min;
				high = ((CompositeImage) f).getChannelLut(c).max;
			}
			else {
				low = f.getDisplayRangeMin();
				high = f.getDisplayRangeMax();
			}
			if (image instanceof CompositeImage) image.setPositionWithoutUpdate(c, 1, 1);
			image.setDisplayRange(low, high);
		}
		if (image instanceof CompositeImage) image.setPositionWithoutUpdate(1, 1, 1);
		if (!image.getTitle().equals(f.getTitle())) image.setTitle(f.getTitle());
		image.updateAndDraw();
	}

	/** ImageJ's canvas, telling when it has drawn a new frame. */
	private final class PreviewCanvas extends ImageCanvas {

		private static final long serialVersionUID = 1L;

		PreviewCanvas(ImagePlus imp) {
			super(imp);
		}

		@Override
		public void paint(Graphics g) {
			super.paint(g);
			LiveDecoder.Frame frame = unpainted;
			if (frame != null && frame.image() != null) {
				unpainted = null;
				if (paintListener != null) paintListener.painted(frame, System.nanoTime());
			}
		}
	}
}
