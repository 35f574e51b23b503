package io.github.vaeexplorer.model;

import io.github.vaeexplorer.nd4j.NativeBackend;
import io.github.vaeexplorer.train.AdamOptimizer;

import java.util.SplittableRandom;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/** Manual probe: java -cp ... SpeedProbe dense|conv steps. */
public class SpeedProbe {
	public static void main(String[] args) {
		System.out.println(NativeBackend.ensureLoaded());
		Architecture arch = Architecture.fromKey(args[0]);
		int steps = Integer.parseInt(args[1]);
		int b = 128;
		VaeConfig cfg = VaeConfig.builder().architecture(arch).batch(b).build();
		VaeNetwork net = VaeNetwork.create(cfg);
		AdamOptimizer adam = new AdamOptimizer(net.weights(), 1e-3);
		SplittableRandom r = new SplittableRandom(1);
		int d = cfg.inputLength();
		float[] xs = new float[b * d];
		for (int i = 0; i < b; i++) {
			double cx = 12 + r.nextDouble() * 40, cy = 12 + r.nextDouble() * 40, rad = 4 + r.nextDouble() * 8;
			for (int y = 0; y < 64; y++) for (int x = 0; x < 64; x++)
				xs[i * d + y * 64 + x] = ((x - cx) * (x - cx) + (y - cy) * (y - cy) < rad * rad) ? 1f : 0f;
		}
		INDArray x = Nd4j.create(xs, new long[] { b, d }, 'c');
		long t0 = 0, tl = System.nanoTime();
		for (int s = 0; s < steps + 10; s++) {
			if (s == 10) t0 = System.nanoTime();
			float[] e = new float[b * 10];
			for (int i = 0; i < e.length; i++) e[i] = (float) nextGaussian(r);
			StepResult res = net.gradients(x, Nd4j.create(e, new long[] { b, 10 }, 'c'), 1.0);
			adam.step(res.gradients(), 0);
			if (s % 10 == 0) { System.out.printf("step %d loss %.2f rec %.2f kl %.2f  t=%.0f ms%n", s, res.loss(), res.reconstruction(), res.kl(), (System.nanoTime()-tl)/1e6/10); tl = System.nanoTime(); }
		}
		double secs = (System.nanoTime() - t0) / 1e9;
		System.out.printf("%s: %.1f images/s%n", args[0], steps * b / secs);
		INDArray z = Nd4j.randn(1, 10);
		for (int i = 0; i < 50; i++) net.decode(z);
		long t1 = System.nanoTime();
		for (int i = 0; i < 100; i++) net.decode(z);
		System.out.printf("decode single %.2f ms%n", (System.nanoTime() - t1) / 1e6 / 100);
	}
	static double nextGaussian(SplittableRandom r) {
		double u = r.nextDouble(), v = r.nextDouble();
		return Math.sqrt(-2 * Math.log(1 - u)) * Math.cos(2 * Math.PI * v);
	}
}
