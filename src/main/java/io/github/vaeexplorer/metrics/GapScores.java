package io.github.vaeexplorer.metrics;

/**
 * How well the decoder covers the data between and around the encodings (see {@link GapMetrics}): every distance is
 * the root-mean-square pixel difference on the normalised [0,1] scale, and every ratio is a distance divided by the
 * typical nearest-neighbour distance inside the training set, so a ratio at or below 1 means "as close to a
 * training image as training images are to each other". Immutable.
 *
 * @author VAE Explorer developers
 */
public final class GapScores {

	private final int referenceImages;
	private final double typicalDistance;
	private final double reconstructionRatio;
	private final double priorPrecision;
	private final double priorRecall;
	private final double priorRatio;
	private final double midpointPrecision;
	private final double midpointRatio;
	private final double smoothness;
	private final double smoothnessP90;
	private final int steps;

	GapScores(int referenceImages, double typicalDistance, double reconstructionRatio, double priorPrecision,
		double priorRecall, double priorRatio, double midpointPrecision, double midpointRatio, double smoothness,
		double smoothnessP90, int steps)
	{
		this.referenceImages = referenceImages;
		this.typicalDistance = typicalDistance;
		this.reconstructionRatio = reconstructionRatio;
		this.priorPrecision = priorPrecision;
		this.priorRecall = priorRecall;
		this.priorRatio = priorRatio;
		this.midpointPrecision = midpointPrecision;
		this.midpointRatio = midpointRatio;
		this.smoothness = smoothness;
		this.smoothnessP90 = smoothnessP90;
		this.steps = steps;
	}

	/** Training images in the nearest-neighbour reference. */
	public int referenceImages() { return referenceImages; }

	/** Median distance from a reference image to its nearest other reference image. */
	public double typicalDistance() { return typicalDistance; }

	/** Median distance from a reference image's reconstruction (decoded mean) to the image, as a ratio: the floor. */
	public double reconstructionRatio() { return reconstructionRatio; }

	/** Fraction of decoded prior samples within the typical distance of some training image. */
	public double priorPrecision() { return priorPrecision; }

	/** Fraction of reference images with a decoded prior sample within the typical distance. */
	public double priorRecall() { return priorRecall; }

	/** Median ratio of a decoded prior sample's nearest-image distance. */
	public double priorRatio() { return priorRatio; }

	/** Fraction of decoded interpolation midpoints within the typical distance of some training image. */
	public double midpointPrecision() { return midpointPrecision; }

	/** Median ratio of a decoded midpoint's nearest-image distance: large means the path crosses a gap. */
	public double midpointRatio() { return midpointRatio; }

	/**
	 * Median over interpolations of the largest decoded change between consecutive steps divided by the distance
	 * between the decoded endpoints: 1/steps for an even change, 1 for a single jump.
	 */
	public double smoothness() { return smoothness; }

	/** The 90th percentile of the same ratio. */
	public double smoothnessP90() { return smoothnessP90; }

	/** Steps per interpolation. */
	public int steps() { return steps; }
}
