package io.github.vaeexplorer.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import org.nd4j.autodiff.samediff.SDVariable;
import org.nd4j.autodiff.samediff.SameDiff;

/**
 * The beta-VAE network of Burgess et al. 2018 ({@code conv} in docs/reference.md): four 4×4 stride-2 convolutions with
 * 32, 32, 64, 64 channels, dense 256, and a decoder mirrored with transposed convolutions. Works for any side
 * divisible by 16.
 *
 * @author VAE Explorer developers
 */
final class ConvLayout implements NetworkLayout {

	private static final long[] WIDTHS = { 32, 32, 64, 64 };
	private static final long HIDDEN = 256;

	private final long channels;
	private final long size;
	private final long side;
	private final List<ParameterSpec> parameters;

	ConvLayout(long channels, long size, long latent) {
		this.channels = channels;
		this.size = size;
		this.side = size / 16;
		long flat = WIDTHS[3] * side * side;
		List<ParameterSpec> list = new ArrayList<>();
		long in = channels;
		for (int i = 0; i < WIDTHS.length; i++) {
			list.addAll(Layers.convParams("enc_conv" + (i + 1), in, WIDTHS[i]));
			in = WIDTHS[i];
		}
		list.addAll(Layers.denseParams("enc_fc", flat, HIDDEN));
		list.addAll(Layers.headParams(HIDDEN, latent));
		list.addAll(Layers.denseParams("dec_fc1", latent, HIDDEN));
		list.addAll(Layers.denseParams("dec_fc2", HIDDEN, flat));
		list.addAll(Layers.deconvParams("dec_deconv1", WIDTHS[3], WIDTHS[2]));
		list.addAll(Layers.deconvParams("dec_deconv2", WIDTHS[2], WIDTHS[1]));
		list.addAll(Layers.deconvParams("dec_deconv3", WIDTHS[1], WIDTHS[0]));
		list.addAll(Layers.deconvParams("dec_deconv4", WIDTHS[0], channels));
		parameters = Collections.unmodifiableList(list);
	}

	@Override
	public long activationsPerSample() {
		long values = channels * size * size * 6; // input, logits and the loss's four temporaries
		for (int i = 0; i < WIDTHS.length; i++) {
			long side = size >> (i + 1);
			values += 2 * WIDTHS[i] * side * side; // encoder output i and its mirror in the decoder
		}
		return values + 2 * HIDDEN;
	}

	@Override
	public long forwardFlops() {
		long flops = 0;
		for (ParameterSpec spec : parameters) {
			if (!spec.name().endsWith("_W")) continue;
			long weights = spec.length();
			if (spec.name().startsWith("enc_conv")) {
				// Output side of encoder convolution i is size / 2^i.
				long side = size >> Integer.parseInt(spec.name().substring("enc_conv".length(), spec.name().indexOf('_',
					4)));
				flops += 2 * weights * side * side;
			}
			else if (spec.name().startsWith("dec_deconv")) {
				// Input side of decoder deconvolution i is (size / 16) * 2^(i-1); each input pixel meets every weight.
				long side = this.side << (Integer.parseInt(spec.name().substring("dec_deconv".length(), spec.name()
					.indexOf('_', 4))) - 1);
				flops += 2 * weights * side * side;
			}
			else {
				flops += 2 * weights;
			}
		}
		return flops;
	}

	@Override
	public List<ParameterSpec> parameters() {
		return parameters;
	}

	@Override
	public SDVariable encoderHidden(SameDiff sd, SDVariable x, Map<String, SDVariable> p) {
		SDVariable h = x.reshape(-1, channels, size, size);
		for (int i = 1; i <= WIDTHS.length; i++) {
			h = sd.nn().relu(Layers.conv(sd, h, p, "enc_conv" + i), 0);
		}
		h = h.reshape(-1, WIDTHS[3] * side * side);
		return sd.nn().relu(Layers.dense(h, p, "enc_fc"), 0);
	}

	@Override
	public SDVariable decoderLogits(SameDiff sd, SDVariable z, Map<String, SDVariable> p) {
		SDVariable h = sd.nn().relu(Layers.dense(z, p, "dec_fc1"), 0);
		h = sd.nn().relu(Layers.dense(h, p, "dec_fc2"), 0);
		h = h.reshape(-1, WIDTHS[3], side, side);
		for (int i = 1; i <= 3; i++) {
			h = sd.nn().relu(Layers.deconv(sd, h, p, "dec_deconv" + i), 0);
		}
		h = Layers.deconv(sd, h, p, "dec_deconv4");
		return h.reshape(-1, channels * size * size);
	}
}
