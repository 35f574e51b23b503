package io.github.vaeexplorer.analysis;

import io.github.vaeexplorer.data.ConversionResult;
import io.github.vaeexplorer.data.OutputImageFactory;
import io.github.vaeexplorer.data.SampleSet;
import io.github.vaeexplorer.latent.LatentEncoding;
import io.github.vaeexplorer.latent.ReconstructionError;
import io.github.vaeexplorer.metrics.SampleStatistics;
import io.github.vaeexplorer.model.VaeModel;

import ij.ImagePlus;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;

/**
 * How unusual each slice of a stack is to a model, larger = more unusual, built to survive the trap of Nalisnick et
 * al. 2019 (a VAE's evidence bound, its KL and latent densities call images <em>simpler</em> than the training data
 * more typical). It starts from Serrà et al. 2020's input-complexity correction of the negative evidence bound:
 * <pre>
 * nll_bits        = (reconstruction + kl) / ln 2      the negative ELBO in bits, an upper bound on −log₂ p(x)
 * complexity_bits = {@link ImageComplexity#bits}(x)    what a general-purpose compressor (PNG) needs for x
 * corrected_bits  = nll_bits − complexity_bits        bits the model needs beyond what the image itself costs
 * score           = |corrected_bits − median| / (1.4826 · MAD)   over the slices of the stack
 * </pre>
 * with {@code reconstruction} the Bernoulli negative log-likelihood of the slice given the decoding of its posterior
 * mean and {@code kl} the analytic KL(q(z|x) ‖ N(0, I)), both in nats: the two terms the training loss averages
 * (with β = 1, and the posterior mean in place of a sampled code).
 * <p>
 * Why the last, two-sided step (a typicality test on the corrected bound, in the spirit of Nalisnick et al. 2019b):
 * a simple stranger among complex images has a small bound but a smaller complexity still, so its corrected bits
 * come out <em>high</em>; a complex stranger among simple images costs PNG far more bits than the model saves on it,
 * so its corrected bits come out <em>low</em>. Either way it lies far from the stack's typical value. The median
 * and the median absolute deviation (MAD, scaled to a standard deviation) are those of the stack itself, so the
 * score says how unusual a slice is among the slices scored with it, assuming most of them are ordinary; a stack of
 * one slice, or of identical ones, scores 0.
 *
 * @author VAE Explorer developers
 */
public final class OutlierScores {

	private static final double LN2 = Math.log(2);
	/** MAD × this estimates the standard deviation of normal data. */
	private static final double MAD_TO_SD = 1.4826;

	private final double[] reconstruction, kl, complexity;
	private final ImagePlus top;

	private OutlierScores(double[] reconstruction, double[] kl, double[] complexity, ImagePlus top) {
		this.reconstruction = reconstruction;
		this.kl = kl;
		this.complexity = complexity;
		this.top = top;
	}

	/**
	 * Scores every slice of {@code source} and stacks the {@code top} highest-scoring ones, most unusual first.
	 *
	 * @throws IllegalArgumentException if there is no image, its channels do not match the model's, or top &lt; 1
	 */
	public static OutlierScores of(VaeModel model, ImagePlus source, int top) {
		if (top < 1) throw new IllegalArgumentException("top must be at least 1 (got " + top + ")");
		LatentEncoding encoding = LatentEncoding.of(model, source);
		OutlierScores scores = partsOf(model, Collections.singletonList(encoding)).get(0);
		ConversionResult conversion = encoding.samples();
		SampleSet samples = conversion.samples();
		int[] ranked = scores.ranking();
		int shown = Math.min(top, scores.count());
		List<float[]> images = new ArrayList<>();
		List<String> labels = new ArrayList<>();
		double[] score = scores.scores();
		for (int r = 0; r < shown; r++) {
			int i = ranked[r];
			images.add(samples.sample(i));
			labels.add(String.format(Locale.ROOT, "rank %d: slice %d, score=%.2f", r + 1, i + 1, score[i]));
		}
		ImagePlus stack = new OutputImageFactory().create("Outliers of " + source.getTitle(), images, labels, model
			.normalisation(), conversion.geometry(), source.getCalibration());
		return new OutlierScores(scores.reconstruction, scores.kl, scores.complexity, stack);
	}

	/**
	 * The parts of the score ({@link #reconstruction}, {@link #kl}, {@link #complexityBits}) of every slice of each
	 * encoding, all posterior means decoded in one batch; one result an encoding, without a {@link #top} stack. Its
	 * {@link #scores} rank the slices of that encoding among themselves; to score slices among a larger set (the
	 * Spark job scores a whole screen), pool the {@link #correctedBits} of all and use {@link #center} and
	 * {@link #score}. This is what {@code outliers} runs, on one stack.
	 */
	public static List<OutlierScores> partsOf(VaeModel model, List<LatentEncoding> encodings) {
		float[][] decoded = model.decode(LatentEncoding.meansOf(encodings));
		int size = model.config().size();
		List<OutlierScores> parts = new ArrayList<>(encodings.size());
		int start = 0;
		for (LatentEncoding encoding : encodings) {
			SampleSet samples = encoding.samples().samples();
			int n = encoding.count();
			double[] rec = new double[n], kl = new double[n], complexity = new double[n];
			for (int i = 0; i < n; i++) {
				float[] x = samples.sample(i);
				rec[i] = ReconstructionError.bernoulliNll(x, decoded[start + i]);
				kl[i] = klToPrior(encoding.mu()[i], encoding.logvar()[i]);
				complexity[i] = ImageComplexity.bits(x, size);
			}
			parts.add(new OutlierScores(rec, kl, complexity, null));
			start += n;
		}
		return parts;
	}

	/**
	 * The typical value and spread that {@link #scores} measure against: {@code {median, 1.4826 · MAD}} of the
	 * corrected bits (the mean absolute deviation in place of a zero MAD; a spread of 0 when all are identical).
	 */
	public static double[] center(double[] correctedBits) {
		double median = SampleStatistics.median(correctedBits);
		double[] deviation = new double[correctedBits.length];
		for (int i = 0; i < correctedBits.length; i++) deviation[i] = Math.abs(correctedBits[i] - median);
		double scale = MAD_TO_SD * SampleStatistics.median(deviation);
		if (!(scale > 0)) scale = Arrays.stream(deviation).average().orElse(0); // over half the slices identical
		return new double[] { median, scale };
	}

	/** The outlier score of one slice's corrected bits against a {@link #center}: its robust z-score, ≥ 0. */
	public static double score(double correctedBits, double[] center) {
		return center[1] > 0 ? Math.abs(correctedBits - center[0]) / center[1] : 0;
	}

	/** KL(N(mu, exp(logvar)) ‖ N(0, I)) in nats: ½ Σ (mu² + exp(logvar) − logvar − 1), as the training loss has it. */
	public static double klToPrior(float[] mu, float[] logvar) {
		double sum = 0;
		for (int d = 0; d < mu.length; d++) sum += (double) mu[d] * mu[d] + Math.exp(logvar[d]) - logvar[d] - 1;
		return 0.5 * sum;
	}

	/** Per slice: Bernoulli negative log-likelihood of the slice given its decoded posterior mean, in nats. */
	public double[] reconstruction() { return reconstruction.clone(); }

	/** Per slice: KL of its posterior to the prior, in nats. */
	public double[] kl() { return kl.clone(); }

	/** Per slice: the negative evidence bound in bits. */
	public double[] nllBits() {
		double[] bits = new double[reconstruction.length];
		for (int i = 0; i < bits.length; i++) bits[i] = (reconstruction[i] + kl[i]) / LN2;
		return bits;
	}

	/** Per slice: its PNG length in bits. */
	public double[] complexityBits() { return complexity.clone(); }

	/** Per slice: the negative evidence bound minus the complexity, in bits. */
	public double[] correctedBits() {
		double[] s = nllBits();
		for (int i = 0; i < s.length; i++) s[i] -= complexity[i];
		return s;
	}

	/** Per slice: the outlier score, the robust z-score of its corrected bits among the stack's; larger = more unusual. */
	public double[] scores() {
		double[] corrected = correctedBits();
		double[] center = center(corrected);
		double[] score = new double[corrected.length];
		for (int i = 0; i < score.length; i++) score[i] = score(corrected[i], center);
		return score;
	}

	/** 0-based slice indices, most unusual first (ties by slice order). */
	public int[] ranking() {
		double[] s = scores();
		return IntStream.range(0, s.length).boxed().sorted((a, b) -> {
			int c = Double.compare(s[b], s[a]);
			return c != 0 ? c : Integer.compare(a, b);
		}).mapToInt(Integer::intValue).toArray();
	}

	/** The most unusual slices as a stack, most unusual first, labelled with rank, slice and score. */
	public ImagePlus top() { return top; }

	/** Number of slices scored. */
	public int count() { return reconstruction.length; }

	@Override
	public String toString() {
		return "OutlierScores" + Arrays.toString(scores());
	}
}
