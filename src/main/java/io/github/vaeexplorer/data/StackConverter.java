package io.github.vaeexplorer.data;

import ij.ImagePlus;
import net.imglib2.Cursor;
import net.imglib2.type.numeric.RealType;
import net.imglib2.view.Views;

/**
 * Turns an ImageJ image into normalised, square training samples.
 * <p>
 * Every (z,t) plane is one sample, t outer and z inner (for a plain stack, sample i is slice i+1); ImageJ
 * channels become network channels, and an RGB image gives 3 channels (r,g,b). 8-bit, 16-bit, 32-bit and
 * RGB images are supported; 16-bit values are used raw (ImageJ's calibration function is ignored). Each
 * value is normalised to [0,1] with a {@link Normalisation}, NaN/±Inf pixels are replaced by the background
 * (normalised 0, i.e. the channel's low bound), and each plane is then resampled into the square by a
 * {@link SourceGeometry}.
 * <p>
 * The pixels are read through ImgLib2 views on ImageJ's own arrays; the source image is never modified.
 * Converting costs one pass over the pixels for the statistics (see {@link PercentileEstimator}) and one
 * for the samples, and holds all samples as floats in memory. The converter has no state and may be
 * shared.
 */
public final class StackConverter {

	private final PercentileEstimator estimator = new PercentileEstimator();

	/** Creates a converter. */
	public StackConverter() {
	}

	// -- Whole images --

	/**
	 * Converts all planes, with a normalisation computed from the image itself (0.1 and 99.9 percentiles).
	 *
	 * @param imp an 8-, 16-, 32-bit or RGB image, stack or hyperstack; only read
	 * @param size side length of the square samples
	 * @return the samples and what is needed to map network output back
	 * @throws IllegalArgumentException if the image is null, empty or unsupported, or {@code size < 1}
	 */
	public ConversionResult convert(ImagePlus imp, int size) {
		final SourcePlanes planes = SourcePlanes.of(imp);
		checkSize(size);
		return convert(planes, size, estimator.estimate(planes), true);
	}

	/**
	 * Converts all planes with a stored normalisation, e.g. the one a model was trained with.
	 *
	 * @param imp an 8-, 16-, 32-bit or RGB image, stack or hyperstack; only read
	 * @param size side length of the square samples
	 * @param existing the normalisation to apply; must have one entry per network channel of the image
	 * @return the samples and what is needed to map network output back
	 * @throws IllegalArgumentException if the image is null, empty or unsupported, {@code size < 1}, or the
	 *           channel counts differ
	 */
	public ConversionResult convert(ImagePlus imp, int size, Normalisation existing) {
		final SourcePlanes planes = SourcePlanes.of(imp);
		checkSize(size);
		checkNormalisation(planes, existing);
		return convert(planes, size, existing, false);
	}

	// -- Single samples --

	/**
	 * Converts one sample, e.g. to use slice N as an anchor; costs one sample's worth of reading and
	 * resampling. NaN/±Inf pixels become the background, as in {@link #convert(ImagePlus, int)}.
	 *
	 * @param imp the image; only read
	 * @param sampleIndex the sample, 0-based, t outer and z inner (for a plain stack: slice - 1)
	 * @param size side length of the square sample
	 * @param normalisation the normalisation to apply; must match the image's channel count
	 * @return channels x size x size values in [0,1], layout [c][y][x]
	 * @throws IllegalArgumentException if the image is invalid, the index is out of range, {@code size < 1}, or
	 *           the channel counts differ
	 */
	public float[] convertPlane(ImagePlus imp, int sampleIndex, int size,
		Normalisation normalisation)
	{
		final SourcePlanes planes = SourcePlanes.of(imp);
		checkSize(size);
		checkNormalisation(planes, normalisation);
		final SourceGeometry geometry = geometryOf(planes, size);
		final float[] sample = new float[geometry.sampleLength()];
		convertSample(planes, sampleIndex, normalisation, geometry, new float[planes.width() * planes.height()], sample, 0);
		return sample;
	}

	/**
	 * The source values of one network channel of one sample, exactly as stored (no normalisation, no resampling,
	 * NaN kept): what an output in the source scale is compared with. Costs one plane's worth of reading.
	 *
	 * @param imp the image; only read
	 * @param sampleIndex the sample, 0-based, t outer and z inner (for a plain stack: slice - 1)
	 * @param channel the network channel, 0-based (r, g, b for an RGB image)
	 * @return width x height values, row-major
	 * @throws IllegalArgumentException if the image is invalid or the index is out of range
	 */
	public float[] sourcePlane(ImagePlus imp, int sampleIndex, int channel) {
		final SourcePlanes planes = SourcePlanes.of(imp);
		final float[] values = new float[planes.width() * planes.height()];
		final Cursor<? extends RealType<?>> cursor = Views.flatIterable(planes.channelView(sampleIndex, channel))
			.cursor();
		for (int i = 0; cursor.hasNext(); i++) {
			values[i] = cursor.next().getRealFloat();
		}
		return values;
	}

	/**
	 * Describes how the image would be converted, without reading any pixels.
	 *
	 * @param imp the image
	 * @param size side length of the square samples
	 * @return the geometry: source width, height, network channels and size
	 * @throws IllegalArgumentException if the image is null, empty or unsupported, or {@code size < 1}
	 */
	public SourceGeometry geometryOf(ImagePlus imp, int size) {
		final SourcePlanes planes = SourcePlanes.of(imp);
		checkSize(size);
		return geometryOf(planes, size);
	}

	/**
	 * @param imp the image
	 * @return the number of samples {@link #convert(ImagePlus, int)} would produce: z slices x time frames
	 * @throws IllegalArgumentException if the image is null, empty or unsupported
	 */
	public int sampleCount(ImagePlus imp) {
		return SourcePlanes.of(imp).sampleCount();
	}

	// -- Internals --

	/**
	 * Java heap the converted samples add to the image, per value, without reading any pixels: 0 for 8-bit planes read
	 * in place, 1 for RGB split into codes, 4 for floats (resampled, 16-bit or 32-bit sources).
	 *
	 * @param imp the image
	 * @param size side length of the square samples
	 */
	public int addedBytesPerValue(ImagePlus imp, int size) {
		final SourcePlanes planes = SourcePlanes.of(imp);
		checkSize(size);
		if (!keepsCodes(planes, geometryOf(planes, size))) return 4;
		return planes.bitDepth() == 8 ? 0 : 1;
	}

	/** 8-bit and RGB sources at their own size are kept as codes ({@link #convertCodes}). */
	private static boolean keepsCodes(SourcePlanes planes, SourceGeometry geometry) {
		return geometry.isIdentity() && (planes.bitDepth() == 8 || planes.bitDepth() == 24);
	}

	private static ConversionResult convert(SourcePlanes planes, int size, Normalisation norm,
		boolean statisticsFromImage)
	{
		final SourceGeometry geometry = geometryOf(planes, size);
		final int count = planes.sampleCount();
		if (keepsCodes(planes, geometry)) {
			return convertCodes(planes, norm, geometry, statisticsFromImage);
		}
		final FloatSampleSet samples = new FloatSampleSet(count, geometry.channels(), size);
		final float[] planeBuffer = new float[planes.width() * planes.height()];
		final float[] sampleBuffer = new float[geometry.sampleLength()];
		final String[] labels = new String[count];
		long nonFinite = 0;
		for (int s = 0; s < count; s++) {
			nonFinite += convertSample(planes, s, norm, geometry, planeBuffer, sampleBuffer, 0);
			samples.setSample(s, sampleBuffer, 0);
			labels[s] = planes.label(s);
		}
		return new ConversionResult(samples, norm, geometry, nonFinite, labels,
			nonFiniteWarning(planes.title(), nonFinite, statisticsFromImage));
	}

	/**
	 * 8-bit and RGB sources at their own size: keeps each pixel's code and normalises through a lookup table per
	 * batch ({@link LookupSampleSet}). 8-bit planes are read in place from the image (never written); RGB planes are
	 * split into one code plane per colour.
	 */
	private static ConversionResult convertCodes(SourcePlanes planes, Normalisation norm,
		SourceGeometry geometry, boolean statisticsFromImage)
	{
		final int count = planes.sampleCount(), channels = geometry.channels(), plane = geometry.size() * geometry
			.size();
		final float[][] tables = new float[channels][256];
		for (int c = 0; c < channels; c++) {
			for (int v = 0; v < 256; v++) tables[c][v] = norm.normalise(c, v);
		}
		final LookupSampleSet samples = new LookupSampleSet(count, channels, geometry.size(), tables);
		final byte[] codes = new byte[channels * plane];
		final String[] labels = new String[count];
		for (int s = 0; s < count; s++) {
			labels[s] = planes.label(s);
			if (planes.bitDepth() == 8) {
				// ImageJ's own plane arrays, read in place: the stack is not held twice.
				for (int c = 0; c < channels; c++) samples.sharePlane(s, c, planes.bytePlane(s, c));
				continue;
			}
			for (int c = 0; c < channels; c++) {
				final Cursor<? extends RealType<?>> cursor = Views.flatIterable(planes.channelView(s, c)).cursor();
				for (int i = c * plane; cursor.hasNext(); i++) codes[i] = (byte) (int) cursor.next().getRealDouble();
			}
			samples.setCodes(s, codes);
		}
		return new ConversionResult(samples, norm, geometry, 0, labels, nonFiniteWarning(planes.title(), 0,
			statisticsFromImage));
	}

	/** Normalises and resamples every channel of one sample into dst; returns the number of non-finite pixels. */
	static long convertSample(SourcePlanes planes, int sample, Normalisation norm,
		SourceGeometry geometry, float[] planeBuffer, float[] dst, int dstOffset)
	{
		final int squareLength = geometry.size() * geometry.size();
		long nonFinite = 0;
		for (int c = 0; c < geometry.channels(); c++) {
			final Cursor<? extends RealType<?>> cursor = Views.flatIterable(planes.channelView(sample, c)).cursor();
			for (int i = 0; cursor.hasNext(); i++) {
				final double v = cursor.next().getRealDouble();
				if (Double.isFinite(v)) {
					planeBuffer[i] = norm.normalise(c, v);
				}
				else {
					// Replaced before resampling, so a NaN cannot spread into its neighbours.
					planeBuffer[i] = 0f;
					nonFinite++;
				}
			}
			geometry.toSquare(planeBuffer, 0f, dst, dstOffset + c * squareLength);
		}
		return nonFinite;
	}

	private static SourceGeometry geometryOf(SourcePlanes planes, int size) {
		return new SourceGeometry(planes.width(), planes.height(), planes.networkChannels(), size);
	}

	private static String nonFiniteWarning(String title, long count, boolean statisticsFromImage) {
		if (count == 0) {
			return null;
		}
		final String pixels = count == 1 ? "1 NaN/Inf pixel was " : count + " NaN/Inf pixels were ";
		final String ignored = statisticsFromImage ? "ignored in the statistics and " : "";
		return title + ": " + pixels + ignored + "replaced by the background value.";
	}

	private static void checkSize(int size) {
		if (size < 1) {
			throw new IllegalArgumentException("the sample size must be at least 1 pixel, got " + size);
		}
	}

	private static void checkNormalisation(SourcePlanes planes, Normalisation norm) {
		if (norm == null) {
			throw new IllegalArgumentException("no normalisation was given (it is null)");
		}
		if (norm.channels() != planes.networkChannels()) {
			throw new IllegalArgumentException("the normalisation has " + norm.channels() + " channel" +
				(norm.channels() == 1 ? "" : "s") + " but image '" + planes.title() + "' has " + planes.networkChannels() +
				" channel" + (planes.networkChannels() == 1 ? "" : "s"));
		}
	}
}
