package io.github.vaeexplorer.export;

import io.github.vaeexplorer.data.Normalisation;
import io.github.vaeexplorer.model.Architecture;
import io.github.vaeexplorer.model.Objective;
import io.github.vaeexplorer.model.VaeModel;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The rdf.yaml of an exported model, following the bioimage.io model description, format {@value #FORMAT_VERSION}:
 * the autoencoder graph as the model (image → {@code mu}, {@code logvar}, {@code reconstruction}), the model's
 * per-channel normalisation as preprocessing ({@code scale_linear} along the channel axis, then {@code clip} to
 * [0,1], the fixed equivalent of the percentile bounds it was trained with) and its inverse as the reconstruction's
 * postprocessing, test tensors, cover, README, citations, the training config, and the encoder and decoder alone as
 * attachments.
 *
 * @author VAE Explorer developers
 */
final class RdfDescription {

	static final String FORMAT_VERSION = "0.5.3";

	private final VaeModel model;
	private final String name;
	private final Map<String, String> sha256;
	private final Map<String, Object> training;

	/**
	 * @param name the model's name (its file name)
	 * @param sha256 the SHA-256 of every file of the package, by name
	 * @param training the training config and latent statistics, stored under {@code config.vae_explorer}
	 */
	RdfDescription(VaeModel model, String name, Map<String, String> sha256, Map<String, Object> training) {
		this.model = model;
		this.name = name;
		this.sha256 = sha256;
		this.training = training;
	}

	/** The description as nested maps and lists, in the order it is written. */
	Map<String, Object> toMap() {
		Map<String, Object> rdf = new LinkedHashMap<>();
		rdf.put("format_version", FORMAT_VERSION);
		rdf.put("type", "model");
		rdf.put("name", (name.replaceAll("[^A-Za-z0-9 _-]", " ").trim() + " VAE Explorer " + model.config()
			.architecture().key() + " VAE").trim());
		rdf.put("description", "Variational autoencoder trained with VAE Explorer (" + model.config().architecture()
			.key() + ", latent " + model.latent() + ", " + model.config().objective().key() + " objective): " +
			"encodes an image into the posterior mean and log variance of its latent code and decodes the mean " +
			"back into an image.");
		rdf.put("authors", List.of(entry("name", "VAE Explorer")));
		rdf.put("cite", citations());
		rdf.put("license", "CC-BY-4.0");
		rdf.put("documentation", PackageFiles.README);
		rdf.put("covers", List.of(PackageFiles.COVER));
		rdf.put("tags", List.of("vae", "variational-autoencoder", "representation-learning", "onnx", "vae-explorer"));
		rdf.put("inputs", List.of(input()));
		rdf.put("outputs", List.of(latentOutput(VaeOnnx.MU, PackageFiles.TEST_MU, "posterior mean"), latentOutput(
			VaeOnnx.LOGVAR, PackageFiles.TEST_LOGVAR, "posterior log variance"), reconstruction()));
		Map<String, Object> onnx = new LinkedHashMap<>();
		onnx.put("source", PackageFiles.AUTOENCODER);
		onnx.put("sha256", sha256(PackageFiles.AUTOENCODER));
		onnx.put("opset_version", VaeOnnx.opset());
		rdf.put("weights", entry("onnx", onnx));
		List<Object> attachments = new ArrayList<>();
		for (String file : PackageFiles.ATTACHMENTS) attachments.add(file(file));
		rdf.put("attachments", attachments);
		Map<String, Object> config = new LinkedHashMap<>();
		config.put("bioimageio", entry("reproducibility_tolerance", List.of(tolerance())));
		config.put("vae_explorer", training);
		rdf.put("config", config);
		return rdf;
	}

	/**
	 * How closely another runtime must reproduce the test outputs: the reconstruction is in the source's intensity
	 * scale, so its absolute tolerance grows with the widest channel range.
	 */
	private Map<String, Object> tolerance() {
		double range = 1;
		Normalisation norm = model.normalisation();
		for (int c = 0; c < norm.channels(); c++) range = Math.max(range, norm.high(c) - norm.low(c));
		Map<String, Object> t = entry("relative_tolerance", 1e-3);
		t.put("absolute_tolerance", 1e-4 * range);
		return t;
	}

	private List<Object> citations() {
		List<Object> cite = new ArrayList<>();
		cite.add(citation("Kingma & Welling (2014): Auto-Encoding Variational Bayes. ICLR.", "10.48550/arXiv.1312.6114"));
		Objective objective = model.config().objective();
		if (objective == Objective.BETA) cite.add(citation("Higgins et al. (2017): beta-VAE: Learning Basic Visual " +
			"Concepts with a Constrained Variational Framework. ICLR.", null));
		if (objective == Objective.CAPACITY || model.config().architecture() == Architecture.CONV) cite.add(citation(
			"Burgess et al. (2018): Understanding disentangling in beta-VAE.", "10.48550/arXiv.1804.03599"));
		if (objective == Objective.TCVAE) cite.add(citation("Chen et al. (2018): Isolating Sources of " +
			"Disentanglement in Variational Autoencoders. NeurIPS.", "10.48550/arXiv.1802.04942"));
		return cite;
	}

	private static Map<String, Object> citation(String text, String doi) {
		Map<String, Object> c = entry("text", text);
		if (doi != null) c.put("doi", doi);
		else c.put("url", "https://openreview.net/forum?id=Sy2fzUggl");
		return c;
	}

	private Map<String, Object> input() {
		Normalisation norm = model.normalisation();
		int channels = model.config().channels();
		List<Object> gain = new ArrayList<>(), offset = new ArrayList<>();
		for (int c = 0; c < channels; c++) {
			double range = norm.high(c) - norm.low(c);
			gain.add(range > 0 ? 1 / range : 0.0);
			offset.add(range > 0 ? -norm.low(c) / range : 0.0);
		}
		Map<String, Object> scale = new LinkedHashMap<>();
		scale.put("axis", "channel");
		scale.put("gain", gain);
		scale.put("offset", offset);
		Map<String, Object> clip = new LinkedHashMap<>();
		clip.put("min", 0.0);
		clip.put("max", 1.0);
		Map<String, Object> t = tensor(VaeOnnx.IMAGE, "an image of the training's size in the intensity scale of the " +
			"training images (the preprocessing maps it to [0,1] as training did)", imageAxes(), PackageFiles.TEST_IMAGE);
		t.put("preprocessing", List.of(step("scale_linear", scale), step("clip", clip)));
		return t;
	}

	private Map<String, Object> latentOutput(String id, String test, String what) {
		List<Object> axes = new ArrayList<>();
		axes.add(entry("type", "batch"));
		axes.add(channelAxis("z", model.latent()));
		return tensor(id, what + " of q(z|x), one value a latent dimension", axes, test);
	}

	private Map<String, Object> reconstruction() {
		Normalisation norm = model.normalisation();
		List<Object> gain = new ArrayList<>(), offset = new ArrayList<>();
		for (int c = 0; c < model.config().channels(); c++) {
			double range = norm.high(c) - norm.low(c);
			gain.add(range > 0 ? range : 1.0);
			offset.add(norm.low(c));
		}
		Map<String, Object> scale = new LinkedHashMap<>();
		scale.put("axis", "channel");
		scale.put("gain", gain);
		scale.put("offset", offset);
		Map<String, Object> t = tensor(VaeOnnx.RECONSTRUCTION, "the mean of p(x|z) at z = mu, in the training images' " +
			"intensity scale", imageAxes(), PackageFiles.TEST_RECONSTRUCTION);
		t.put("postprocessing", List.of(step("scale_linear", scale)));
		return t;
	}

	private List<Object> imageAxes() {
		int size = model.config().size();
		List<Object> axes = new ArrayList<>();
		axes.add(entry("type", "batch"));
		axes.add(channelAxis("c", model.config().channels()));
		for (String id : Arrays.asList("y", "x")) {
			Map<String, Object> a = entry("type", "space");
			a.put("id", id);
			a.put("size", size);
			axes.add(a);
		}
		return axes;
	}

	private static Map<String, Object> channelAxis(String prefix, int n) {
		List<Object> names = new ArrayList<>();
		for (int i = 0; i < n; i++) names.add(prefix + i);
		Map<String, Object> a = entry("type", "channel");
		a.put("channel_names", names);
		return a;
	}

	private Map<String, Object> tensor(String id, String description, List<Object> axes, String test) {
		Map<String, Object> t = entry("id", id);
		t.put("description", description);
		t.put("axes", axes);
		t.put("test_tensor", file(test));
		t.put("data", entry("type", "float32"));
		return t;
	}

	private Map<String, Object> file(String name) {
		Map<String, Object> f = entry("source", name);
		f.put("sha256", sha256(name));
		return f;
	}

	private String sha256(String file) {
		String hash = sha256.get(file);
		if (hash == null) throw new IllegalStateException("no checksum of " + file);
		return hash;
	}

	private static Map<String, Object> step(String id, Map<String, Object> kwargs) {
		Map<String, Object> s = entry("id", id);
		s.put("kwargs", kwargs);
		return s;
	}

	private static Map<String, Object> entry(String key, Object value) {
		Map<String, Object> m = new LinkedHashMap<>();
		m.put(key, value);
		return m;
	}
}
