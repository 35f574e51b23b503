package io.github.vaeexplorer.analysis;

/**
 * A mixture of k Gaussians with diagonal covariances, fitted by expectation–maximisation from a seeded k-means
 * start; each point goes to the component of largest responsibility and each cluster's centre is its component's
 * mean. Variances are floored at {@value #VARIANCE_FLOOR} (scikit-learn's {@code reg_covar}) so that a component
 * on a few identical points does not collapse. Stops when the mean log-likelihood gains less than
 * {@value #TOLERANCE} per iteration, or after {@value #MAX_ITERATIONS}.
 *
 * @author VAE Explorer developers
 */
public final class GaussianMixture {

	static final double VARIANCE_FLOOR = 1e-6;
	private static final double TOLERANCE = 1e-6;
	private static final int MAX_ITERATIONS = 200;
	private static final double LOG_2PI = Math.log(2 * Math.PI);

	private final int k;
	private final long seed;

	/**
	 * @param k components, at least 1
	 * @param seed seeds the k-means start
	 */
	public GaussianMixture(int k, long seed) {
		if (k < 1) throw new IllegalArgumentException("k must be at least 1 (got " + k + ")");
		this.k = k;
		this.seed = seed;
	}

	/** Fits the mixture and assigns every point to its most responsible component. */
	public Clustering fit(double[][] points) {
		Clustering start = new KMeans(k, seed).fit(points);
		int n = points.length, d = points[0].length;
		double[][] means = new double[k][], variances = new double[k][d];
		double[] weights = new double[k];
		int[] sizes = start.sizes();
		for (int c = 0; c < k; c++) {
			means[c] = start.centre(c);
			weights[c] = Math.max(sizes[c], 1) / (double) n;
		}
		for (int i = 0; i < n; i++) {
			int c = start.label(i);
			for (int j = 0; j < d; j++) {
				double diff = points[i][j] - means[c][j];
				variances[c][j] += diff * diff / Math.max(sizes[c], 1);
			}
		}
		for (double[] v : variances) for (int j = 0; j < d; j++) v[j] += VARIANCE_FLOOR;
		double[][] resp = new double[n][k];
		double previous = Double.NEGATIVE_INFINITY;
		for (int iteration = 0; iteration < MAX_ITERATIONS; iteration++) {
			double logLikelihood = expectation(points, weights, means, variances, resp) / n;
			maximisation(points, resp, weights, means, variances);
			if (logLikelihood - previous < TOLERANCE) break;
			previous = logLikelihood;
		}
		expectation(points, weights, means, variances, resp);
		int[] labels = new int[n];
		for (int i = 0; i < n; i++) {
			int best = 0;
			for (int c = 1; c < k; c++) if (resp[i][c] > resp[i][best]) best = c;
			labels[i] = best;
		}
		return new Clustering(labels, means);
	}

	/** Fills the responsibilities; returns the total log-likelihood. */
	private double expectation(double[][] x, double[] weights, double[][] means, double[][] variances,
		double[][] resp)
	{
		int d = x[0].length;
		double[] logNorm = new double[k];
		for (int c = 0; c < k; c++) {
			double s = d * LOG_2PI;
			for (int j = 0; j < d; j++) s += Math.log(variances[c][j]);
			logNorm[c] = Math.log(weights[c]) - 0.5 * s;
		}
		double total = 0;
		for (int i = 0; i < x.length; i++) {
			double max = Double.NEGATIVE_INFINITY;
			for (int c = 0; c < k; c++) {
				double q = 0;
				for (int j = 0; j < d; j++) {
					double diff = x[i][j] - means[c][j];
					q += diff * diff / variances[c][j];
				}
				resp[i][c] = weights[c] > 0 ? logNorm[c] - 0.5 * q : Double.NEGATIVE_INFINITY;
				max = Math.max(max, resp[i][c]);
			}
			double sum = 0;
			for (int c = 0; c < k; c++) sum += Math.exp(resp[i][c] - max);
			double logSum = max + Math.log(sum);
			total += logSum;
			for (int c = 0; c < k; c++) resp[i][c] = Math.exp(resp[i][c] - logSum);
		}
		return total;
	}

	private void maximisation(double[][] x, double[][] resp, double[] weights, double[][] means,
		double[][] variances)
	{
		int n = x.length, d = x[0].length;
		for (int c = 0; c < k; c++) {
			double mass = 0;
			double[] mean = new double[d];
			for (int i = 0; i < n; i++) {
				mass += resp[i][c];
				for (int j = 0; j < d; j++) mean[j] += resp[i][c] * x[i][j];
			}
			weights[c] = mass / n;
			if (mass <= 0) continue; // an empty component keeps its place and never wins a point (weight 0)
			double[] variance = new double[d];
			for (int j = 0; j < d; j++) mean[j] /= mass;
			for (int i = 0; i < n; i++) {
				for (int j = 0; j < d; j++) {
					double diff = x[i][j] - mean[j];
					variance[j] += resp[i][c] * diff * diff;
				}
			}
			for (int j = 0; j < d; j++) variance[j] = variance[j] / mass + VARIANCE_FLOOR;
			means[c] = mean;
			variances[c] = variance;
		}
	}
}
