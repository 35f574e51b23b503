package io.github.vaeexplorer.data;

import ij.CompositeImage;
import ij.IJ;
import ij.ImagePlus;
import ij.ImageStack;
import ij.measure.Calibration;
import ij.process.FloatProcessor;
import java.util.List;

/**
 * Turns decoded network output back into an ImageJ image in the source's intensity scale and shape.
 * <p>
 * Each sample ({@code channels x size x size} values in [0,1], layout [c][y][x]) is resampled back to the
 * source width x height (dropping the padding) and de-normalised, giving one 32-bit plane per channel.
 * One channel gives a plain stack; several give a {@link CompositeImage} hyperstack with C channels and one
 * z slice per sample, in COMPOSITE mode. The display range of each channel is set to its normalisation
 * bounds so the output looks like the source. The image is never shown, so this works headless; it costs
 * {@code samples x channels x width x height} floats.
 */
public final class OutputImageFactory {

	/** Creates a factory; it holds no state, so one instance can be shared. */
	public OutputImageFactory() {
	}

	/**
	 * Builds the output image.
	 *
	 * @param title the image title
	 * @param normalisedSamples at least one sample, each {@code geometry.sampleLength()} values
	 * @param labels one slice label per sample (entries may be null), or null for no labels; each label is
	 *          set on every channel plane of its sample
	 * @param norm the normalisation of the source; must have {@code geometry.channels()} channels
	 * @param geometry the source geometry the samples were made with
	 * @param calibrationOrNull the source calibration, copied onto the output, or null for none
	 * @return a 32-bit stack (one channel) or composite hyperstack (several channels), not shown
	 * @throws IllegalArgumentException if an argument is missing or the sizes do not match
	 */
	public ImagePlus create(String title, List<float[]> normalisedSamples, List<String> labels,
		Normalisation norm, SourceGeometry geometry, Calibration calibrationOrNull)
	{
		checkArguments(title, normalisedSamples, labels, norm, geometry);
		final int channels = geometry.channels();
		final int squareLength = geometry.size() * geometry.size();
		final ImageStack stack = new ImageStack(geometry.width(), geometry.height());
		for (int n = 0; n < normalisedSamples.size(); n++) {
			final float[] sample = normalisedSamples.get(n);
			final String label = labels == null ? null : labels.get(n);
			// ImageJ orders hyperstack planes channel fastest, so adding sample by sample, channel by channel
			// gives the (C, N, 1) layout directly.
			for (int c = 0; c < channels; c++) {
				final float[] plane = geometry.fromSquare(sample, c * squareLength);
				for (int i = 0; i < plane.length; i++) {
					plane[i] = (float) norm.denormalise(c, plane[i]);
				}
				stack.addSlice(label, new FloatProcessor(geometry.width(), geometry.height(), plane));
			}
		}
		ImagePlus imp = new ImagePlus(title, stack);
		if (channels > 1) {
			imp.setDimensions(channels, normalisedSamples.size(), 1);
			imp = new CompositeImage(imp, IJ.COMPOSITE);
		}
		if (calibrationOrNull != null) {
			imp.setCalibration(calibrationOrNull.copy());
		}
		setDisplayRanges(imp, norm, channels);
		return imp;
	}

	private static void setDisplayRanges(ImagePlus imp, Normalisation norm, int channels) {
		for (int c = 0; c < channels; c++) {
			if (!(norm.high(c) > norm.low(c))) {
				continue;
			}
			if (channels > 1) {
				imp.setPositionWithoutUpdate(c + 1, 1, 1);
			}
			imp.setDisplayRange(norm.low(c), norm.high(c));
		}
		if (channels > 1) {
			imp.setPositionWithoutUpdate(1, 1, 1);
		}
	}

	private static void checkArguments(String title, List<float[]> samples, List<String> labels,
		Normalisation norm, SourceGeometry geometry)
	{
		if (title == null || samples == null || norm == null || geometry == null) {
			throw new IllegalArgumentException("title, samples, normalisation and geometry must not be null");
		}
		if (samples.isEmpty()) {
			throw new IllegalArgumentException("cannot create image '" + title + "' from zero samples");
		}
		if (labels != null && labels.size() != samples.size()) {
			throw new IllegalArgumentException("expected one label per sample (" + samples.size() + "), got " +
				labels.size());
		}
		if (norm.channels() != geometry.channels()) {
			throw new IllegalArgumentException("the normalisation has " + norm.channels() +
				" channels but the geometry has " + geometry.channels());
		}
		for (int n = 0; n < samples.size(); n++) {
			final float[] sample = samples.get(n);
			if (sample == null || sample.length != geometry.sampleLength()) {
				throw new IllegalArgumentException("sample " + n + " has " + (sample == null ? "no" : sample.length) +
					" values, but " + geometry.sampleLength() + " are expected");
			}
		}
	}
}
