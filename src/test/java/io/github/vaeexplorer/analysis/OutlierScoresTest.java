package io.github.vaeexplorer.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.vaeexplorer.data.ConversionResult;
import io.github.vaeexplorer.data.StackConverter;
import io.github.vaeexplorer.data.synthetic.ShapesGenerator;
import io.github.vaeexplorer.data.synthetic.ShapesSpec;
import io.github.vaeexplorer.latent.LatentEncoding;
import io.github.vaeexplorer.model.LossTerms;
import io.github.vaeexplorer.model.VaeModel;
import io.github.vaeexplorer.model.VaeTestKit;
import io.github.vaeexplorer.nd4j.NativeBackend;

import ij.ImagePlus;

import java.util.Arrays;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/** The outlier score's parts against the training loss, and its complexity term on simple and busy images. */
@Timeout(value = 3, unit = TimeUnit.MINUTES)
class OutlierScoresTest {

	private static ImagePlus stack;
	private static VaeModel model;

	@BeforeAll
	static void trainTinyModel() {
		NativeBackend.ensureLoaded();
		stack = new ShapesGenerator(ShapesSpec.builder().imageSize(16).count(64).seed(3).build()).generate().stack();
		ConversionResult data = new StackConverter().convert(stack, 16);
		model = new io.github.vaeexplorer.train.Trainer(null, null).train(VaeTestKit.tinyDense().epochs(1).build(), data
			.samples(), data.normalisation(), data.geometry()).model();
	}

	@Test
	void reconstructionAndKlAreTheTrainingLossTermsAtThePosteriorMean() {
		OutlierScores scores = OutlierScores.of(model, stack, 5);
		LatentEncoding encoding = LatentEncoding.of(model, stack);
		int n = encoding.count(), d = encoding.samples().samples().sampleLength();
		float[] buffer = new float[n * d];
		for (int i = 0; i < n; i++) encoding.samples().samples().copySample(i, buffer, i * d);
		INDArray x = Nd4j.create(buffer, new long[] { n, d }, 'c');
		// With zero noise the training graph's code is the posterior mean, as the score's reconstruction uses.
		INDArray eps = Nd4j.zeros(org.nd4j.linalg.api.buffer.DataType.FLOAT, n, model.latent());
		double[] loss = model.network().losses(x, eps, LossTerms.klWeight(1));
		double rec = Arrays.stream(scores.reconstruction()).average().getAsDouble();
		double kl = Arrays.stream(scores.kl()).average().getAsDouble();
		assertEquals(loss[1], rec, 1e-4 * loss[1], "reconstruction");
		assertEquals(loss[2], kl, 1e-4 * Math.max(1, loss[2]), "kl");
		assertEquals(loss[0], rec + kl, 1e-4 * loss[0], "loss with beta = 1");
		double bits = Arrays.stream(scores.nllBits()).average().getAsDouble();
		assertEquals((rec + kl) / Math.log(2), bits, 1e-9 * bits);
		x.close();
		eps.close();
	}

	@Test
	void theScoreIsTheRobustDistanceOfTheCorrectedBoundFromTheStacksMedianAndTheStackIsRanked() {
		OutlierScores scores = OutlierScores.of(model, stack, 5);
		double[] s = scores.scores(), bits = scores.nllBits(), c = scores.complexityBits(), corrected = scores
			.correctedBits();
		for (int i = 0; i < s.length; i++) assertEquals(bits[i] - c[i], corrected[i], 1e-9);
		double[] sorted = corrected.clone();
		Arrays.sort(sorted);
		double median = (sorted[31] + sorted[32]) / 2;
		double[] deviation = new double[64];
		for (int i = 0; i < 64; i++) deviation[i] = Math.abs(corrected[i] - median);
		double[] sortedDeviation = deviation.clone();
		Arrays.sort(sortedDeviation);
		double mad = (sortedDeviation[31] + sortedDeviation[32]) / 2;
		for (int i = 0; i < s.length; i++) assertEquals(deviation[i] / (1.4826 * mad), s[i], 1e-9);
		int[] ranked = scores.ranking();
		for (int r = 1; r < ranked.length; r++) assertTrue(s[ranked[r - 1]] >= s[ranked[r]]);
		assertEquals(5, scores.top().getStackSize());
		assertTrue(scores.top().getStack().getSliceLabel(1).startsWith("rank 1: slice " + (ranked[0] + 1) + ","));
		assertEquals(16, scores.top().getWidth());
	}

	@Test
	void aFlatImageIsLessComplexThanANoisyOne() {
		float[] flat = new float[32 * 32], noisy = new float[32 * 32];
		java.util.Random random = new java.util.Random(1);
		for (int i = 0; i < noisy.length; i++) {
			flat[i] = 0.5f;
			noisy[i] = random.nextFloat();
		}
		double a = ImageComplexity.bits(flat, 32), b = ImageComplexity.bits(noisy, 32);
		assertTrue(a < 1000, "flat " + a);
		// Uniform noise in 8 bits cannot be compressed below 8 bits a pixel.
		assertTrue(b > 8 * noisy.length, "noisy " + b);
		assertEquals(a, ImageComplexity.bits(flat, 32), 0.0);
	}
}
