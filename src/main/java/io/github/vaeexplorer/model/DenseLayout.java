package io.github.vaeexplorer.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import org.nd4j.autodiff.samediff.SDVariable;
import org.nd4j.autodiff.samediff.SameDiff;

/**
 * The dense reference network ({@code dense} in docs/reference.md): input → 512 → 256 → (mu, logvar);
 * z → 256 → 512 → input, ReLU.
 *
 * @author VAE Explorer developers
 */
final class DenseLayout implements NetworkLayout {

	private static final long H1 = 512, H2 = 256;

	private final List<ParameterSpec> parameters;

	DenseLayout(long input, long latent) {
		List<ParameterSpec> list = new ArrayList<>();
		list.addAll(Layers.denseParams("enc_fc1", input, H1));
		list.addAll(Layers.denseParams("enc_fc2", H1, H2));
		list.addAll(Layers.headParams(H2, latent));
		list.addAll(Layers.denseParams("dec_fc1", latent, H2));
		list.addAll(Layers.denseParams("dec_fc2", H2, H1));
		list.addAll(Layers.denseParams("dec_out", H1, input));
		parameters = Collections.unmodifiableList(list);
	}

	@Override
	public long activationsPerSample() {
		long values = 0; // every layer's output has its bias's length
		for (ParameterSpec spec : parameters) {
			if (spec.name().endsWith("_b")) values += spec.length();
		}
		long input = parameters.get(0).shape()[0];
		return values + 5 * input; // plus the input and the loss's four temporaries
	}

	@Override
	public long forwardFlops() {
		long flops = 0;
		for (ParameterSpec spec : parameters) {
			if (spec.name().endsWith("_W")) flops += 2 * spec.length();
		}
		return flops;
	}

	@Override
	public List<ParameterSpec> parameters() {
		return parameters;
	}

	@Override
	public SDVariable encoderHidden(SameDiff sd, SDVariable x, Map<String, SDVariable> p) {
		SDVariable h = sd.nn().relu(Layers.dense(x, p, "enc_fc1"), 0);
		return sd.nn().relu(Layers.dense(h, p, "enc_fc2"), 0);
	}

	@Override
	public SDVariable decoderLogits(SameDiff sd, SDVariable z, Map<String, SDVariable> p) {
		SDVariable h = sd.nn().relu(Layers.dense(z, p, "dec_fc1"), 0);
		h = sd.nn().relu(Layers.dense(h, p, "dec_fc2"), 0);
		return Layers.dense(h, p, "dec_out");
	}
}
