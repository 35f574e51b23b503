package io.github.vaeexplorer.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.vaeexplorer.data.ConversionResult;


import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * The graphs' session memory: a call's arrays are reused by the next call of the same shapes (so training allocates
 * nothing after its first step and native memory stays flat), and reuse never changes a result.
 */
class CallScopedArraysTest {

	private static ConversionResult data;

	@BeforeAll
	static void data() {
		data = VaeTestKit.shapes(16, 40, 3);
	}

	@Test
	void trainingStepsOfOneShapeAllocateOnlyInTheFirstStep() {
		VaeNetwork net = VaeNetwork.create(VaeTestKit.tinyConv().build());
		INDArray x = VaeTestKit.batch(data, 8), eps = VaeTestKit.noise(8, net.config().latent(), 1);
		StepResult first = net.gradients(x, eps, 1.0);
		String name = net.parameterNames().get(0);
		float[] firstGradient = first.gradients().get(name).dup().data().asFloat();
		double firstLoss = first.loss();
		first.release();
		long afterFirst = net.nativeAllocations();
		assertTrue(afterFirst > 10, "a conv step allocates its activations and gradients (" + afterFirst + ")");
		for (int step = 0; step < 5; step++) {
			StepResult again = net.gradients(x, eps, 1.0);
			assertEquals(firstLoss, again.loss(), 0.0, "same weights and batch, same loss");
			assertArrayEquals(firstGradient, again.gradients().get(name).dup().data().asFloat(), 0f, "reused memory, same " +
				"gradient");
			again.release();
		}
		assertEquals(afterFirst, net.nativeAllocations(), "steps 2-6 reuse the first step's arrays");
	}

	@Test
	void aStepItsCallerNeverReleasedIsRecycledByTheNextStep() {
		VaeNetwork net = VaeNetwork.create(VaeTestKit.tinyDense().build());
		INDArray x = VaeTestKit.batch(data, 8), eps = VaeTestKit.noise(8, net.config().latent(), 2);
		double loss = net.gradients(x, eps, 1.0).loss();
		long afterFirst = net.nativeAllocations();
		for (int step = 0; step < 4; step++) assertEquals(loss, net.gradients(x, eps, 1.0).loss(), 0.0);
		assertEquals(afterFirst, net.nativeAllocations(), "nothing piles up without release()");
	}

	@Test
	void releasingTrainingMemoryFreesThePoolAndTheNextStepStartsAfresh() {
		VaeNetwork net = VaeNetwork.create(VaeTestKit.tinyDense().build());
		int k = net.config().latent();
		double loss = step(net, 8, k);
		long afterFirst = net.nativeAllocations();
		step(net, 8, k);
		assertEquals(afterFirst, net.nativeAllocations());
		net.releaseTrainingMemory();
		assertEquals(loss, step(net, 8, k), 0.0);
		assertEquals(2 * afterFirst, net.nativeAllocations(), "after release every array is allocated again");
	}

	@Test
	void alternatingBatchSizesCostTheSameEveryRoundAndGiveTheSameLosses() {
		VaeNetwork net = VaeNetwork.create(VaeTestKit.tinyDense().build());
		int k = net.config().latent();
		double full = step(net, 8, k), partial = step(net, 5, k);
		long[] cost = new long[3];
		for (int round = 0; round < 3; round++) {
			long before = net.nativeAllocations();
			assertEquals(full, step(net, 8, k), 0.0);
			assertEquals(partial, step(net, 5, k), 0.0);
			cost[round] = net.nativeAllocations() - before;
		}
		assertTrue(cost[0] > 0, "a new batch size needs new activations");
		assertEquals(cost[0], cost[1], "nothing accumulates from round to round");
		assertEquals(cost[0], cost[2]);
	}

	@Test
	void encodeAndDecodeRepeatBitExactlyWithoutNewAllocations() {
		VaeNetwork net = VaeNetwork.create(VaeTestKit.tinyConv().build());
		INDArray x = VaeTestKit.batch(data, 6);
		float[][][] posterior = net.encode(x);
		INDArray z = Nd4j.create(posterior[0]);
		float[][] images = net.decode(z);
		long settled = net.nativeAllocations();
		for (int i = 0; i < 3; i++) {
			float[][][] again = net.encode(x);
			for (int r = 0; r < 6; r++) {
				assertArrayEquals(posterior[0][r], again[0][r], 0f);
				assertArrayEquals(posterior[1][r], again[1][r], 0f);
				assertArrayEquals(images[r], net.decode(z)[r], 0f);
			}
		}
		assertEquals(settled, net.nativeAllocations());
	}

	@Test
	void threadsSharingANetworkDecodeExactlyAsOneThreadDoes() throws Exception {
		VaeNetwork net = VaeNetwork.create(VaeTestKit.tinyConv().build());
		INDArray z = VaeTestKit.noise(5, net.config().latent(), 7);
		float[][] expected = net.decode(z);
		java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
		try {
			java.util.List<java.util.concurrent.Future<float[][]>> results = new java.util.ArrayList<>();
			for (int i = 0; i < 40; i++) results.add(pool.submit(() -> net.decode(z)));
			for (java.util.concurrent.Future<float[][]> r : results) {
				float[][] images = r.get();
				for (int row = 0; row < expected.length; row++) assertArrayEquals(expected[row], images[row], 0f);
			}
		}
		finally {
			pool.shutdownNow();
		}
	}

	private static double step(VaeNetwork net, int n, int k) {
		StepResult result = net.gradients(VaeTestKit.batch(data, n), VaeTestKit.noise(n, k, n), 1.0);
		double loss = result.loss();
		result.release();
		return loss;
	}


}
