package io.github.vaeexplorer.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.vaeexplorer.nd4j.NativeBackend;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.nd4j.autodiff.samediff.SDVariable;
import org.nd4j.autodiff.samediff.SameDiff;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * β-TCVAE's minibatch-weighted TC estimator (the training graph's own {@link ObjectiveGraph#tcTerms}) on a case with
 * known total correlation: N = 3,000 posteriors N(μ_i, 0.1²·I) whose means are bivariate normal with correlation 0.8.
 * The aggregate posterior is then Gaussian with correlation 0.8 / 1.01, so TC = −½ log(1 − 0.792²) = 0.494 nats.
 * Small batches over-estimate it (each separating dimension adds up to log M); large batches approach it.
 */
class TcEstimatorBiasTest {

	private static final int N = 3000;
	private static final double SIGMA = 0.1, RHO = 0.8;

	private static float[][] means;

	@BeforeAll
	static void data() {
		NativeBackend.ensureLoaded();
		Random random = new Random(11);
		means = new float[N][2];
		for (float[] m : means) {
			double u = random.nextGaussian(), v = random.nextGaussian();
			m[0] = (float) u;
			m[1] = (float) (RHO * u + Math.sqrt(1 - RHO * RHO) * v);
		}
	}

	private static double trueTc() {
		double rho = RHO / (1 + SIGMA * SIGMA);
		return -0.5 * Math.log(1 - rho * rho);
	}

	/** Mean over disjoint batches of the graph's TC term minus its constant (k − 1)·log N. */
	private static double estimate(int batch, int batches) {
		SameDiff sd = SameDiff.create();
		SDVariable mu = sd.placeHolder("mu", DataType.FLOAT, -1, 2);
		SDVariable logvar = sd.placeHolder("logvar", DataType.FLOAT, -1, 2);
		SDVariable eps = sd.placeHolder("eps", DataType.FLOAT, -1, 2);
		SDVariable z = mu.add(eps.mul(sd.math().exp(logvar.mul(0.5))));
		ObjectiveGraph.tcTerms(sd, mu, logvar, eps, z, sd.placeHolder("log_nm", DataType.FLOAT));
		Random random = new Random(batch);
		double sum = 0;
		for (int b = 0; b < batches; b++) {
			float[][] m = new float[batch][], e = new float[batch][2], lv = new float[batch][2];
			for (int i = 0; i < batch; i++) {
				m[i] = means[(b * batch + i) % N];
				for (int d = 0; d < 2; d++) {
					e[i][d] = (float) random.nextGaussian();
					lv[i][d] = (float) Math.log(SIGMA * SIGMA);
				}
			}
			Map<String, INDArray> ph = new HashMap<>();
			ph.put("mu", Nd4j.createFromArray(m));
			ph.put("logvar", Nd4j.createFromArray(lv));
			ph.put("eps", Nd4j.createFromArray(e));
			ph.put("log_nm", Nd4j.scalar((float) Math.log((double) N * batch)));
			sum += sd.output(ph, ObjectiveGraph.TC).get(ObjectiveGraph.TC).getDouble(0);
		}
		return sum / batches - Math.log(N);
	}

	@Test
	void smallBatchesOverEstimateTotalCorrelationAndLargeOnesApproachIt() {
		double truth = trueTc(), small = estimate(64, 40), large = estimate(1024, 3);
		assertEquals(0.494, truth, 5e-4);
		assertTrue(small - truth > 0.25, "M=64 estimates " + small + " against " + truth);
		assertEquals(truth, large, 0.15, "M=1024");
		assertTrue(small - large > 0.2, "bias shrinks with the batch: " + small + " vs " + large);
	}
}
