package io.github.vaeexplorer.data;

import ij.ImagePlus;
import ij.ImageStack;
import net.imglib2.RandomAccessibleInterval;
import net.imglib2.converter.Converters;
import net.imglib2.img.array.ArrayImgs;
import net.imglib2.type.numeric.RealType;

/**
 * Read-only view of an {@link ImagePlus} as training samples: one sample per (z,t) plane, t outer and
 * z inner, with ImageJ channels (or the r,g,b components of an RGB image) as network channels.
 * <p>
 * Planes are wrapped with ImgLib2 around ImageJ's own pixel arrays, never copied and never written.
 * Creating one costs nothing beyond validation; every {@link #channelView} call fetches the plane
 * from the stack, which for a virtual stack means reading it from disk.
 */
final class SourcePlanes {

	private static final int RGB_COMPONENTS = 3;

	private final ImagePlus imp;
	private final ImageStack stack;
	private final int width;
	private final int height;
	private final int bitDepth;
	private final int slices;
	private final int sampleCount;
	private final int networkChannels;

	private SourcePlanes(ImagePlus imp) {
		this.imp = imp;
		this.stack = imp.getStack();
		this.width = imp.getWidth();
		this.height = imp.getHeight();
		this.bitDepth = imp.getBitDepth();
		this.slices = imp.getNSlices();
		this.sampleCount = imp.getNSlices() * imp.getNFrames();
		this.networkChannels = bitDepth == 24 ? RGB_COMPONENTS : imp.getNChannels();
	}

	/**
	 * Validates the image and wraps it.
	 *
	 * @throws IllegalArgumentException with a one-sentence message if the image is null, empty, of an
	 *           unsupported type, or an RGB hyperstack with more than one ImageJ channel
	 */
	static SourcePlanes of(ImagePlus imp) {
		if (imp == null) {
			throw new IllegalArgumentException("no image was given (the image is null)");
		}
		final String title = imp.getTitle();
		if (imp.getWidth() < 1 || imp.getHeight() < 1) {
			throw new IllegalArgumentException("image '" + title + "' is " + imp.getWidth() + "x" + imp.getHeight() +
				" pixels, but width and height must be at least 1");
		}
		final ImageStack stack = imp.getStack();
		if (stack == null || stack.getSize() == 0 || imp.getNSlices() * imp.getNFrames() * imp.getNChannels() == 0) {
			throw new IllegalArgumentException("image '" + title + "' has no planes");
		}
		final int bitDepth = imp.getBitDepth();
		if (bitDepth != 8 && bitDepth != 16 && bitDepth != 24 && bitDepth != 32) {
			throw new IllegalArgumentException("image '" + title + "' has bit depth " + bitDepth +
				", but only 8-bit, 16-bit, 32-bit and RGB images are supported");
		}
		if (bitDepth == 24 && imp.getNChannels() > 1) {
			throw new IllegalArgumentException("image '" + title + "' is an RGB hyperstack with " + imp.getNChannels() +
				" ImageJ channels, which is not supported; convert it to a single RGB stack or split the channels first");
		}
		return new SourcePlanes(imp);
	}

	// -- Geometry --

	String title() {
		return imp.getTitle();
	}

	int width() {
		return width;
	}

	int height() {
		return height;
	}

	int bitDepth() {
		return bitDepth;
	}

	/** Network channels: ImageJ channels, or 3 for RGB. */
	int networkChannels() {
		return networkChannels;
	}

	/** One sample per (z,t) plane. */
	int sampleCount() {
		return sampleCount;
	}

	long pixelsPerPlane() {
		return (long) width * height;
	}

	/**
	 * Number of histogram bins that hold every possible value exactly (256 for 8-bit and RGB, 65536 for
	 * 16-bit), or 0 for 32-bit images, whose values cannot be binned exactly.
	 */
	int exactHistogramBins() {
		switch (bitDepth) {
			case 8:
			case 24:
				return 256;
			case 16:
				return 65536;
			default:
				return 0;
		}
	}

	// -- Planes --

	/**
	 * 1-based ImageJ stack index of the plane holding ImageJ channel {@code imagejChannel} (0-based) of a sample.
	 */
	int stackIndex(int sample, int imagejChannel) {
		checkSample(sample);
		final int z = sample % slices;
		final int t = sample / slices;
		return imp.getStackIndex(imagejChannel + 1, z + 1, t + 1);
	}

	/** The ImageJ slice label of the sample's first-channel plane, or null. */
	String label(int sample) {
		return stack.getSliceLabel(stackIndex(sample, 0));
	}

	/**
	 * ImageJ's own pixel array of one channel of a sample of an 8-bit image (row-major, width × height): the image's
	 * memory, to be read only.
	 */
	byte[] bytePlane(int sample, int networkChannel) {
		if (bitDepth != 8) throw new IllegalStateException("image '" + title() + "' is not 8-bit");
		return (byte[]) stack.getPixels(stackIndex(sample, networkChannel));
	}

	/**
	 * A read-only ImgLib2 view (width x height, row-major flat iteration) of one network channel of one
	 * sample, backed by ImageJ's pixel array.
	 */
	RandomAccessibleInterval<? extends RealType<?>> channelView(int sample, int networkChannel) {
		if (networkChannel < 0 || networkChannel >= networkChannels) {
			throw new IndexOutOfBoundsException("channel " + networkChannel + " is outside 0.." + (networkChannels - 1));
		}
		final boolean rgb = bitDepth == 24;
		final Object pixels = stack.getPixels(stackIndex(sample, rgb ? 0 : networkChannel));
		if (pixels instanceof byte[]) {
			return ArrayImgs.unsignedBytes((byte[]) pixels, width, height);
		}
		if (pixels instanceof short[]) {
			return ArrayImgs.unsignedShorts((short[]) pixels, width, height);
		}
		if (pixels instanceof float[]) {
			return ArrayImgs.floats((float[]) pixels, width, height);
		}
		if (pixels instanceof int[]) {
			// argbChannel counts alpha as component 0, so red, green and blue are 1, 2 and 3.
			return Converters.argbChannel(ArrayImgs.argbs((int[]) pixels, width, height), networkChannel + 1);
		}
		throw new IllegalArgumentException("image '" + title() + "' has a plane of unsupported pixel type " +
			(pixels == null ? "null" : pixels.getClass().getSimpleName()) + " at sample " + sample);
	}

	private void checkSample(int sample) {
		if (sample < 0 || sample >= sampleCount) {
			throw new IllegalArgumentException("sample " + sample + " does not exist in image '" + title() +
				"', which has samples 0.." + (sampleCount - 1));
		}
	}
}
