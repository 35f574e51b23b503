package io.github.vaeexplorer.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.nd4j.autodiff.samediff.SDVariable;
import org.nd4j.autodiff.samediff.SameDiff;
import org.nd4j.linalg.api.ops.impl.layers.convolution.config.Conv2DConfig;
import org.nd4j.linalg.api.ops.impl.layers.convolution.config.DeConv2DConfig;
import org.nd4j.linalg.api.ops.impl.layers.convolution.config.PaddingMode;

/**
 * The few SameDiff building blocks the layouts use. Dense layers are written as {@code x·W + b}: in nd4j 1.0.0-M2.1
 * {@code sd.nn().linear} trains badly.
 *
 * @author VAE Explorer developers
 */
final class Layers {

	/** Kernel, stride and padding of every (de)convolution: halves or doubles the side exactly. */
	static final int KERNEL = 4, STRIDE = 2, PADDING = 1;

	private Layers() {}

	static SDVariable dense(SDVariable in, Map<String, SDVariable> p, String layer) {
		return in.mmul(p.get(layer + "_W")).add(p.get(layer + "_b"));
	}

	static SDVariable conv(SameDiff sd, SDVariable in, Map<String, SDVariable> p, String layer) {
		Conv2DConfig cfg = Conv2DConfig.builder().kH(KERNEL).kW(KERNEL).sH(STRIDE).sW(STRIDE).pH(PADDING)
			.pW(PADDING).dH(1).dW(1).paddingMode(PaddingMode.VALID).dataFormat("NCHW").build();
		return sd.cnn().conv2d(in, p.get(layer + "_W"), p.get(layer + "_b"), cfg);
	}

	static SDVariable deconv(SameDiff sd, SDVariable in, Map<String, SDVariable> p, String layer) {
		DeConv2DConfig cfg = DeConv2DConfig.builder().kH(KERNEL).kW(KERNEL).sH(STRIDE).sW(STRIDE).pH(PADDING)
			.pW(PADDING).dH(1).dW(1).isSameMode(false).dataFormat("NCHW").build();
		return sd.cnn().deconv2d(in, p.get(layer + "_W"), p.get(layer + "_b"), cfg);
	}

	/** Weight and bias specs of a dense layer. */
	static List<ParameterSpec> denseParams(String layer, long in, long out) {
		List<ParameterSpec> list = new ArrayList<>();
		list.add(new ParameterSpec(layer + "_W", new long[] { in, out }, in));
		list.add(new ParameterSpec(layer + "_b", new long[] { out }, in));
		return list;
	}

	/** The mean and log-variance heads that turn the encoder's hidden layer into the posterior's parameters. */
	static List<ParameterSpec> headParams(long hidden, long latent) {
		List<ParameterSpec> list = new ArrayList<>(denseParams("enc_mu", hidden, latent));
		list.addAll(denseParams("enc_logvar", hidden, latent));
		return list;
	}

	/** Weight ([kH, kW, in, out]) and bias specs of a convolution. */
	static List<ParameterSpec> convParams(String layer, long in, long out) {
		long fanIn = in * KERNEL * KERNEL;
		List<ParameterSpec> list = new ArrayList<>();
		list.add(new ParameterSpec(layer + "_W", new long[] { KERNEL, KERNEL, in, out }, fanIn));
		list.add(new ParameterSpec(layer + "_b", new long[] { out }, fanIn));
		return list;
	}

	/** Weight ([kH, kW, out, in]) and bias specs of a transposed convolution; fan-in as PyTorch counts it. */
	static List<ParameterSpec> deconvParams(String layer, long in, long out) {
		long fanIn = out * KERNEL * KERNEL;
		List<ParameterSpec> list = new ArrayList<>();
		list.add(new ParameterSpec(layer + "_W", new long[] { KERNEL, KERNEL, out, in }, fanIn));
		list.add(new ParameterSpec(layer + "_b", new long[] { out }, fanIn));
		return list;
	}
}
