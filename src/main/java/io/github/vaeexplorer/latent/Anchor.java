package io.github.vaeexplorer.latent;

import io.github.vaeexplorer.data.FloatSampleSet;
import io.github.vaeexplorer.data.StackConverter;
import io.github.vaeexplorer.model.VaeModel;

import ij.ImagePlus;

import java.util.Locale;

/**
 * The latent code that a sweep holds fixed in every dimension but the swept one: {@code zero} (the prior's mean),
 * {@code mean} (the mean encoding of the training stack), or {@code slice:N} (the encoding of sample N, 1-based, of
 * an image).
 *
 * @author VAE Explorer developers
 */
public final class Anchor {

	/** The kinds of anchor. */
	public enum Kind { ZERO, MEAN, SLICE }

	private final Kind kind;
	private final int slice;

	private Anchor(Kind kind, int slice) {
		this.kind = kind;
		this.slice = slice;
	}

	public static Anchor zero() {
		return new Anchor(Kind.ZERO, 0);
	}

	/**
	 * Parses {@code zero}, {@code mean} or {@code slice:N}.
	 *
	 * @throws IllegalArgumentException naming the bad value
	 */
	public static Anchor parse(String text) {
		String t = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
		if (t.equals("zero")) return zero();
		if (t.equals("mean")) return new Anchor(Kind.MEAN, 0);
		if (t.startsWith("slice:")) {
			try {
				int n = Integer.parseInt(t.substring(6).trim());
				if (n >= 1) return new Anchor(Kind.SLICE, n);
			}
			catch (NumberFormatException e) {
				// reported below
			}
		}
		throw new IllegalArgumentException("anchor must be zero, mean or slice:N with N >= 1 (got '" + text + "')");
	}

	public Kind kind() { return kind; }

	/** The 1-based sample for {@link Kind#SLICE}. */
	public int slice() { return slice; }

	/** Whether resolving needs a source image. */
	public boolean needsImage() {
		return kind == Kind.SLICE;
	}

	/**
	 * The anchor's latent code under a model.
	 *
	 * @param source the image whose sample {@code N} is encoded (only for {@code slice:N})
	 * @throws IllegalArgumentException if the slice is out of range or no image is given
	 */
	public float[] resolve(VaeModel model, ImagePlus source) {
		int k = model.latent();
		switch (kind) {
			case MEAN: {
				double[] mean = model.statistics().muMean();
				float[] code = new float[k];
				for (int d = 0; d < k; d++) code[d] = (float) mean[d];
				return code;
			}
			case SLICE: {
				if (source == null) throw new IllegalArgumentException("anchor=slice:" + slice + " needs an image " +
					"(open one, or give --input)");
				StackConverter converter = new StackConverter();
				int count = converter.sampleCount(source);
				if (slice > count) throw new IllegalArgumentException("anchor=slice:" + slice + " but " + source
					.getTitle() + " has " + count + " sample(s)");
				float[] x = converter.convertPlane(source, slice - 1, model.config().size(), model.normalisation());
				return model.encode(FloatSampleSet.wrap(x, model.config().channels(), model.config().size()))[0][0];
			}
			default:
				return new float[k];
		}
	}

	@Override
	public String toString() {
		return kind == Kind.SLICE ? "slice:" + slice : kind.name().toLowerCase(Locale.ROOT);
	}
}
