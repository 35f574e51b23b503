package io.github.vaeexplorer.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.vaeexplorer.data.ConversionResult;
import io.github.vaeexplorer.history.EpochRecord;
import io.github.vaeexplorer.nd4j.NativeBackend;
import io.github.vaeexplorer.train.TrainingResult;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/** The capacity and β-TCVAE objectives: their losses on a batch against hand-computed values, and training. */
class ObjectiveTest {

	private static ConversionResult data;

	@BeforeAll
	static void data() {
		NativeBackend.ensureLoaded();
		data = VaeTestKit.shapes(16, 128, 21);
	}

	// -- Configuration --

	@Test
	void badObjectiveValuesNameTheirKey() {
		assertEquals("objective must be beta, capacity, tcvae or adversarial (got 'vae')", assertThrows(
			IllegalArgumentException.class, () -> Objective.fromKey("vae")).getMessage());
		assertEquals("gamma must be a finite number >= 0 (got -1.0)", assertThrows(IllegalArgumentException.class,
			() -> VaeConfig.builder().gamma(-1).build()).getMessage());
		assertEquals("capacity must be a finite number >= 0 (got NaN)", assertThrows(IllegalArgumentException.class,
			() -> VaeConfig.builder().capacity(Double.NaN).build()).getMessage());
		assertEquals("capacity_epochs must be between 1 and 100000 (got 0)", assertThrows(
			IllegalArgumentException.class, () -> VaeConfig.builder().capacityEpochs(0).build()).getMessage());
	}

	@Test
	void theObjectiveIsStoredInTheModelFileAndReadBack(@TempDir Path tmp) {
		VaeConfig config = VaeTestKit.tinyDense().objective(Objective.CAPACITY).gamma(50).capacity(7.5)
			.capacityEpochs(3).epochs(1).build();
		VaeModel model = VaeTestKit.train(config, data).model();
		Path file = tmp.resolve("capacity.vae.zip");
		ModelFile.save(model, file);
		VaeConfig read = ModelFile.load(file).config();
		assertEquals(Objective.CAPACITY, read.objective());
		assertEquals(50, read.gamma(), 0.0);
		assertEquals(7.5, read.capacity(), 0.0);
		assertEquals(3, read.capacityEpochs());
		assertEquals(config.toString(), read.toString());
	}

	@Test
	void aModelFileWrittenBeforeObjectivesLoadsAsBeta(@TempDir Path tmp) throws IOException {
		VaeModel model = VaeTestKit.train(VaeTestKit.tinyDense().objective(Objective.TCVAE).epochs(1).build(), data)
			.model();
		Path file = tmp.resolve("old.vae.zip"), old = tmp.resolve("older.vae.zip");
		ModelFile.save(model, file);
		try (ZipFile in = new ZipFile(file.toFile()); ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(
			old)))
		{
			for (ZipEntry e : Collections.list(in.entries())) {
				byte[] bytes = in.getInputStream(e).readAllBytes();
				if (e.getName().equals("config.json")) {
					JsonObject config = JsonParser.parseString(new String(bytes, StandardCharsets.UTF_8))
						.getAsJsonObject();
					for (String key : new String[] { "objective", "gamma", "capacity", "capacity_epochs",
						"adversarial_weight", "disc_learning_rate", "disc_hidden", "encoder" }) {
						assertTrue(config.remove(key) != null, key);
					}
					bytes = config.toString().getBytes(StandardCharsets.UTF_8);
				}
				out.putNextEntry(new ZipEntry(e.getName()));
				out.write(bytes);
				out.closeEntry();
			}
		}
		VaeConfig read = ModelFile.load(old).config();
		assertEquals(Objective.BETA, read.objective());
		assertEquals(VaeConfig.builder().build().gamma(), read.gamma(), 0.0);
		assertEquals(model.config().beta(), read.beta(), 0.0);
	}

	// -- Losses on one batch --

	@Test
	void theCapacityLossIsReconstructionPlusGammaTimesTheKlsDistanceFromC() {
		VaeNetwork net = VaeNetwork.create(VaeTestKit.tinyDense().objective(Objective.CAPACITY).build());
		INDArray x = VaeTestKit.batch(data, 64), eps = VaeTestKit.noise(64, 4, 3);
		for (double c : new double[] { 0, 0.05, 3, 40 }) {
			double[] l = net.losses(x, eps, new LossTerms(250, 1, c, 128));
			assertEquals(l[1] + 250 * Math.abs(l[2] - c), l[0], 1e-5 * l[0], "C = " + c);
		}
	}

	@Test
	void tcvaeTermsMatchAHandComputedMinibatchWeightedSamplingEstimate() {
		VaeNetwork net = VaeNetwork.create(VaeTestKit.tinyDense().objective(Objective.TCVAE).build());
		int m = 32, n = 1000;
		INDArray x = VaeTestKit.batch(data, m), epsArray = VaeTestKit.noise(m, 4, 9);
		LossTerms terms = new LossTerms(1, 1, 0, n);
		double[] got = net.klDecomposition(x, epsArray, terms);
		float[][][] post = net.encode(x);
		double[] expected = mwsTerms(toDouble(post[0]), toDouble(post[1]), epsArray.toDoubleMatrix(), n);
		for (int i = 0; i < 3; i++) assertEquals(expected[i], got[i], 1e-3 + 1e-4 * Math.abs(expected[i]), "term " + i);
	}

	@Test
	void tcvaeWithBetaOneIsTheElboWithASampledKl() {
		VaeNetwork tc = VaeNetwork.create(VaeTestKit.tinyDense().objective(Objective.TCVAE).build());
		int m = 128;
		INDArray x = VaeTestKit.batch(data, m), eps = VaeTestKit.noise(m, 4, 5);
		LossTerms terms = new LossTerms(1, 1, 0, 128);
		double[] l = tc.losses(x, eps, terms), parts = tc.klDecomposition(x, eps, terms);
		double sampledKl = parts[0] + parts[1] + parts[2];
		assertEquals(l[1] + sampledKl, l[0], 1e-5 * l[0]);
		// The decomposition telescopes to mean_i [log q(z_i|x_i) − log p(z_i)], the sampled KL.
		float[][][] post = tc.encode(x);
		double[][] mu = toDouble(post[0]), lv = toDouble(post[1]), e = eps.toDoubleMatrix();
		double mc = 0;
		for (int i = 0; i < m; i++) {
			for (int d = 0; d < 4; d++) {
				double z = mu[i][d] + e[i][d] * Math.exp(lv[i][d] / 2);
				mc += 0.5 * (z * z - e[i][d] * e[i][d] - lv[i][d]);
			}
		}
		mc /= m;
		assertEquals(mc, sampledKl, 1e-3 + 1e-4 * Math.abs(mc));
		// ... whose expectation is the analytic KL of the plain ELBO: same batch, same weights, β-VAE graph.
		VaeNetwork beta = new VaeNetwork(tc.config().toBuilder().objective(Objective.BETA).build(), tc.weights());
		double[] elbo = beta.losses(x, eps, LossTerms.klWeight(1));
		assertEquals(elbo[1], l[1], 1e-5 * l[1]);
		assertEquals(elbo[2], sampledKl, 0.15 + 0.1 * elbo[2], "analytic KL " + elbo[2] + ", sampled " + sampledKl);
	}

	@Test
	void tcvaeGradientsMatchFiniteDifferences() {
		VaeNetwork net = VaeNetwork.create(VaeTestKit.tinyDense().objective(Objective.TCVAE).beta(4).build());
		INDArray x = VaeTestKit.batch(data, 32), eps = VaeTestKit.noise(32, 4, 1);
		LossTerms terms = new LossTerms(4, 1, 0, 128);
		StepResult step = net.gradients(x, eps, terms);
		for (String name : new String[] { "enc_mu_b", "enc_logvar_b" }) {
			INDArray w = net.weights().get(name);
			for (int i = 0; i < 4; i++) {
				double h = 1e-2, original = w.getDouble(i);
				w.putScalar(i, original + h);
				double up = net.losses(x, eps, terms)[0];
				w.putScalar(i, original - h);
				double down = net.losses(x, eps, terms)[0];
				w.putScalar(i, original);
				double numeric = (up - down) / (2 * h), analytic = step.gradients().get(name).getDouble(i);
				assertEquals(numeric, analytic, 0.02 + 0.03 * Math.abs(numeric), name + "[" + i + "]");
			}
		}
	}

	// -- Training --

	@Test
	void everyObjectiveTrainsWithDecreasingLoss() {
		VaeConfig.Builder base = VaeTestKit.tinyDense().epochs(5);
		VaeConfig[] configs = { base.objective(Objective.BETA).beta(4).build(), base.objective(Objective.CAPACITY)
			.gamma(100).capacity(5).capacityEpochs(1).build(), base.objective(Objective.TCVAE).beta(6).build() };
		for (VaeConfig config : configs) {
			TrainingResult result = VaeTestKit.train(config, data);
			assertEquals(TrainingResult.Status.COMPLETED, result.status(), result.message());
			List<EpochRecord> h = result.model().history().records();
			double second = h.get(1).loss(), last = h.get(h.size() - 1).loss();
			assertTrue(last < 0.95 * second, config.objective() + ": loss went from " + second + " to " + last);
			assertTrue(h.get(h.size() - 1).reconstruction() < h.get(0).reconstruction(), config.objective().key());
		}
	}

	@Test
	void theCapacityObjectiveHoldsTheKlNearC() {
		VaeConfig config = VaeTestKit.tinyDense().objective(Objective.CAPACITY).gamma(200).capacity(6)
			.capacityEpochs(2).epochs(6).build();
		List<EpochRecord> h = VaeTestKit.train(config, data).model().history().records();
		double kl = h.get(h.size() - 1).kl();
		assertEquals(6, kl, 1.5, "KL in the last epoch");
	}

	// -- Helpers --



	/** {MI, TC, dimKL} by Chen et al.'s minibatch-weighted sampling, in double precision, loop by loop. */
	static double[] mwsTerms(double[][] mu, double[][] lv, double[][] eps, int datasetSize) {
		int m = mu.length, k = mu[0].length;
		double logNm = Math.log((double) datasetSize * m), log2pi = Math.log(2 * Math.PI);
		double mi = 0, tc = 0, dim = 0;
		for (int i = 0; i < m; i++) {
			double[] z = new double[k];
			for (int d = 0; d < k; d++) z[d] = mu[i][d] + eps[i][d] * Math.exp(lv[i][d] / 2);
			double[][] dens = new double[m][k];
			for (int j = 0; j < m; j++) {
				for (int d = 0; d < k; d++) {
					double diff = z[d] - mu[j][d];
					dens[j][d] = -0.5 * (log2pi + lv[j][d] + diff * diff * Math.exp(-lv[j][d]));
				}
			}
			double[] joint = new double[m];
			for (int j = 0; j < m; j++) for (int d = 0; d < k; d++) joint[j] += dens[j][d];
			double logQz = logSumExp(joint) - logNm, logProduct = 0;
			for (int d = 0; d < k; d++) {
				double[] column = new double[m];
				for (int j = 0; j < m; j++) column[j] = dens[j][d];
				logProduct += logSumExp(column) - logNm;
			}
			double logQzx = 0, logPz = 0;
			for (int d = 0; d < k; d++) {
				logQzx += -0.5 * (log2pi + lv[i][d] + eps[i][d] * eps[i][d]);
				logPz += -0.5 * (log2pi + z[d] * z[d]);
			}
			mi += logQzx - logQz;
			tc += logQz - logProduct;
			dim += logProduct - logPz;
		}
		return new double[] { mi / m, tc / m, dim / m };
	}

	private static double logSumExp(double[] v) {
		double max = Double.NEGATIVE_INFINITY, sum = 0;
		for (double x : v) max = Math.max(max, x);
		for (double x : v) sum += Math.exp(x - max);
		return max + Math.log(sum);
	}

	private static double[][] toDouble(float[][] rows) {
		double[][] out = new double[rows.length][];
		for (int i = 0; i < rows.length; i++) {
			out[i] = new double[rows[i].length];
			for (int j = 0; j < rows[i].length; j++) out[i][j] = rows[i][j];
		}
		return out;
	}
}
