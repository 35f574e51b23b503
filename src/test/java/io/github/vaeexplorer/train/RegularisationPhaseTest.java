package io.github.vaeexplorer.train;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.vaeexplorer.data.ConversionResult;
import io.github.vaeexplorer.model.Discriminator;
import io.github.vaeexplorer.model.Objective;
import io.github.vaeexplorer.model.StepResult;
import io.github.vaeexplorer.model.VaeConfig;
import io.github.vaeexplorer.model.VaeNetwork;
import io.github.vaeexplorer.model.VaeTestKit;
import io.github.vaeexplorer.nd4j.NativeBackend;

import java.util.Random;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/** The regularisation phase's encoder update, through the encoder's own graph, lowers the fooling loss. */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class RegularisationPhaseTest {

	@Test
	void encoderStepsFoolAFixedDiscriminator() {
		NativeBackend.ensureLoaded();
		ConversionResult data = VaeTestKit.shapes(16, 32, 3);
		VaeConfig config = VaeTestKit.tinyDense().objective(Objective.ADVERSARIAL).build();
		VaeNetwork network = VaeNetwork.create(config);
		INDArray x = VaeTestKit.batch(data, 32), eps = VaeTestKit.noise(32, 4, 1);
		Discriminator d = Discriminator.create(4, 16, 1e-2, 5);
		Random random = new Random(2);
		float[][] prior = new float[32][4];
		for (float[] p : prior) for (int i = 0; i < 4; i++) p[i] = (float) random.nextGaussian();
		for (int i = 0; i < 50; i++) d.train(prior, network.codes(x, eps));
		AdamOptimizer adam = new AdamOptimizer(network.weights(), 1e-2, network.encoderParameterNames());
		double before = d.fool(network.codes(x, eps), 1, new float[32][4]), after;
		for (int step = 0; step < 20; step++) {
			float[][] codes = network.codes(x, eps), g = new float[32][4];
			d.fool(codes, 1, g);
			float[] flat = new float[32 * 4];
			for (int n = 0; n < 32; n++) System.arraycopy(g[n], 0, flat, n * 4, 4);
			INDArray ga = Nd4j.create(flat, new long[] { 32, 4 }, 'c');
			StepResult s = network.encoderGradients(x, eps, ga);
			adam.step(s.gradients(), 0);
			s.release();
		}
		after = d.fool(network.codes(x, eps), 1, new float[32][4]);
		assertTrue(after < before * 0.7, "fooling loss " + before + " -> " + after);
	}
}
