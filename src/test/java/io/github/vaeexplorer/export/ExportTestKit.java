package io.github.vaeexplorer.export;

import io.github.vaeexplorer.data.Normalisation;
import io.github.vaeexplorer.data.SourceGeometry;
import io.github.vaeexplorer.history.TrainingHistory;
import io.github.vaeexplorer.model.Architecture;
import io.github.vaeexplorer.model.LatentStatistics;
import io.github.vaeexplorer.model.VaeConfig;
import io.github.vaeexplorer.model.VaeModel;
import io.github.vaeexplorer.model.VaeNetwork;

import java.nio.FloatBuffer;
import java.util.Map;
import java.util.Random;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;

/**
 * Tiny seeded models (untrained: fresh seeded weights, 16×16, latent 4) and ONNX Runtime calls for the export tests.
 */
final class ExportTestKit {

	static final int SIZE = 16, LATENT = 4;

	private ExportTestKit() {}

	/** A model with seeded fresh weights and a per-channel normalisation that differs between channels. */
	static VaeModel tinyModel(Architecture architecture, int channels) {
		VaeConfig config = VaeConfig.builder().architecture(architecture).size(SIZE).latent(LATENT).channels(channels)
			.batch(8).epochs(1).validation(0).seed(7 + channels).build();
		double[] low = new double[channels], high = new double[channels];
		for (int c = 0; c < channels; c++) {
			low[c] = 10 + 5 * c;
			high[c] = 200 + 40 * c;
		}
		double[] kl = new double[LATENT], ones = new double[LATENT], zeros = new double[LATENT];
		for (int k = 0; k < LATENT; k++) {
			kl[k] = 1.0 / (k + 1);
			ones[k] = 1;
		}
		return new VaeModel(VaeNetwork.create(config), new Normalisation(low, high), new SourceGeometry(SIZE, SIZE,
			channels, SIZE), new TrainingHistory(), new LatentStatistics(kl, zeros, ones, zeros, ones), null);
	}

	/** Seeded values in [0,1), {@code n} rows of {@code length}. */
	static float[][] uniform(int n, int length, long seed) {
		Random r = new Random(seed);
		float[][] x = new float[n][length];
		for (float[] row : x) for (int i = 0; i < length; i++) row[i] = r.nextFloat();
		return x;
	}

	/** Seeded standard normal codes. */
	static float[][] gaussian(int n, int length, long seed) {
		Random r = new Random(seed);
		float[][] x = new float[n][length];
		for (float[] row : x) for (int i = 0; i < length; i++) row[i] = (float) r.nextGaussian();
		return x;
	}

	/** Runs a graph on one float input {@code [n, dims...]} (rows flat) and returns every output, flat per row. */
	static Map<String, float[][]> run(byte[] onnx, String input, float[][] rows, long... dims) throws OrtException {
		OrtEnvironment env = OrtEnvironment.getEnvironment();
		int n = rows.length, d = rows[0].length;
		float[] flat = new float[n * d];
		for (int i = 0; i < n; i++) System.arraycopy(rows[i], 0, flat, i * d, d);
		long[] shape = new long[dims.length + 1];
		shape[0] = n;
		System.arraycopy(dims, 0, shape, 1, dims.length);
		try (OrtSession.SessionOptions options = new OrtSession.SessionOptions()) {
			options.setIntraOpNumThreads(1);
			try (OrtSession session = env.createSession(onnx, options); OnnxTensor x = OnnxTensor.createTensor(env,
				FloatBuffer.wrap(flat), shape); OrtSession.Result result = session.run(Map.of(input, x)))
			{
				Map<String, float[][]> out = new java.util.LinkedHashMap<>();
				for (Map.Entry<String, ai.onnxruntime.OnnxValue> e : result) {
					OnnxTensor t = (OnnxTensor) e.getValue();
					FloatBuffer b = t.getFloatBuffer();
					int per = b.remaining() / n;
					float[][] split = new float[n][per];
					for (int i = 0; i < n; i++) b.get(split[i]);
					out.put(e.getKey(), split);
				}
				return out;
			}
		}
	}

	/** Largest absolute difference between two equally shaped arrays. */
	static double maxAbsDifference(float[][] a, float[][] b) {
		double max = 0;
		for (int i = 0; i < a.length; i++) {
			if (a[i].length != b[i].length) throw new AssertionError("row " + i + ": " + a[i].length + " vs " +
				b[i].length + " values");
			for (int j = 0; j < a[i].length; j++) max = Math.max(max, Math.abs((double) a[i][j] - b[i][j]));
		}
		return max;
	}
}
