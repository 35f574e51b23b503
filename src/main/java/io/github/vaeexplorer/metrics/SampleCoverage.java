package io.github.vaeexplorer.metrics;

import io.github.vaeexplorer.data.SampleSet;

/**
 * How well a stack of generated images (decoded prior samples, another program's samples) covers a stack of data
 * images: precision and recall in the sense of Kynkäänniemi et al. 2019 ("Improved precision and recall metric for
 * assessing generative models"). Each image of a set gets a radius, its distance to the k-th nearest other image of
 * the same set; <em>precision</em> is the fraction of generated images within the radius of some data image (how
 * many samples look like data), <em>recall</em> the fraction of data images within the radius of some generated
 * image (how much of the data the samples reach). Distances are those of {@link NearestNeighbours} (root-mean-square
 * difference) on whatever features the caller passes; {@link #FEATURE_SIZE} is the one the CLI uses. Immutable.
 * <p>
 * Cost: brute-force distances among the data, among the samples and between both, (n + m)² · D multiply-adds for n
 * data and m generated images of D values: 3,000 against 500 at 16×16 is 3·10⁹, about a second on two cores.
 *
 * @author VAE Explorer developers
 */
public final class SampleCoverage {

	/** The neighbour whose distance is each image's radius, as in Kynkäänniemi et al.'s experiments. */
	public static final int K = 5;

	/**
	 * Side of the square features the CLI compares: every slice converted like a training sample of this size (the
	 * data stack's normalisation, area averaging, aspect ratio kept by padding).
	 */
	public static final int FEATURE_SIZE = 16;

	private final int dataImages;
	private final int sampleImages;
	private final int k;
	private final double precision;
	private final double recall;

	private SampleCoverage(int dataImages, int sampleImages, int k, double precision, double recall) {
		this.dataImages = dataImages;
		this.sampleImages = sampleImages;
		this.k = k;
		this.precision = precision;
		this.recall = recall;
	}

	/**
	 * Scores generated images against data images, both already turned into features of one length.
	 *
	 * @param data the data's features, more than k of them
	 * @param samples the generated images' features, more than k of them
	 * @throws IllegalArgumentException if a set has k images or fewer, or the lengths differ
	 */
	public static SampleCoverage compute(float[][] data, float[][] samples, int k) {
		if (data.length <= k) throw new IllegalArgumentException("the data stack needs more than " + k +
			" slices (got " + data.length + ")");
		if (samples.length <= k) throw new IllegalArgumentException("the sample stack needs more than " + k +
			" slices (got " + samples.length + ")");
		if (data[0].length != samples[0].length) throw new IllegalArgumentException("the samples have " +
			samples[0].length + " values where the data have " + data[0].length);
		NearestNeighbours real = new NearestNeighbours(data), fake = new NearestNeighbours(samples);
		double precision = fraction(real.withinSomeRadius(samples, real.kthNearest(data, k, true)));
		double recall = fraction(fake.withinSomeRadius(data, fake.kthNearest(samples, k, true)));
		return new SampleCoverage(data.length, samples.length, k, precision, recall);
	}

	/** Like {@link #compute(float[][], float[][], int)} on two sample sets of one size and channel count. */
	public static SampleCoverage compute(SampleSet data, SampleSet samples, int k) {
		if (data.sampleLength() != samples.sampleLength()) throw new IllegalArgumentException("the samples have " +
			samples.channels() + " channel(s) where the data have " + data.channels());
		return compute(rows(data), rows(samples), k);
	}

	private static float[][] rows(SampleSet set) {
		float[][] rows = new float[set.count()][];
		for (int i = 0; i < rows.length; i++) rows[i] = set.sample(i);
		return rows;
	}

	private static double fraction(boolean[] inside) {
		int count = 0;
		for (boolean b : inside) if (b) count++;
		return (double) count / inside.length;
	}

	/** Data images compared with. */
	public int dataImages() { return dataImages; }

	/** Generated images scored. */
	public int sampleImages() { return sampleImages; }

	/** The neighbour that sets each radius. */
	public int k() { return k; }

	/** Fraction of generated images within the k-NN radius of some data image. */
	public double precision() { return precision; }

	/** Fraction of data images within the k-NN radius of some generated image. */
	public double recall() { return recall; }
}
