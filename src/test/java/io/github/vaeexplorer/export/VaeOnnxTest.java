package io.github.vaeexplorer.export;

import static io.github.vaeexplorer.export.ExportTestKit.LATENT;
import static io.github.vaeexplorer.export.ExportTestKit.SIZE;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.vaeexplorer.model.Architecture;
import io.github.vaeexplorer.model.VaeModel;
import io.github.vaeexplorer.model.VaeTestKit;
import io.github.vaeexplorer.nd4j.NativeBackend;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import ai.onnxruntime.OrtEnvironment;

/**
 * ONNX Runtime runs the exported encoder, decoder and autoencoder and gets what our own network computes, within
 * 1e-4, for both architectures with 1 and 3 channels.
 */
@Timeout(value = 2, unit = TimeUnit.MINUTES)
class VaeOnnxTest {

	private static final double TOLERANCE = 1e-4;
	private static final int N = 5;

	@BeforeAll
	static void backend() {
		NativeBackend.ensureLoaded();
	}

	@ParameterizedTest(name = "{0}, {1} channel(s)")
	@CsvSource({ "DENSE,1", "DENSE,3", "CONV,1", "CONV,3" })
	void onnxRuntimeReproducesEncodeAndDecode(Architecture architecture, int channels) throws OrtException {
		VaeModel model = ExportTestKit.tinyModel(architecture, channels);
		VaeOnnx onnx = new VaeOnnx(model);
		int d = channels * SIZE * SIZE;
		float[][] x = ExportTestKit.uniform(N, d, 11);
		float[][][] ours = encode(model, x);
		Map<String, float[][]> enc = ExportTestKit.run(onnx.encoder(), VaeOnnx.IMAGE, x, channels, SIZE, SIZE);
		double muDiff = ExportTestKit.maxAbsDifference(ours[0], enc.get(VaeOnnx.MU));
		double logvarDiff = ExportTestKit.maxAbsDifference(ours[1], enc.get(VaeOnnx.LOGVAR));

		float[][] z = ExportTestKit.gaussian(N, LATENT, 12);
		Map<String, float[][]> dec = ExportTestKit.run(onnx.decoder(), VaeOnnx.Z, z, LATENT);
		double decodeDiff = ExportTestKit.maxAbsDifference(model.decode(z), dec.get(VaeOnnx.IMAGE));

		Map<String, float[][]> both = ExportTestKit.run(onnx.autoencoder(), VaeOnnx.IMAGE, x, channels, SIZE, SIZE);
		double reconstructionDiff = ExportTestKit.maxAbsDifference(model.decode(ours[0]), both.get(
			VaeOnnx.RECONSTRUCTION));
		double autoMuDiff = ExportTestKit.maxAbsDifference(ours[0], both.get(VaeOnnx.MU));
		System.out.println(String.format(Locale.ROOT, "ORT vs ours, %s %d channel(s): mu %.2e, logvar %.2e, decode " +
			"%.2e, reconstruction %.2e", architecture.key(), channels, muDiff, logvarDiff, decodeDiff,
			reconstructionDiff));
		assertTrue(muDiff < TOLERANCE, "mu differs by " + muDiff);
		assertTrue(logvarDiff < TOLERANCE, "logvar differs by " + logvarDiff);
		assertTrue(decodeDiff < TOLERANCE, "decoded images differ by " + decodeDiff);
		assertTrue(reconstructionDiff < TOLERANCE, "reconstructions differ by " + reconstructionDiff);
		assertTrue(autoMuDiff < TOLERANCE, "the autoencoder's mu differs by " + autoMuDiff);
	}

	@Test
	void trainedWeightsToo() throws OrtException {
		// Two epochs on seeded shapes move the weights away from their initial range.
		VaeModel model = VaeTestKit.train(VaeTestKit.tinyConv().epochs(2).build(), VaeTestKit.shapes(SIZE, 64, 3))
			.model();
		VaeOnnx onnx = new VaeOnnx(model);
		float[][] x = ExportTestKit.uniform(N, SIZE * SIZE, 13);
		float[][][] ours = encode(model, x);
		Map<String, float[][]> both = ExportTestKit.run(onnx.autoencoder(), VaeOnnx.IMAGE, x, 1, SIZE, SIZE);
		double mu = ExportTestKit.maxAbsDifference(ours[0], both.get(VaeOnnx.MU));
		double logvar = ExportTestKit.maxAbsDifference(ours[1], both.get(VaeOnnx.LOGVAR));
		double rec = ExportTestKit.maxAbsDifference(model.decode(ours[0]), both.get(VaeOnnx.RECONSTRUCTION));
		System.out.println(String.format(Locale.ROOT, "ORT vs ours, trained conv: mu %.2e, logvar %.2e, " +
			"reconstruction %.2e", mu, logvar, rec));
		assertTrue(Math.max(mu, Math.max(logvar, rec)) < TOLERANCE, mu + " " + logvar + " " + rec);
	}

	@Test
	void graphsDeclareTheirTensorsAndTheOpset() throws OrtException {
		VaeModel model = ExportTestKit.tinyModel(Architecture.CONV, 3);
		VaeOnnx onnx = new VaeOnnx(model);
		OrtEnvironment env = OrtEnvironment.getEnvironment();
		try (OrtSession s = env.createSession(onnx.autoencoder())) {
			assertEquals(List.of(VaeOnnx.IMAGE), List.copyOf(s.getInputNames()));
			assertEquals(List.of(VaeOnnx.MU, VaeOnnx.LOGVAR, VaeOnnx.RECONSTRUCTION), List.copyOf(s.getOutputNames()));
			assertEquals("VAE Explorer", s.getMetadata().getProducerName());
		}
		assertEquals(13, VaeOnnx.opset());
	}

	@Test
	void kernelsArePermutedToOnnxOrder() {
		// [kH=1, kW=2, a=2, b=3]: value = 100·x + 10·i + o, so [b, a, kH, kW] reads it back by index.
		float[] v = new float[12];
		for (int x = 0; x < 2; x++) for (int i = 0; i < 2; i++) for (int o = 0; o < 3; o++) v[(x * 2 + i) * 3 + o] =
			100 * x + 10 * i + o;
		float[] p = VaeOnnx.permuteKernel(v, new long[] { 1, 2, 2, 3 });
		assertArrayEquals(new float[] { 0, 100, 10, 110, 1, 101, 11, 111, 2, 102, 12, 112 }, p);
	}

	private static float[][][] encode(VaeModel model, float[][] x) {
		int n = x.length, d = x[0].length;
		float[] flat = new float[n * d];
		for (int i = 0; i < n; i++) System.arraycopy(x[i], 0, flat, i * d, d);
		INDArray in = Nd4j.create(flat, new long[] { n, d }, 'c');
		float[][][] out = model.network().encode(in);
		in.close();
		return out;
	}
}
