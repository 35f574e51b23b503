package io.github.vaeexplorer.model;

import io.github.vaeexplorer.nd4j.NativeBackend;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import org.nd4j.autodiff.listeners.At;
import org.nd4j.autodiff.listeners.BaseListener;
import org.nd4j.autodiff.listeners.Operation;
import org.nd4j.autodiff.samediff.SameDiff;
import org.nd4j.autodiff.samediff.internal.SameDiffOp;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.ops.OpContext;
import org.nd4j.linalg.dataset.api.MultiDataSet;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Manual probe (issue 19): per-op wall time of one training step, from a SameDiff listener around each op.
 * {@code java -cp target/classes:target/test-classes:DEPS io.github.vaeexplorer.model.OpProfileProbe conv 60 40}
 * (architecture, warm-up steps, profiled steps; batch 128, 64×64). Prints the ops by total time: ms per step and per
 * call, and the step time with and without the listener.
 */
public class OpProfileProbe {

	/** Sums wall time by op type and by op instance. */
	static final class Timer extends BaseListener {

		final Map<String, double[]> byType = new HashMap<>();
		long started;

		@Override
		public boolean isActive(Operation operation) {
			return true;
		}

		@Override
		public void preOpExecution(SameDiff sd, At at, SameDiffOp op, OpContext ctx) {
			started = System.nanoTime();
		}

		@Override
		public void opExecution(SameDiff sd, At at, MultiDataSet batch, SameDiffOp op, OpContext ctx,
			INDArray[] outputs)
		{
			double ms = (System.nanoTime() - started) / 1e6;
			double[] t = byType.computeIfAbsent(op.getOp().opName(), k -> new double[2]);
			t[0] += ms;
			t[1]++;
		}
	}

	public static void main(String[] args) throws Exception {
		System.out.println(NativeBackend.ensureLoaded());
		Architecture arch = Architecture.fromKey(args[0]);
		int warm = Integer.parseInt(args[1]), steps = Integer.parseInt(args[2]);
		int b = 128;
		VaeConfig cfg = VaeConfig.builder().architecture(arch).batch(b).build();
		VaeNetwork net = VaeNetwork.create(cfg);
		INDArray x = batch(cfg, b);
		SplittableRandom r = new SplittableRandom(2);
		for (int s = 0; s < warm; s++) step(net, x, r, b).release();
		long t0 = System.nanoTime();
		for (int s = 0; s < steps; s++) step(net, x, r, b).release();
		double plain = (System.nanoTime() - t0) / 1e6 / steps;
		java.lang.reflect.Field f = VaeNetwork.class.getDeclaredField("training");
		f.setAccessible(true);
		SameDiff sd = (SameDiff) f.get(net);
		Timer timer = new Timer(), gradTimer = new Timer();
		sd.setListeners(timer);
		sd.getFunction("grad").setListeners(gradTimer);
		long t1 = System.nanoTime();
		for (int s = 0; s < steps; s++) step(net, x, r, b).release();
		double listened = (System.nanoTime() - t1) / 1e6 / steps;
		Map<String, double[]> all = new HashMap<>(timer.byType);
		gradTimer.byType.forEach((k, v) -> all.merge(k, v, (a, c) -> new double[] { a[0] + c[0], a[1] + c[1] }));
		List<Map.Entry<String, double[]>> list = new ArrayList<>(all.entrySet());
		list.sort((a, c) -> Double.compare(c.getValue()[0], a.getValue()[0]));
		double sum = 0;
		for (Map.Entry<String, double[]> e : list) sum += e.getValue()[0];
		System.out.printf("%s batch %d: step %.1f ms (%.0f images/s); with listener %.1f ms, ops sum %.1f ms/step%n",
			args[0], b, plain, b * 1000 / plain, listened, sum / steps);
		System.out.printf("%-28s %9s %7s %9s %6s%n", "op", "ms/step", "calls", "ms/call", "share");
		for (Map.Entry<String, double[]> e : list) {
			double[] t = e.getValue();
			if (t[0] / sum < 0.003) continue;
			System.out.printf("%-28s %9.2f %7.1f %9.3f %5.1f%%%n", e.getKey(), t[0] / steps, t[1] / steps, t[0] / t[1],
				100 * t[0] / sum);
		}
	}

	private static StepResult step(VaeNetwork net, INDArray x, SplittableRandom r, int b) {
		float[] e = new float[b * 10];
		for (int i = 0; i < e.length; i++) e[i] = (float) SpeedProbe.nextGaussian(r);
		return net.gradients(x, Nd4j.create(e, new long[] { b, 10 }, 'c'), 1.0);
	}

	static INDArray batch(VaeConfig cfg, int b) {
		SplittableRandom r = new SplittableRandom(1);
		int d = cfg.inputLength();
		float[] xs = new float[b * d];
		for (int i = 0; i < b; i++) {
			double cx = 12 + r.nextDouble() * 40, cy = 12 + r.nextDouble() * 40, rad = 4 + r.nextDouble() * 8;
			for (int y = 0; y < 64; y++) for (int xx = 0; xx < 64; xx++)
				xs[i * d + y * 64 + xx] = ((xx - cx) * (xx - cx) + (y - cy) * (y - cy) < rad * rad) ? 1f : 0f;
		}
		return Nd4j.create(xs, new long[] { b, d }, 'c');
	}
}
