package io.github.vaeexplorer.metrics;

import static io.github.vaeexplorer.metrics.SampleStatistics.median;
import static io.github.vaeexplorer.metrics.SampleStatistics.quantile;

import io.github.vaeexplorer.data.SampleSet;
import io.github.vaeexplorer.model.VaeModel;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Where the latent space has holes, measured in pixels (the seed's claim that the KL term "limits the space between
 * feature encodings to minimize the gaps in interpolation", in numbers). All images are the normalised [0,1]
 * samples the model sees; decoded images are the Bernoulli means.
 * <ul>
 * <li><b>Typical distance</b> τ: the median, over a reference set of training images (all, or a seeded subset of
 * {@link MetricsSettings#reference()}), of the distance to the nearest other reference image.</li>
 * <li><b>Prior samples</b>: z ~ N(0, I), decoded; <em>precision</em> is the fraction within τ of a reference image,
 * <em>recall</em> the fraction of reference images with a prior sample within τ (Kynkäänniemi et al. 2019's
 * precision and recall, with one global radius).</li>
 * <li><b>Interpolation gaps</b>: random pairs of slices, the midpoint of their encodings (posterior means) decoded
 * and scored like a prior sample.</li>
 * <li><b>Smoothness</b>: the same pairs' paths decoded at {@code steps + 1} points; per path, the largest change
 * between consecutive images over the change between its ends.</li>
 * <li><b>Reconstruction ratio</b>: the distance between a reference image and its decoded mean, over τ; decoded
 * images cannot be much closer to the data than this, so read the other ratios against it.</li>
 * </ul>
 * Cost: decoding priorSamples + pairs·(steps + 2) + reference codes, and brute-force nearest neighbours of
 * (reference + priorSamples + pairs) queries against the reference (see {@link NearestNeighbours}): with the
 * defaults, about 7·10⁹ multiply-adds at 32×32 and 4 times that at 64×64, seconds on two cores.
 *
 * @author VAE Explorer developers
 */
public final class GapMetrics {

	private static final long PRIOR_SALT = 0x9E3779B97F4A7C15L, PAIR_SALT = 0x632BE59BD9B4E019L,
		REFERENCE_SALT = 0x2545F4914F6CDD1DL;

	private GapMetrics() {}

	/**
	 * Scores a model on its training samples.
	 *
	 * @param mu the posterior means of every sample, {@code [n][latent]}
	 */
	public static GapScores compute(VaeModel model, SampleSet samples, float[][] mu, MetricsSettings settings) {
		int n = samples.count(), k = model.latent();
		if (n < 2) throw new IllegalArgumentException("gap metrics need at least 2 slices (got " + n + ")");
		int[] refIndex = referenceIndices(n, settings.reference(), settings.seed() ^ REFERENCE_SALT);
		float[][] reference = new float[refIndex.length][];
		float[][] refCodes = new float[refIndex.length][];
		for (int i = 0; i < refIndex.length; i++) {
			reference[i] = samples.sample(refIndex[i]);
			refCodes[i] = mu[refIndex[i]];
		}
		NearestNeighbours nn = new NearestNeighbours(reference);
		double tau = median(nn.minima(reference, true)[0]);
		if (!(tau > 0)) tau = Double.MIN_NORMAL; // duplicate images: any decoded difference counts as a gap

		float[][] reconstructions = model.decode(refCodes);
		double[] reconRatio = new double[reference.length];
		for (int i = 0; i < reference.length; i++) reconRatio[i] = NearestNeighbours.distance(reconstructions[i],
			reference[i]) / tau;

		SplittableRandom priorRandom = new SplittableRandom(settings.seed() ^ PRIOR_SALT);
		float[][] priorCodes = new float[settings.priorSamples()][k];
		for (float[] z : priorCodes) for (int d = 0; d < k; d++) z[d] = (float) gaussian(priorRandom);
		double[][] prior = nn.minima(model.decode(priorCodes), false);

		SplittableRandom pairRandom = new SplittableRandom(settings.seed() ^ PAIR_SALT);
		int steps = settings.steps();
		List<float[]> pathCodes = new ArrayList<>();
		float[][] midCodes = new float[settings.pairs()][k];
		for (int p = 0; p < settings.pairs(); p++) {
			int a = pairRandom.nextInt(n), b = pairRandom.nextInt(n - 1);
			if (b >= a) b++;
			for (int t = 0; t <= steps; t++) {
				float[] z = new float[k];
				for (int d = 0; d < k; d++) z[d] = (float) (mu[a][d] + (mu[b][d] - mu[a][d]) * t / (double) steps);
				pathCodes.add(z);
			}
			for (int d = 0; d < k; d++) midCodes[p][d] = (float) (0.5 * (mu[a][d] + mu[b][d]));
		}
		double[] midRatio = nn.minima(model.decode(midCodes), false)[0];
		float[][] paths = model.decode(pathCodes.toArray(new float[0][]));
		List<Double> jumps = new ArrayList<>();
		for (int p = 0; p < settings.pairs(); p++) {
			int first = p * (steps + 1);
			double ends = NearestNeighbours.distance(paths[first], paths[first + steps]), largest = 0;
			if (!(ends > 1e-6)) continue; // both ends decode alike: no direction to be smooth along
			for (int t = 0; t < steps; t++) largest = Math.max(largest, NearestNeighbours.distance(paths[first + t],
				paths[first + t + 1]));
			jumps.add(largest / ends);
		}
		double[] jumpRatios = jumps.stream().mapToDouble(Double::doubleValue).toArray();
		double[] priorRatio = divide(prior[0], tau);
		for (int i = 0; i < midRatio.length; i++) midRatio[i] /= tau;
		return new GapScores(reference.length, tau, median(reconRatio), fractionAtMost(priorRatio, 1), fractionAtMost(
			divide(prior[1], tau), 1), median(priorRatio), fractionAtMost(midRatio, 1), median(midRatio), median(
				jumpRatios), quantile(jumpRatios, 0.9), steps);
	}

	/** All indices when n ≤ max, else a seeded sample of max distinct indices, sorted. */
	static int[] referenceIndices(int n, int max, long seed) {
		int[] all = new int[n];
		for (int i = 0; i < n; i++) all[i] = i;
		if (n <= max) return all;
		SplittableRandom random = new SplittableRandom(seed);
		for (int i = 0; i < max; i++) {
			int j = i + random.nextInt(n - i);
			int t = all[i];
			all[i] = all[j];
			all[j] = t;
		}
		int[] chosen = Arrays.copyOf(all, max);
		Arrays.sort(chosen);
		return chosen;
	}

	/** A standard normal draw (Box–Muller), so that the samples depend only on the seed. */
	private static double gaussian(SplittableRandom random) {
		double u = 1 - random.nextDouble(), v = random.nextDouble();
		return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
	}

	private static double[] divide(double[] values, double by) {
		double[] out = new double[values.length];
		for (int i = 0; i < values.length; i++) out[i] = values[i] / by;
		return out;
	}

	static double fractionAtMost(double[] values, double limit) {
		if (values.length == 0) return Double.NaN;
		int count = 0;
		for (double v : values) if (v <= limit) count++;
		return (double) count / values.length;
	}
}
