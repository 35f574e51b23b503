package io.github.vaeexplorer.model;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;

/**
 * The adversarial autoencoder's discriminator: an MLP on the code, k → h → h → 1 with ReLU, whose output logit l
 * gives D(z) = sigmoid(l), the probability that z is a prior sample rather than an encoded code. Trained by its own
 * Adam (β1 = 0.9, β2 = 0.999, ε = 1e-8, as {@code train.AdamOptimizer}) on the binary cross-entropy
 * ½·[mean_prior softplus(−l) + mean_codes softplus(l)] (ln 2 at chance). The encoder's fooling loss is the
 * non-saturating λ·mean_codes softplus(−l) = −λ·mean log D(z), whose gradient with respect to the codes
 * {@link #fool} returns for the encoder's backward pass.
 * <p>
 * Plain Java in double arithmetic over float state (weights and moments are rounded to float after every step, as
 * they are stored), so a run is exactly repeatable and a resumed one continues bit for bit. Not thread-safe.
 *
 * @author VAE Explorer developers
 */
public final class Discriminator {

	private static final double BETA1 = 0.9, BETA2 = 0.999, EPSILON = 1e-8;
	private static final String[] NAMES = { "w1", "b1", "w2", "b2", "w3", "b3" };

	private final int latent, hidden;
	private final double learningRate;
	/** Parameters in {@link #NAMES}' order; w as [in][out] row-major. */
	private final float[][] params = new float[6][];
	private final float[][] firstMoments = new float[6][], secondMoments = new float[6][];
	private int steps;

	private Discriminator(int latent, int hidden, double learningRate) {
		this.latent = latent;
		this.hidden = hidden;
		this.learningRate = learningRate;
		int[] sizes = { latent * hidden, hidden, hidden * hidden, hidden, hidden, 1 };
		for (int i = 0; i < 6; i++) {
			params[i] = new float[sizes[i]];
			firstMoments[i] = new float[sizes[i]];
			secondMoments[i] = new float[sizes[i]];
		}
	}

	/** A fresh discriminator: weights uniform in ±1/√fan_in (PyTorch's Linear default), biases 0. */
	public static Discriminator create(int latent, int hidden, double learningRate, long seed) {
		Discriminator d = new Discriminator(latent, hidden, learningRate);
		Random random = new Random(seed);
		int[] fanIn = { latent, hidden, hidden };
		for (int layer = 0; layer < 3; layer++) {
			float[] w = d.params[2 * layer];
			double bound = 1 / Math.sqrt(fanIn[layer]);
			for (int i = 0; i < w.length; i++) w[i] = (float) ((2 * random.nextDouble() - 1) * bound);
		}
		return d;
	}

	/**
	 * A discriminator from its saved {@link #state()} and step count.
	 *
	 * @throws IllegalArgumentException if an array is missing or has the wrong size
	 */
	public static Discriminator restore(int latent, int hidden, double learningRate, Map<String, float[]> state,
		int steps)
	{
		Discriminator d = new Discriminator(latent, hidden, learningRate);
		for (int i = 0; i < 6; i++) {
			copy(state, NAMES[i], d.params[i]);
			copy(state, "m_" + NAMES[i], d.firstMoments[i]);
			copy(state, "v_" + NAMES[i], d.secondMoments[i]);
		}
		d.steps = steps;
		return d;
	}

	private static void copy(Map<String, float[]> state, String name, float[] into) {
		float[] v = state.get(name);
		if (v == null || v.length != into.length) throw new IllegalArgumentException("the discriminator's '" + name +
			"' is missing or mis-sized");
		System.arraycopy(v, 0, into, 0, into.length);
	}

	/** Weights and Adam moments by name ({@code w1 ... b3}, {@code m_w1 ...}, {@code v_w1 ...}); copies. */
	public Map<String, float[]> state() {
		Map<String, float[]> out = new LinkedHashMap<>();
		for (int i = 0; i < 6; i++) out.put(NAMES[i], params[i].clone());
		for (int i = 0; i < 6; i++) out.put("m_" + NAMES[i], firstMoments[i].clone());
		for (int i = 0; i < 6; i++) out.put("v_" + NAMES[i], secondMoments[i].clone());
		return out;
	}

	/** Adam steps taken. */
	public int steps() { return steps; }

	public int hidden() { return hidden; }

	public int latent() { return latent; }

	/** A copy with the same state, for checkpoints. */
	public Discriminator copy() {
		return restore(latent, hidden, learningRate, state(), steps);
	}

	/** Replaces this one's state with another's of the same shape. */
	public void restoreFrom(Discriminator other) {
		for (int i = 0; i < 6; i++) {
			System.arraycopy(other.params[i], 0, params[i], 0, params[i].length);
			System.arraycopy(other.firstMoments[i], 0, firstMoments[i], 0, params[i].length);
			System.arraycopy(other.secondMoments[i], 0, secondMoments[i], 0, params[i].length);
		}
		steps = other.steps;
	}

	/** Whether every weight is a finite number. */
	public boolean isFinite() {
		for (float[] p : params) {
			for (float v : p) {
				if (!Float.isFinite(v)) return false;
			}
		}
		return true;
	}

	// -- Forward and backward --

	/** Activations of one code: {@code {h1 (post-ReLU), h2 (post-ReLU), {logit}}}. */
	private double[][] forward(float[] z) {
		double[] h1 = layer(z, params[0], params[1], latent, hidden, true);
		double[] h2 = layer(h1, params[2], params[3], hidden, hidden, true);
		double[] out = layer(h2, params[4], params[5], hidden, 1, false);
		return new double[][] { h1, h2, out };
	}

	private static double[] layer(float[] in, float[] w, float[] b, int nIn, int nOut, boolean relu) {
		double[] x = new double[nIn];
		for (int i = 0; i < nIn; i++) x[i] = in[i];
		return layer(x, w, b, nIn, nOut, relu);
	}

	private static double[] layer(double[] in, float[] w, float[] b, int nIn, int nOut, boolean relu) {
		double[] out = new double[nOut];
		for (int j = 0; j < nOut; j++) out[j] = b[j];
		for (int i = 0; i < nIn; i++) {
			double x = in[i];
			if (x == 0) continue;
			int row = i * nOut;
			for (int j = 0; j < nOut; j++) out[j] += x * w[row + j];
		}
		if (relu) {
			for (int j = 0; j < nOut; j++) out[j] = Math.max(0, out[j]);
		}
		return out;
	}

	/**
	 * Backpropagates dLoss/dlogit of one code, adding the parameter gradients into {@code grads} (when not null) and
	 * returning dLoss/dz.
	 */
	private double[] backward(float[] z, double[][] act, double dLogit, double[][] grads) {
		double[] h1 = act[0], h2 = act[1];
		double[] dh2 = new double[hidden];
		for (int j = 0; j < hidden; j++) dh2[j] = h2[j] > 0 ? dLogit * params[4][j] : 0;
		if (grads != null) {
			for (int j = 0; j < hidden; j++) grads[4][j] += dLogit * h2[j];
			grads[5][0] += dLogit;
		}
		double[] dh1 = new double[hidden];
		for (int i = 0; i < hidden; i++) {
			int row = i * hidden;
			double s = 0;
			for (int j = 0; j < hidden; j++) {
				s += params[2][row + j] * dh2[j];
				if (grads != null && h1[i] != 0) grads[2][row + j] += h1[i] * dh2[j];
			}
			dh1[i] = h1[i] > 0 ? s : 0;
		}
		if (grads != null) {
			for (int j = 0; j < hidden; j++) grads[3][j] += dh2[j];
			for (int j = 0; j < hidden; j++) grads[1][j] += dh1[j];
		}
		double[] dz = new double[latent];
		for (int i = 0; i < latent; i++) {
			int row = i * hidden;
			double s = 0;
			for (int j = 0; j < hidden; j++) {
				s += params[0][row + j] * dh1[j];
				if (grads != null) grads[0][row + j] += z[i] * dh1[j];
			}
			dz[i] = s;
		}
		return dz;
	}

	/** The logit of D(z) for one code (positive: judged a prior sample). */
	public double logit(float[] z) {
		return forward(z)[2][0];
	}

	/**
	 * One Adam step on a batch of prior samples and a batch of encoded codes.
	 *
	 * @return the batch's binary cross-entropy before the step (ln 2 ≈ 0.693 at chance)
	 */
	public double train(float[][] prior, float[][] codes) {
		double[][] grads = new double[6][];
		for (int i = 0; i < 6; i++) grads[i] = new double[params[i].length];
		double loss = 0;
		for (float[] z : prior) {
			double[][] act = forward(z);
			double l = act[2][0];
			loss += softplus(-l) / prior.length;
			backward(z, act, -sigmoid(-l) / prior.length, grads);
		}
		for (float[] z : codes) {
			double[][] act = forward(z);
			double l = act[2][0];
			loss += softplus(l) / codes.length;
			backward(z, act, sigmoid(l) / codes.length, grads);
		}
		for (double[] g : grads) {
			for (int i = 0; i < g.length; i++) g[i] *= 0.5;
		}
		adamStep(grads);
		return 0.5 * loss;
	}

	/**
	 * The encoder's fooling loss λ·mean_i softplus(−l(z_i)) on a batch of codes and its gradient with respect to each
	 * code, for the encoder's backward pass. The discriminator does not change.
	 *
	 * @return the loss (divided by λ, so comparable across weights; NaN-free), and in {@code gradient} ({@code [n][k]},
	 *         filled here) dLoss/dz including λ and the batch mean's 1/n
	 */
	public double fool(float[][] codes, double weight, float[][] gradient) {
		double loss = 0;
		for (int n = 0; n < codes.length; n++) {
			double[][] act = forward(codes[n]);
			double l = act[2][0];
			loss += softplus(-l) / codes.length;
			double[] dz = backward(codes[n], act, -weight * sigmoid(-l) / codes.length, null);
			for (int i = 0; i < latent; i++) gradient[n][i] = (float) dz[i];
		}
		return loss;
	}

	/** Share of the samples classified correctly (prior: logit > 0; codes: logit ≤ 0). */
	public double accuracy(float[][] prior, float[][] codes) {
		int right = 0;
		for (float[] z : prior) {
			if (logit(z) > 0) right++;
		}
		for (float[] z : codes) {
			if (logit(z) <= 0) right++;
		}
		return right / (double) (prior.length + codes.length);
	}

	private void adamStep(double[][] grads) {
		steps++;
		double c1 = 1 - Math.pow(BETA1, steps), c2 = 1 - Math.pow(BETA2, steps);
		for (int p = 0; p < 6; p++) {
			float[] w = params[p], m = firstMoments[p], v = secondMoments[p];
			double[] g = grads[p];
			for (int i = 0; i < w.length; i++) {
				double mi = BETA1 * m[i] + (1 - BETA1) * g[i];
				double vi = BETA2 * v[i] + (1 - BETA2) * g[i] * g[i];
				m[i] = (float) mi;
				v[i] = (float) vi;
				w[i] = (float) (w[i] - learningRate * (mi / c1) / (Math.sqrt(vi / c2) + EPSILON));
			}
		}
	}

	private static double softplus(double x) {
		return Math.max(x, 0) + Math.log1p(Math.exp(-Math.abs(x)));
	}

	private static double sigmoid(double x) {
		return x >= 0 ? 1 / (1 + Math.exp(-x)) : Math.exp(x) / (1 + Math.exp(x));
	}
}
