package io.github.vaeexplorer.model;

import io.github.vaeexplorer.nd4j.NativeBackend;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

import org.nd4j.autodiff.samediff.SDIndex;
import org.nd4j.autodiff.samediff.SDVariable;
import org.nd4j.autodiff.samediff.SameDiff;
import org.nd4j.autodiff.samediff.api.OutAndGrad;
import org.nd4j.enums.DataFormat;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.ops.impl.layers.convolution.config.Conv2DConfig;
import org.nd4j.linalg.api.ops.impl.layers.convolution.config.PaddingMode;
import org.nd4j.linalg.factory.Nd4j;

/** Manual probe: deconv2d against the phase formulation, per decoder layer shape, forward + backward. */
public class DeconvProbe {

	public static void main(String[] args) {
		System.out.println(NativeBackend.ensureLoaded());
		int n = 128, reps = Integer.parseInt(args[0]);
		long[][] shapes = { { 64, 64, 4 }, { 64, 32, 8 }, { 32, 32, 16 }, { 32, 1, 32 } };
		for (long[] s : shapes) {
			for (boolean phase : new boolean[] { false, true }) {
				SameDiff sd = SameDiff.create();
				Nd4j.getRandom().setSeed(5);
				SDVariable x = sd.placeHolder("x", DataType.FLOAT, -1, s[0], s[2], s[2]);
				SDVariable w = sd.var("W", Nd4j.rand(DataType.FLOAT, 4, 4, s[1], s[0]).subi(0.5));
				SDVariable b = sd.var("b", Nd4j.rand(DataType.FLOAT, s[1]).subi(0.5));
				Map<String, SDVariable> p = new HashMap<>();
				p.put("l_W", w);
				p.put("l_b", b);
				SDVariable y = phase ? phaseDeconv(sd, x, w, b, s[1], s[2]) : Layers.deconv(sd, x, p, "l");
				SDVariable r = sd.constant("r", Nd4j.rand(DataType.FLOAT, n, s[1], 2 * s[2], 2 * s[2]));
				y.mul(r).sum().rename("loss");
				sd.setLossVariables("loss");
				Map<String, INDArray> ph = new HashMap<>();
				ph.put("x", Nd4j.rand(DataType.FLOAT, n, s[0], s[2], s[2]));
				OutAndGrad og = null;
				for (int i = 0; i < 5; i++) og = sd.calculateGradientsAndOutputs(ph, Arrays.asList("loss"), Arrays.asList("W", "b", "x"));
				OpProfileProbe.Timer timer = new OpProfileProbe.Timer();
				sd.setListeners(timer);
				sd.getFunction("grad").setListeners(timer);
				long t = System.nanoTime();
				for (int i = 0; i < reps; i++) og = sd.calculateGradientsAndOutputs(ph, Arrays.asList("loss"), Arrays.asList("W", "b", "x"));
				System.out.printf("%s in %d out %d side %d: %.2f ms fwd+bwd  loss %.6f  |gW| %.6f |gx| %.6f%n",
					phase ? "phase " : "deconv", s[0], s[1], s[2], (System.nanoTime() - t) / 1e6 / reps,
					og.getOutputs().get("loss").getDouble(0), og.getGradients().get("W").norm2Number().doubleValue(),
					og.getGradients().get("x").norm2Number().doubleValue());
				timer.byType.forEach((name, v) -> System.out.printf("   %-22s %8.3f ms/call %5.1f calls/rep%n", name, v[0] / v[1], v[1] / reps));
			}
		}
	}

	static String MODE = System.getProperty("mode", "d2s");

	static SDVariable phaseDeconv(SameDiff sd, SDVariable x, SDVariable w, SDVariable b, long out, long side) {
		long in = w.getShape() == null ? -1 : w.getShape()[3];
		// W[ky, kx, o, i] with ky = 2q + a', kx = 2p + b'; the 2×2 tap (r, s) = (1 - q, 1 - p).
		SDVariable taps = sd.reverse(w.reshape(2, 2, 2, 2, out, in), 0, 2);
		SDVariable w2 = taps.permute(0, 2, 5, 1, 3, 4).reshape(2, 2, in, 4 * out);
		SDVariable b4 = sd.tile(b, 4);
		Conv2DConfig cfg = Conv2DConfig.builder().kH(2).kW(2).sH(1).sW(1).pH(1).pW(1).dH(1).dW(1)
			.paddingMode(PaddingMode.VALID).dataFormat("NCHW").build();
		SDVariable phases = sd.cnn().conv2d(x, w2, b4, cfg);
		SDVariable full = MODE.equals("d2s") ? sd.cnn().depthToSpace(phases, 2, DataFormat.NCHW)
			: phases.reshape(-1, 2, 2, out, side + 1, side + 1).permute(0, 3, 4, 1, 5, 2).reshape(-1, out, 2 * side + 2, 2 * side + 2);
		return full.get(SDIndex.all(), SDIndex.all(), SDIndex.interval(1L, 2 * side + 1), SDIndex.interval(1L, 2 * side + 1));
	}
}
