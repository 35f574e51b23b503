package io.github.vaeexplorer.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.vaeexplorer.data.ConversionResult;
import io.github.vaeexplorer.data.StackConverter;
import io.github.vaeexplorer.data.synthetic.ShapesGenerator;
import io.github.vaeexplorer.data.synthetic.ShapesSpec;
import io.github.vaeexplorer.train.CancellationToken;
import io.github.vaeexplorer.train.Trainer;
import io.github.vaeexplorer.train.TrainingListener;
import io.github.vaeexplorer.train.TrainingResult;

import java.util.Map;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Shared helpers for the model, training and latent tests: small seeded shape data, short trainings, and exact
 * comparisons of weights.
 */
public final class VaeTestKit {

	private VaeTestKit() {}

	/** Seeded dSprites-like shapes of {@code size}×{@code size}, converted to samples of the same size. */
	public static ConversionResult shapes(int size, int count, long seed) {
		ShapesSpec spec = ShapesSpec.builder().imageSize(size).count(count).seed(seed).build();
		return new StackConverter().convert(new ShapesGenerator(spec).generate().stack(), size);
	}

	/** A small, fast configuration: 16×16 dense, latent 4, batch 32, 3 epochs, no validation. */
	public static VaeConfig.Builder tinyDense() {
		return VaeConfig.builder().architecture(Architecture.DENSE).size(16).latent(4).batch(32).epochs(3)
			.learningRate(1e-3).validation(0).seed(1);
	}

	/** A small conv configuration: 16×16, latent 4, batch 32, 3 epochs, no validation. */
	public static VaeConfig.Builder tinyConv() {
		return tinyDense().architecture(Architecture.CONV);
	}

	/** Trains with the given config on the given data, without listener or cancellation. */
	public static TrainingResult train(VaeConfig config, ConversionResult data) {
		return train(config, data, null, null);
	}

	public static TrainingResult train(VaeConfig config, ConversionResult data, TrainingListener listener,
		CancellationToken token)
	{
		return new Trainer(listener, token).train(config, data.samples(), data.normalisation(), data.geometry());
	}

	/** Asserts that two weight snapshots have the same names and bit-identical values. */
	public static void assertSameWeights(Map<String, float[]> expected, Map<String, float[]> actual) {
		assertEquals(expected.keySet(), actual.keySet());
		for (String name : expected.keySet()) {
			assertArrayEquals(expected.get(name), actual.get(name), 0f, name);
		}
	}

	/** Largest absolute difference between two weight snapshots with the same names. */
	public static double maxAbsDifference(Map<String, float[]> a, Map<String, float[]> b) {
		double max = 0;
		for (Map.Entry<String, float[]> e : a.entrySet()) {
			float[] x = e.getValue(), y = b.get(e.getKey());
			for (int i = 0; i < x.length; i++) max = Math.max(max, Math.abs((double) x[i] - y[i]));
		}
		return max;
	}

	/** Whether every value of every array is finite. */
	public static boolean allFinite(Map<String, float[]> weights) {
		for (float[] values : weights.values()) {
			for (float v : values) {
				if (!Float.isFinite(v)) return false;
			}
		}
		return true;
	}

	/**
	 * Intensity moments of a single-channel square image: {@code {area, centroidX, centroidY}} where area is the sum of
	 * intensities and the centroids are intensity-weighted, in pixels.
	 */
	public static double[] moments(float[] image, int size) {
		double sum = 0, sx = 0, sy = 0;
		for (int y = 0; y < size; y++) {
			for (int x = 0; x < size; x++) {
				double v = image[y * size + x];
				sum += v;
				sx += v * x;
				sy += v * y;
			}
		}
		return new double[] { sum, sx / sum, sy / sum };
	}

	/** The first {@code n} samples of {@code data} as a batch {@code [n, sampleLength]}. */
	public static INDArray batch(ConversionResult data, int n) {
		int d = data.samples().sampleLength();
		float[] buffer = new float[n * d];
		for (int i = 0; i < n; i++) data.samples().copySample(i, buffer, i * d);
		return Nd4j.create(buffer, new long[] { n, d }, 'c');
	}

	/** Seeded standard normal noise {@code [n, k]}. */
	public static INDArray noise(int n, int k, long seed) {
		java.util.Random r = new java.util.Random(seed);
		float[] v = new float[n * k];
		for (int i = 0; i < v.length; i++) v[i] = (float) r.nextGaussian();
		return Nd4j.create(v, new long[] { n, k }, 'c');
	}
}
