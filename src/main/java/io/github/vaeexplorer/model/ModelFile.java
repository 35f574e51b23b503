package io.github.vaeexplorer.model;

import io.github.vaeexplorer.data.Normalisation;
import io.github.vaeexplorer.data.OutputFiles;
import io.github.vaeexplorer.data.PercentileEstimator;
import io.github.vaeexplorer.data.SourceGeometry;
import io.github.vaeexplorer.history.TrainingHistory;
import io.github.vaeexplorer.text.Json;

import com.google.gson.Gson;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/**
 * Reads and writes {@code *.vae.zip} model files (docs/reference.md): {@code config.json}, {@code weights.bin},
 * {@code optimizer.bin}, {@code history.csv} and {@code latent-stats.json} in one zip, and for an adversarial
 * autoencoder {@code adversary.bin} (the discriminator and the encoder-update Adam, so that resuming is exact).
 * <p>
 * Writing is atomic: the zip is written to a temporary file beside the target and renamed over it, so a crash, a
 * full disk or a cancel never leaves a half-written model under the final name. Reading validates everything and
 * fails with a {@link ModelFileException} whose one-line message names the file and the problem.
 *
 * @author VAE Explorer developers
 */
public final class ModelFile {

	/** Version of the file layout this code writes and the newest it reads. */
	public static final int FORMAT_VERSION = 1;

	static final String CONFIG = "config.json", WEIGHTS = "weights.bin", OPTIMIZER = "optimizer.bin",
		HISTORY = "history.csv", STATS = "latent-stats.json", ADVERSARY = "adversary.bin";
	private static final String DISC_PREFIX = "disc_", GEN_PREFIX = "gen_";

	private static final byte[] ZIP_SIGNATURE = { 'P', 'K', 3, 4 };

	/**
	 * The entries read, each with the most bytes it may hold uncompressed, so that a corrupted size, a zip bomb or
	 * junk entries can never exhaust memory. Any other entry is skipped unread.
	 */
	private static final Map<String, Long> ENTRY_LIMITS = Map.of(CONFIG, 1L << 20, WEIGHTS, 1L << 30, OPTIMIZER,
		(long) Integer.MAX_VALUE - 64, HISTORY, 64L << 20, STATS, 16L << 20, ADVERSARY, (long) Integer.MAX_VALUE - 64);

	/** Largest image plane (pixels) a model's input geometry may describe: what one ImageJ plane can hold. */
	private static final long MAX_PLANE_PIXELS = Integer.MAX_VALUE;

	private static final Gson GSON = Json.PRETTY;

	private ModelFile() {}

	// -- Writing --

	/**
	 * Writes a model atomically.
	 *
	 * @throws ModelFileException if the file cannot be written (nothing is left under {@code file} then, or the
	 *           previous file stays as it was)
	 */
	public static void save(VaeModel model, Path file) {
		save(model, file, (SaveTarget) null);
	}

	/**
	 * Writes a model atomically, unless the file has changed since {@code before} was taken (another process, such as
	 * a second training given the same model path, wrote it meanwhile): then nothing is replaced.
	 *
	 * @param before what {@link #checkWritable} saw, or null to replace whatever is there
	 * @throws ModelFileException if the file cannot be written or was changed by someone else
	 */
	public static void save(VaeModel model, Path file, SaveTarget before) {
		save(model, file, Files::newOutputStream, before);
	}

	/**
	 * Checks, before training starts, that a model could be saved to {@code file}: its folder is writable, the name
	 * fits, and an existing file is a VAE Explorer model (any other file, even another zip, is never replaced).
	 *
	 * @return the file's state now, for {@link #save(VaeModel, Path, SaveTarget)} to notice a concurrent writer
	 * @throws ModelFileException naming the file and the problem
	 */
	public static SaveTarget checkWritable(Path file) {
		try {
			OutputFiles.requireWritable(file, "a model file (zip)", ZIP_SIGNATURE);
			requireModelOrAbsent(file);
			return SaveTarget.of(file);
		}
		catch (IOException e) {
			throw new ModelFileException(e.getMessage(), e);
		}
	}

	/** Refuses an existing zip that is not a model (it has no {@code config.json}). */
	private static void requireModelOrAbsent(Path file) throws IOException {
		if (!Files.isRegularFile(file) || Files.size(file) == 0) return;
		boolean model;
		try (ZipFile zip = new ZipFile(file.toFile())) {
			model = zip.getEntry(CONFIG) != null && zip.getEntry(WEIGHTS) != null;
		}
		catch (ZipException e) {
			model = false;
		}
		if (!model) throw new IOException(file.getFileName() + ": exists and is not a VAE Explorer model; not " +
			"overwriting it (choose another name, or delete it first)");
	}

	/** Opens the stream a model is written to; tests substitute one that fails, as a full disk would. */
	interface StreamOpener {

		OutputStream open(Path file) throws IOException;
	}

	static void save(VaeModel model, Path file, StreamOpener opener) {
		save(model, file, opener, null);
	}

	private static void save(VaeModel model, Path file, StreamOpener opener, SaveTarget before) {
		Path temp = null;
		try {
			OutputFiles.requireSameKind(file, "a model file (zip)", ZIP_SIGNATURE);
			requireModelOrAbsent(file);
			temp = OutputFiles.tempBeside(file);
			try (OutputStream raw = opener.open(temp); ZipOutputStream zip = new ZipOutputStream(raw)) {
				put(zip, CONFIG, GSON.toJson(configJson(model)).getBytes(StandardCharsets.UTF_8));
				putArrays(zip, WEIGHTS, model.weightValues());
				if (model.optimizerState() != null) putArrays(zip, OPTIMIZER, model.optimizerState().moments());
				if (model.adversary() != null) putArrays(zip, ADVERSARY, adversaryArrays(model.adversary()));
				put(zip, HISTORY, model.history().toCsv().getBytes(StandardCharsets.UTF_8));
				put(zip, STATS, GSON.toJson(statsJson(model.statistics())).getBytes(StandardCharsets.UTF_8));
			}
			if (before != null && before.changed()) throw new ModelFileException(file, "was written by another " +
				"process while this training ran (another training saving to the same file?); not replacing it");
			OutputFiles.moveIntoPlace(temp, file);
			temp = null;
		}
		catch (IOException e) {
			// OutputFiles' own refusals already name the file; anything else is an I/O failure to describe.
			boolean named = e.getMessage() != null && e.getMessage().startsWith(file.getFileName() + ":");
			throw named ? new ModelFileException(e.getMessage(), e) : new ModelFileException(file,
				"cannot be written (" + describe(e) + ")", e);
		}
		finally {
			if (temp != null) {
				try {
					Files.deleteIfExists(temp);
				}
				catch (IOException e) {
					// The partial file has a temporary name; leaving it does not corrupt anything.
				}
			}
		}
	}

	/** An {@link ArrayBundle} entry, streamed into the zip. */
	private static void putArrays(ZipOutputStream zip, String name, Map<String, float[]> arrays) throws IOException {
		zip.putNextEntry(new ZipEntry(name));
		ArrayBundle.write(arrays, zip);
		zip.closeEntry();
	}

	private static void put(ZipOutputStream zip, String name, byte[] bytes) throws IOException {
		zip.putNextEntry(new ZipEntry(name));
		zip.write(bytes);
		zip.closeEntry();
	}

	/** The content of {@code config.json} for a model. */
	static JsonObject configJson(VaeModel model) {
		VaeConfig c = model.config();
		JsonObject o = new JsonObject();
		o.addProperty("format_version", FORMAT_VERSION);
		o.addProperty("software", "VAE Explorer " + SoftwareVersion.get());
		o.addProperty("architecture", c.architecture().key());
		o.addProperty("latent", c.latent());
		o.addProperty("beta", c.beta());
		o.addProperty("warmup", c.warmup());
		o.addProperty("epochs", c.epochs());
		o.addProperty("batch", c.batch());
		o.addProperty("learning_rate", c.learningRate());
		o.addProperty("size", c.size());
		o.addProperty("channels", c.channels());
		o.addProperty("validation", c.validation());
		o.addProperty("seed", c.seed());
		addObjective(o, c);
		o.addProperty("likelihood", "bernoulli");
		JsonObject input = new JsonObject();
		SourceGeometry g = model.geometry();
		input.addProperty("width", g.width());
		input.addProperty("height", g.height());
		input.addProperty("channels", g.channels());
		input.addProperty("size", g.size());
		o.add("input", input);
		JsonObject norm = new JsonObject();
		Normalisation n = model.normalisation();
		JsonArray low = new JsonArray(), high = new JsonArray();
		for (int ch = 0; ch < n.channels(); ch++) {
			low.add(n.low(ch));
			high.add(n.high(ch));
		}
		norm.addProperty("method", "percentiles " + PercentileEstimator.LOW_PERCENT + " and " +
			PercentileEstimator.HIGH_PERCENT + ", clamped to [0,1]");
		norm.add("low", low);
		norm.add("high", high);
		o.add("normalisation", norm);
		if (model.optimizerState() != null) {
			JsonObject opt = new JsonObject();
			opt.addProperty("name", "adam");
			opt.addProperty("steps", model.optimizerState().steps());
			opt.addProperty("learning_rate", model.optimizerState().learningRate());
			o.add("optimizer", opt);
		}
		if (model.adversary() != null) {
			JsonObject adv = new JsonObject();
			adv.addProperty("discriminator_steps", model.adversary().discriminator().steps());
			adv.addProperty("generator_steps", model.adversary().generator().steps());
			adv.addProperty("generator_learning_rate", model.adversary().generator().learningRate());
			o.add("adversary", adv);
		}
		return o;
	}

	/** The discriminator's state and the encoder-update Adam's moments in one bundle, told apart by prefix. */
	private static Map<String, float[]> adversaryArrays(AdversaryState a) {
		Map<String, float[]> arrays = new java.util.LinkedHashMap<>();
		a.discriminator().state().forEach((k, v) -> arrays.put(DISC_PREFIX + k, v));
		a.generator().moments().forEach((k, v) -> arrays.put(GEN_PREFIX + k, v));
		return arrays;
	}

	private static AdversaryState readAdversary(Path file, Map<String, byte[]> entries, JsonObject config,
		VaeConfig c)
	{
		if (c.objective() != Objective.ADVERSARIAL || !entries.containsKey(ADVERSARY) || !config.has("adversary")) {
			return null;
		}
		JsonObject adv = object(config, "adversary");
		Map<String, float[]> disc = new java.util.LinkedHashMap<>(), gen = new java.util.LinkedHashMap<>();
		for (Map.Entry<String, float[]> e : bundle(file, ADVERSARY, entries).entrySet()) {
			if (e.getKey().startsWith(DISC_PREFIX)) disc.put(e.getKey().substring(DISC_PREFIX.length()), e.getValue());
			else if (e.getKey().startsWith(GEN_PREFIX)) gen.put(e.getKey().substring(GEN_PREFIX.length()), e.getValue());
		}
		Discriminator d = Discriminator.restore(c.latent(), c.adversarial().discHidden(), c.adversarial()
			.discLearningRate(), disc, intField(adv, "discriminator_steps"));
		return new AdversaryState(d, new OptimizerState(gen, intField(adv, "generator_steps"), number(adv,
			"generator_learning_rate")));
	}

	/** The training objective and its parameters, as {@code Train VAE...}'s keys. */
	private static void addObjective(JsonObject o, VaeConfig c) {
		o.addProperty("objective", c.objective().key());
		o.addProperty("gamma", c.gamma());
		o.addProperty("capacity", c.capacity());
		o.addProperty("capacity_epochs", c.capacityEpochs());
		o.addProperty("adversarial_weight", c.adversarial().weight());
		o.addProperty("disc_learning_rate", c.adversarial().discLearningRate());
		o.addProperty("disc_hidden", c.adversarial().discHidden());
		o.addProperty("encoder", c.adversarial().encoder().key());
	}

	/**
	 * Reads what {@link #addObjective} wrote into a builder. Files written before objectives existed have none of these
	 * keys and were trained with β-VAE, so each absent key keeps the builder's default (objective = beta).
	 */
	private static VaeConfig.Builder readObjective(JsonObject config, VaeConfig.Builder b) {
		if (config.has("objective")) b.objective(Objective.fromKey(string(config, "objective")));
		if (config.has("gamma")) b.gamma(number(config, "gamma"));
		if (config.has("capacity")) b.capacity(number(config, "capacity"));
		if (config.has("capacity_epochs")) b.capacityEpochs(intField(config, "capacity_epochs"));
		if (config.has("adversarial_weight")) b.adversarialWeight(number(config, "adversarial_weight"));
		if (config.has("disc_learning_rate")) b.discLearningRate(number(config, "disc_learning_rate"));
		if (config.has("disc_hidden")) b.discHidden(intField(config, "disc_hidden"));
		if (config.has("encoder")) b.encoder(EncoderKind.fromKey(string(config, "encoder")));
		return b;
	}

	/** The content of {@code latent-stats.json}. */
	static JsonObject statsJson(LatentStatistics s) {
		JsonObject o = new JsonObject();
		o.add("kl_per_dim", GSON.toJsonTree(s.klPerDim()));
		o.add("active_dims", GSON.toJsonTree(s.activeDims()));
		o.add("dims_by_kl", GSON.toJsonTree(s.rankedByKl()));
		o.addProperty("total_kl", s.totalKl());
		o.add("mu_mean", GSON.toJsonTree(s.muMean()));
		o.add("mu_variance", GSON.toJsonTree(s.muVariance()));
		o.add("mu_min", GSON.toJsonTree(s.muMin()));
		o.add("mu_max", GSON.toJsonTree(s.muMax()));
		return o;
	}

	// -- Reading --

	/**
	 * Reads and validates a model file.
	 *
	 * @throws ModelFileException naming the file and what is wrong with it
	 */
	public static VaeModel load(Path file) {
		Map<String, byte[]> entries = readEntries(file);
		for (String required : new String[] { CONFIG, WEIGHTS, HISTORY, STATS }) {
			if (!entries.containsKey(required)) throw new ModelFileException(file, "is not a complete VAE Explorer " +
				"model (the entry " + required + " is missing)");
		}
		JsonObject config = parseJson(file, CONFIG, entries.get(CONFIG));
		try {
			int version = intField(config, "format_version");
			if (version > FORMAT_VERSION) throw new ModelFileException(file, "was written by a newer VAE Explorer " +
				"(model format " + version + "; this version reads up to " + FORMAT_VERSION + "): update the plugin");
			VaeConfig vaeConfig = VaeConfig.builder().architecture(Architecture.fromKey(string(config,
				"architecture"))).latent(intField(config, "latent")).beta(number(config, "beta")).warmup(intField(config,
					"warmup")).epochs(intField(config, "epochs")).batch(intField(config, "batch")).learningRate(number(
						config, "learning_rate")).size(intField(config, "size")).channels(intField(config, "channels"))
				.validation(number(config, "validation")).seed(config.get("seed").getAsLong()).build();
			vaeConfig = readObjective(config, vaeConfig.toBuilder()).build();
			JsonObject input = object(config, "input");
			int width = intField(input, "width"), height = intField(input, "height");
			if (width < 1 || height < 1 || (long) width * height > MAX_PLANE_PIXELS) throw new ModelFileException(file,
				"is damaged: its input geometry " + width + " x " + height + " is not an image size ImageJ can hold");
			SourceGeometry geometry = new SourceGeometry(width, height, intField(input, "channels"), intField(input,
				"size"));
			if (geometry.channels() != vaeConfig.channels() || geometry.size() != vaeConfig.size()) {
				throw new ModelFileException(file, "is inconsistent (input channels/size differ from the network's)");
			}
			JsonObject norm = object(config, "normalisation");
			Normalisation normalisation = new Normalisation(doubles(norm, "low"), doubles(norm, "high"));
			if (normalisation.channels() != vaeConfig.channels()) throw new ModelFileException(file,
				"is inconsistent (normalisation for " + normalisation.channels() + " channels, network has " + vaeConfig
					.channels() + ")");
			NetworkLayout layout = NetworkLayout.of(vaeConfig.network());
			Map<String, float[]> values = bundle(file, WEIGHTS, entries);
			requireFinite(file, values);
			VaeWeights weights = VaeWeights.fromValues(layout.parameters(), values);
			OptimizerState optimizer = null;
			if (entries.containsKey(OPTIMIZER) && config.has("optimizer")) {
				JsonObject opt = object(config, "optimizer");
				optimizer = new OptimizerState(bundle(file, OPTIMIZER, entries), intField(opt, "steps"), number(opt,
					"learning_rate"));
			}
			TrainingHistory history = TrainingHistory.fromCsv(new String(entries.get(HISTORY), StandardCharsets.UTF_8));
			JsonObject stats = parseJson(file, STATS, entries.get(STATS));
			LatentStatistics statistics = new LatentStatistics(doubles(stats, "kl_per_dim"), doubles(stats, "mu_mean"),
				doubles(stats, "mu_variance"), doubles(stats, "mu_min"), doubles(stats, "mu_max"));
			if (statistics.dimensions() != vaeConfig.latent()) throw new ModelFileException(file, "is inconsistent (" +
				"latent-stats.json has " + statistics.dimensions() + " dimensions, the network " + vaeConfig.latent() + ")");
			return new VaeModel(new VaeNetwork(vaeConfig, weights), normalisation, geometry, history, statistics,
				optimizer, readAdversary(file, entries, config, vaeConfig));
		}
		catch (ModelFileException e) {
			throw e;
		}
		catch (RuntimeException e) {
			throw new ModelFileException(file, "is not a valid VAE Explorer model (" + e.getMessage() + ")", e);
		}
	}

	/**
	 * Reads every entry through the zip's central directory (so a file cut short anywhere, even in the directory at
	 * its end, is refused) and checks each entry's CRC (so a flipped byte is caught, not loaded as a bad weight).
	 */
	private static Map<String, byte[]> readEntries(Path file) {
		if (!Files.exists(file)) throw new ModelFileException(file, "does not exist");
		if (Files.isDirectory(file)) throw new ModelFileException(file, "is a folder, not a model file");
		Map<String, byte[]> entries = new HashMap<>();
		try (ZipFile zip = new ZipFile(file.toFile())) {
			Enumeration<? extends ZipEntry> all = zip.entries();
			while (all.hasMoreElements()) {
				ZipEntry entry = all.nextElement();
				Long limit = ENTRY_LIMITS.get(entry.getName());
				if (limit == null || entry.isDirectory()) continue; // not ours: never read
				if (entry.getSize() > limit) throw new ModelFileException(file, "has an implausibly large entry " + entry
					.getName() + " (" + entry.getSize() + " bytes)");
				byte[] bytes;
				try (InputStream in = zip.getInputStream(entry)) {
					bytes = readBounded(in, file, entry.getName(), limit);
				}
				CRC32 crc = new CRC32();
				crc.update(bytes);
				if (entry.getCrc() != -1 && crc.getValue() != entry.getCrc()) {
					throw new ModelFileException(file, "is damaged (" + entry.getName() + " fails its checksum)");
				}
				entries.put(entry.getName(), bytes);
			}
		}
		catch (NoSuchFileException e) {
			throw new ModelFileException(file, "does not exist");
		}
		catch (ZipException e) {
			throw new ModelFileException(file, "is not a VAE Explorer model (not a valid zip file: " + e.getMessage() +
				")", e);
		}
		catch (IOException e) {
			throw new ModelFileException(file, "cannot be read (" + describe(e) + ")", e);
		}
		if (entries.isEmpty()) throw new ModelFileException(file, "is not a VAE Explorer model (" + (emptyZip(file)
			? "an empty zip file" : "none of its entries is a model's") + ")");
		return entries;
	}

	private static byte[] readBounded(InputStream in, Path file, String name, long limit) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		byte[] buf = new byte[1 << 16];
		long total = 0;
		int n;
		while ((n = in.read(buf)) > 0) {
			total += n;
			if (total > limit) throw new ModelFileException(file, "has an implausibly large entry " + name);
			out.write(buf, 0, n);
		}
		return out.toByteArray();
	}

	private static boolean emptyZip(Path file) {
		try (ZipFile zip = new ZipFile(file.toFile())) {
			return zip.size() == 0;
		}
		catch (IOException e) {
			return true;
		}
	}

	/** A model with a NaN or infinite weight decodes to NaN images: refused, naming the array. */
	private static void requireFinite(Path file, Map<String, float[]> values) {
		for (Map.Entry<String, float[]> e : values.entrySet()) {
			for (float v : e.getValue()) {
				if (!Float.isFinite(v)) throw new ModelFileException(file, "has non-finite weights (NaN or infinity " +
					"in " + e.getKey() + "): it cannot decode anything; retrain it or use an earlier copy");
			}
		}
	}

	private static Map<String, float[]> bundle(Path file, String name, Map<String, byte[]> entries) {
		try {
			return ArrayBundle.read(entries.get(name));
		}
		catch (IllegalArgumentException e) {
			throw new ModelFileException(file, "is damaged: " + name + " " + e.getMessage());
		}
	}

	private static JsonObject parseJson(Path file, String name, byte[] bytes) {
		try {
			JsonElement e = JsonParser.parseString(new String(bytes, StandardCharsets.UTF_8));
			if (!e.isJsonObject()) throw new ModelFileException(file, "is damaged: " + name + " is not a JSON object");
			return e.getAsJsonObject();
		}
		catch (JsonParseException e) {
			throw new ModelFileException(file, "is damaged: " + name + " is not valid JSON");
		}
	}

	private static JsonElement field(JsonObject o, String key) {
		JsonElement e = o.get(key);
		if (e == null || e.isJsonNull()) throw new IllegalArgumentException("the field '" + key + "' is missing");
		return e;
	}

	private static int intField(JsonObject o, String key) {
		return field(o, key).getAsInt();
	}

	private static double number(JsonObject o, String key) {
		return field(o, key).getAsDouble();
	}

	private static String string(JsonObject o, String key) {
		return field(o, key).getAsString();
	}

	private static JsonObject object(JsonObject o, String key) {
		return field(o, key).getAsJsonObject();
	}

	private static double[] doubles(JsonObject o, String key) {
		JsonArray a = field(o, key).getAsJsonArray();
		double[] v = new double[a.size()];
		for (int i = 0; i < v.length; i++) v[i] = a.get(i).getAsDouble();
		return v;
	}

	private static String describe(IOException e) {
		return io.github.vaeexplorer.data.IoErrors.describe(e);
	}
}
