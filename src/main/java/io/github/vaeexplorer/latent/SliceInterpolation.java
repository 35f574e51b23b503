package io.github.vaeexplorer.latent;

import io.github.vaeexplorer.data.FloatSampleSet;
import io.github.vaeexplorer.data.OutputImageFactory;
import io.github.vaeexplorer.data.SourceGeometry;
import io.github.vaeexplorer.data.StackConverter;
import io.github.vaeexplorer.model.VaeModel;

import ij.ImagePlus;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The decoded path between the encodings (posterior means) of two slices of an image: how smoothly the latent space
 * turns one into the other. Its first and last frames are the reconstructions of the two slices.
 *
 * @author VAE Explorer developers
 */
public final class SliceInterpolation {

	private final int first;
	private final int last;
	private final LatentPath path;

	/**
	 * @param first the 1-based slice (sample) the path starts at
	 * @param last the 1-based slice it ends at
	 * @throws IllegalArgumentException if a slice is below 1, or for bad steps
	 */
	public SliceInterpolation(int first, int last, LatentPath path) {
		if (first < 1) throw new IllegalArgumentException("first must be a slice number from 1 (got " + first + ")");
		if (last < 1) throw new IllegalArgumentException("last must be a slice number from 1 (got " + last + ")");
		this.first = first;
		this.last = last;
		this.path = path;
	}

	/**
	 * Encodes the two slices of {@code source} and decodes the path between them into a 32-bit stack in the source
	 * scale, width, height and calibration, titled {@code Interpolation FIRST-LAST of NAME}; the source is only read.
	 *
	 * @throws IllegalArgumentException naming {@code first} or {@code last} if it is beyond the image
	 */
	public ImagePlus render(VaeModel model, ImagePlus source) {
		if (source == null) throw new IllegalArgumentException("there is no image whose slices to interpolate: open " +
			"a stack first (or give --input)");
		StackConverter converter = new StackConverter();
		int count = converter.sampleCount(source);
		if (first > count) throw new IllegalArgumentException("first is " + first + " but " + source.getTitle() +
			" has " + count + " slice(s)");
		if (last > count) throw new IllegalArgumentException("last is " + last + " but " + source.getTitle() + " has " +
			count + " slice(s)");
		int size = model.config().size(), channels = model.config().channels();
		float[] a = converter.convertPlane(source, first - 1, size, model.normalisation());
		float[] b = converter.convertPlane(source, last - 1, size, model.normalisation());
		FloatSampleSet ends = new FloatSampleSet(2, channels, size);
		ends.setSample(0, a, 0);
		ends.setSample(1, b, 0);
		float[][] mu = model.encode(ends)[0];
		float[][] decoded = model.decode(path.codes(mu[0], mu[1]));
		List<String> labels = new ArrayList<>();
		for (int i = 0; i < path.steps(); i++) {
			String end = i == 0 ? " (slice " + first + ")" : i == path.steps() - 1 ? " (slice " + last + ")" : "";
			labels.add(String.format(Locale.ROOT, "%s t=%.3f%s", path.kind().key(), path.t(i), end));
		}
		SourceGeometry geometry = converter.geometryOf(source, size);
		ImagePlus result = new OutputImageFactory().create("Interpolation " + first + "-" + last + " of " + source
			.getTitle(), Arrays.asList(decoded), labels, model.normalisation(), geometry, source.getCalibration());
		result.setProperty("Info", path.kind().key() + " path of " + path.steps() + " steps from the encoding of slice " +
			first + " to that of slice " + last);
		return result;
	}
}
