package io.github.vaeexplorer.export;

import io.github.vaeexplorer.model.Architecture;
import io.github.vaeexplorer.model.NetworkLayout;
import io.github.vaeexplorer.model.ParameterSpec;
import io.github.vaeexplorer.model.SoftwareVersion;
import io.github.vaeexplorer.model.VaeConfig;
import io.github.vaeexplorer.model.VaeModel;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * A trained VAE's encoder and decoder as ONNX graphs (opset {@value OnnxGraph#OPSET}) that compute what
 * {@link io.github.vaeexplorer.model.VaeNetwork} computes, on images already normalised to [0,1] (the package's
 * rdf.yaml declares that normalisation as preprocessing):
 * <ul>
 * <li>encoder: {@value #IMAGE} {@code [batch, channels, size, size]} → {@value #MU}, {@value #LOGVAR}
 * {@code [batch, latent]};</li>
 * <li>decoder: {@value #Z} {@code [batch, latent]} → {@value #IMAGE} {@code [batch, channels, size, size]}, the mean
 * of p(x|z) (sigmoid of the logits);</li>
 * <li>autoencoder: both, the decoder reading the posterior mean: {@value #IMAGE} → {@value #MU}, {@value #LOGVAR},
 * {@value #RECONSTRUCTION}.</li>
 * </ul>
 * Dense layers ({@code x·W + b}) are {@code Gemm}; convolutions {@code Conv} and {@code ConvTranspose} (4×4, stride 2,
 * padding 1) with the weights permuted from ND4J's {@code [kH, kW, a, b]} to ONNX's {@code [b, a, kH, kW]};
 * activations {@code Relu} and {@code Sigmoid}; flattening {@code Reshape}.
 *
 * @author VAE Explorer developers
 */
public final class VaeOnnx {

	/** Tensor names, shared by the graphs and the package's rdf.yaml. */
	public static final String IMAGE = "image", MU = "mu", LOGVAR = "logvar", Z = "z",
		RECONSTRUCTION = "reconstruction";

	private static final long KERNEL = 4, STRIDE = 2, PADDING = 1;

	private final VaeConfig config;
	private final Map<String, float[]> values;
	private final Map<String, long[]> shapes = new HashMap<>();

	/** The graphs of a model's current weights. */
	public VaeOnnx(VaeModel model) {
		this.config = model.config();
		this.values = model.weightValues();
		for (ParameterSpec spec : NetworkLayout.of(config.network()).parameters()) shapes.put(spec.name(), spec.shape());
	}

	/** The operator set the graphs import. */
	public static int opset() {
		return OnnxGraph.OPSET;
	}

	/** Image → posterior mean and log variance. */
	public byte[] encoder() {
		OnnxGraph g = graph("vae_encoder");
		g.output(MU, config.latent());
		g.output(LOGVAR, config.latent());
		new Writer(g).encoder(IMAGE);
		return g.toBytes(SoftwareVersion.get(), "VAE Explorer encoder: image in [0,1] to posterior mean and log variance");
	}

	/** Code → mean image. */
	public byte[] decoder() {
		OnnxGraph g = new OnnxGraph("vae_decoder");
		g.input(Z, config.latent());
		g.output(IMAGE, config.channels(), config.size(), config.size());
		new Writer(g).decoder(Z, IMAGE);
		return g.toBytes(SoftwareVersion.get(), "VAE Explorer decoder: latent code to the mean image in [0,1]");
	}

	/** Image → posterior mean, log variance, and the decoded posterior mean. */
	public byte[] autoencoder() {
		OnnxGraph g = graph("vae_autoencoder");
		g.output(MU, config.latent());
		g.output(LOGVAR, config.latent());
		g.output(RECONSTRUCTION, config.channels(), config.size(), config.size());
		Writer w = new Writer(g);
		w.encoder(IMAGE);
		w.decoder(MU, RECONSTRUCTION);
		return g.toBytes(SoftwareVersion.get(), "VAE Explorer autoencoder: image in [0,1] to posterior mean, log " +
			"variance and the reconstruction decoded from the mean");
	}

	private OnnxGraph graph(String name) {
		OnnxGraph g = new OnnxGraph(name);
		g.input(IMAGE, config.channels(), config.size(), config.size());
		return g;
	}

	/** Adds one graph's nodes; each weight becomes an initializer once. */
	private final class Writer {

		private final OnnxGraph g;
		private final Set<String> declared = new HashSet<>();

		Writer(OnnxGraph g) {
			this.g = g;
		}

		void encoder(String image) {
			String h;
			if (config.architecture() == Architecture.DENSE) {
				h = g.node("Reshape", "enc/flat", new String[] { image, g.longs("enc/flat_shape", -1, config
					.inputLength()) });
				h = relu(dense(h, "enc_fc1"));
				h = relu(dense(h, "enc_fc2"));
			}
			else {
				h = image;
				for (int i = 1; i <= 4; i++) h = relu(conv("Conv", h, "enc_conv" + i));
				h = g.node("Reshape", "enc/flat", new String[] { h, g.longs("enc/flat_shape", -1, shapes.get("enc_fc_W")[0]) });
				h = relu(dense(h, "enc_fc"));
			}
			denseTo(h, "enc_mu", MU);
			denseTo(h, "enc_logvar", LOGVAR);
		}

		void decoder(String z, String image) {
			String h = relu(dense(z, "dec_fc1"));
			h = relu(dense(h, "dec_fc2"));
			long c = config.channels(), s = config.size();
			if (config.architecture() == Architecture.DENSE) {
				h = g.node("Sigmoid", "dec/probs", new String[] { dense(h, "dec_out") });
				g.node("Reshape", image, new String[] { h, g.longs("dec/image_shape", -1, c, s, s) });
			}
			else {
				long side = s / 16;
				h = g.node("Reshape", "dec/grid", new String[] { h, g.longs("dec/grid_shape", -1, shapes.get(
					"dec_deconv1_W")[3], side, side) });
				for (int i = 1; i <= 3; i++) h = relu(conv("ConvTranspose", h, "dec_deconv" + i));
				g.node("Sigmoid", image, new String[] { conv("ConvTranspose", h, "dec_deconv4") });
			}
		}

		private String dense(String in, String layer) {
			return denseTo(in, layer, layer + "/out");
		}

		private String denseTo(String in, String layer, String out) {
			return g.node("Gemm", out, new String[] { in, weight(layer + "_W", false), weight(layer + "_b", false) });
		}

		/** A 4×4 stride-2 convolution or transposed convolution, padding 1 on every side. */
		private String conv(String op, String in, String layer) {
			return g.node(op, layer + "/out", new String[] { in, weight(layer + "_W", true), weight(layer + "_b",
				false) }, "kernel_shape", new long[] { KERNEL, KERNEL }, "strides", new long[] { STRIDE, STRIDE },
				"pads", new long[] { PADDING, PADDING, PADDING, PADDING });
		}

		private String relu(String in) {
			return g.node("Relu", in + "/relu", new String[] { in });
		}

		/** The initializer of a parameter; a kernel permuted from {@code [kH, kW, a, b]} to {@code [b, a, kH, kW]}. */
		private String weight(String name, boolean kernel) {
			if (!declared.add(name)) return name;
			long[] shape = shapes.get(name);
			float[] v = values.get(name);
			if (!kernel) return g.floats(name, v, shape);
			return g.floats(name, permuteKernel(v, shape), shape[3], shape[2], shape[0], shape[1]);
		}
	}

	/** {@code [kH, kW, a, b]} (C order) to {@code [b, a, kH, kW]}. */
	static float[] permuteKernel(float[] v, long[] shape) {
		int kh = (int) shape[0], kw = (int) shape[1], a = (int) shape[2], b = (int) shape[3];
		float[] out = new float[v.length];
		for (int y = 0; y < kh; y++) {
			for (int x = 0; x < kw; x++) {
				for (int i = 0; i < a; i++) {
					for (int o = 0; o < b; o++) {
						out[((o * a + i) * kh + y) * kw + x] = v[((y * kw + x) * a + i) * b + o];
					}
				}
			}
		}
		return out;
	}
}
