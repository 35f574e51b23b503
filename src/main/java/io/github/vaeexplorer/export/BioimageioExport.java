package io.github.vaeexplorer.export;

import io.github.vaeexplorer.data.OutputFiles;
import io.github.vaeexplorer.model.ModelInfo;
import io.github.vaeexplorer.model.VaeModel;
import io.github.vaeexplorer.text.Json;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes a trained model as a bioimage.io model package: one zip holding {@code rdf.yaml} ({@link RdfDescription}),
 * the autoencoder, encoder and decoder as ONNX ({@link VaeOnnx}), test tensors as {@code .npy} made by our own
 * network ({@link TestTensors}), a cover ({@link CoverImage}), a README ({@link PackageReadme}) and the model's
 * config, history and latent statistics. Written atomically: a temporary file beside the target, then renamed.
 *
 * @author VAE Explorer developers
 */
public final class BioimageioExport {

	/** The one format {@code export} writes. */
	public static final String FORMAT = "bioimageio";

	private static final byte[] ZIP_SIGNATURE = { 'P', 'K', 3, 4 };

	private BioimageioExport() {}

	/**
	 * Checks, before any work, that a package could be written to {@code out}.
	 *
	 * @throws IllegalArgumentException naming the problem (not a {@code .zip} name, a missing folder, a file of
	 *           another kind in the way)
	 */
	public static void checkWritable(Path out) {
		if (!out.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".zip")) throw new IllegalArgumentException(
			"out must name a .zip file (the bioimage.io package), got " + out);
		try {
			OutputFiles.requireWritable(out, "a zip file", ZIP_SIGNATURE);
		}
		catch (IOException e) {
			throw new IllegalArgumentException("out " + e.getMessage(), e);
		}
	}

	/**
	 * Writes the package.
	 *
	 * @param name the model's name, for the description (e.g. its file name without {@code .vae.zip})
	 * @return the files written into the zip, in order
	 * @throws IOException naming the file when it cannot be written (nothing is left under {@code out} then)
	 */
	public static List<String> write(VaeModel model, String name, Path out) throws IOException {
		checkWritable(out);
		Map<String, byte[]> files = contents(model, name);
		Path temp = OutputFiles.tempBeside(out);
		try {
			try (OutputStream raw = Files.newOutputStream(temp); ZipOutputStream zip = new ZipOutputStream(raw)) {
				for (Map.Entry<String, byte[]> e : files.entrySet()) {
					zip.putNextEntry(new ZipEntry(e.getKey()));
					zip.write(e.getValue());
					zip.closeEntry();
				}
			}
			OutputFiles.moveIntoPlace(temp, out);
		}
		finally {
			Files.deleteIfExists(temp);
		}
		return new ArrayList<>(files.keySet());
	}

	/** Every file of the package by name, rdf.yaml first. */
	static Map<String, byte[]> contents(VaeModel model, String name) {
		VaeOnnx onnx = new VaeOnnx(model);
		TestTensors t = new TestTensors(model);
		int c = model.config().channels(), s = model.config().size(), k = model.latent();
		Map<String, byte[]> files = new LinkedHashMap<>();
		files.put(PackageFiles.AUTOENCODER, onnx.autoencoder());
		files.put(PackageFiles.ENCODER, onnx.encoder());
		files.put(PackageFiles.DECODER, onnx.decoder());
		files.put(PackageFiles.TEST_IMAGE, NpyFile.float32(t.image, 1, c, s, s));
		files.put(PackageFiles.TEST_MU, NpyFile.float32(t.mu, 1, k));
		files.put(PackageFiles.TEST_LOGVAR, NpyFile.float32(t.logvar, 1, k));
		files.put(PackageFiles.TEST_RECONSTRUCTION, NpyFile.float32(t.reconstruction, 1, c, s, s));
		files.put(PackageFiles.DECODER_TEST_Z, NpyFile.float32(t.code, 1, k));
		files.put(PackageFiles.DECODER_TEST_IMAGE, NpyFile.float32(t.decoded, 1, c, s, s));
		files.put(PackageFiles.COVER, CoverImage.png(model));
		files.put(PackageFiles.README, PackageReadme.text(model, name).getBytes(StandardCharsets.UTF_8));
		JsonObject info = ModelInfo.json(model);
		files.put(PackageFiles.MODEL_INFO, Json.PRETTY.toJson(info).getBytes(StandardCharsets.UTF_8));
		Map<String, String> sha = new LinkedHashMap<>();
		for (Map.Entry<String, byte[]> e : files.entrySet()) sha.put(e.getKey(), sha256(e.getValue()));
		Map<String, Object> training = new LinkedHashMap<>();
		training.put("config", toJava(info.get("config")));
		for (String key : new String[] { "kl_per_dim", "active_dims", "total_kl" }) {
			if (info.has(key)) training.put(key, toJava(info.get(key)));
		}
		String rdf = "# bioimage.io model description, written by VAE Explorer\n" + YamlText.of(new RdfDescription(model,
			name, sha, training).toMap());
		Map<String, byte[]> ordered = new LinkedHashMap<>();
		ordered.put(PackageFiles.RDF, rdf.getBytes(StandardCharsets.UTF_8));
		ordered.putAll(files);
		return ordered;
	}

	/** Lower-case hex SHA-256 of some bytes. */
	static String sha256(byte[] bytes) {
		try {
			StringBuilder hex = new StringBuilder();
			for (byte b : MessageDigest.getInstance("SHA-256").digest(bytes)) hex.append(String.format("%02x", b & 0xff));
			return hex.toString();
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("this Java has no SHA-256", e);
		}
	}

	/** A JSON value as maps, lists, strings, numbers and booleans. */
	private static Object toJava(JsonElement e) {
		if (e == null || e.isJsonNull()) return null;
		if (e.isJsonObject()) {
			Map<String, Object> m = new LinkedHashMap<>();
			for (Map.Entry<String, JsonElement> f : ((JsonObject) e).entrySet()) m.put(f.getKey(), toJava(f.getValue()));
			return m;
		}
		if (e.isJsonArray()) {
			List<Object> l = new ArrayList<>();
			for (JsonElement x : (JsonArray) e) l.add(toJava(x));
			return l;
		}
		JsonPrimitive p = e.getAsJsonPrimitive();
		if (p.isBoolean()) return p.getAsBoolean();
		if (p.isNumber()) {
			double d = p.getAsDouble();
			if (!Double.isFinite(d)) return String.valueOf(d);
			return d == Math.rint(d) && Math.abs(d) < 1e15 ? (Object) (long) d : (Object) d;
		}
		return p.getAsString();
	}
}
