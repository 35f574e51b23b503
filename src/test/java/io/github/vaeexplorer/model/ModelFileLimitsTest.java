package io.github.vaeexplorer.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.vaeexplorer.nd4j.NativeBackend;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Reliability II, model files (issue 14): only known entries are read, each within its size limit; non-finite
 * weights and impossible geometries are refused naming the file; a zip that is not a model is never replaced; a model
 * written by someone else during training is not replaced.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class ModelFileLimitsTest {

	@TempDir
	static Path dir;
	private static VaeModel model;
	private static Path good;

	@BeforeAll
	static void trainTinyModel() {
		NativeBackend.ensureLoaded();
		model = VaeTestKit.train(VaeTestKit.tinyDense().epochs(1).build(), VaeTestKit.shapes(16, 64, 4)).model();
		good = dir.resolve("good.vae.zip");
		ModelFile.save(model, good);
	}

	/** The entries of a zip, in order. */
	private static Map<String, byte[]> entries(Path zip) throws IOException {
		Map<String, byte[]> map = new LinkedHashMap<>();
		try (ZipFile z = new ZipFile(zip.toFile())) {
			for (Enumeration<? extends ZipEntry> e = z.entries(); e.hasMoreElements();) {
				ZipEntry entry = e.nextElement();
				try (InputStream in = z.getInputStream(entry)) {
					map.put(entry.getName(), in.readAllBytes());
				}
			}
		}
		return map;
	}

	private static Path write(String name, Map<String, byte[]> entries) throws IOException {
		Path file = dir.resolve(name);
		try (OutputStream raw = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(raw)) {
			for (Map.Entry<String, byte[]> e : entries.entrySet()) {
				zip.putNextEntry(new ZipEntry(e.getKey()));
				zip.write(e.getValue());
				zip.closeEntry();
			}
		}
		return file;
	}

	private static Map<String, byte[]> withConfig(java.util.function.Consumer<JsonObject> edit) throws IOException {
		Map<String, byte[]> e = entries(good);
		JsonObject config = JsonParser.parseString(new String(e.get(ModelFile.CONFIG), StandardCharsets.UTF_8))
			.getAsJsonObject();
		edit.accept(config);
		e.put(ModelFile.CONFIG, config.toString().getBytes(StandardCharsets.UTF_8));
		return e;
	}

	private static String loadFails(Path file) {
		ModelFileException e = assertThrows(ModelFileException.class, () -> ModelFile.load(file));
		assertTrue(e.getMessage().startsWith(file.getFileName() + ": "), e.getMessage());
		return e.getMessage();
	}

	@Test
	void unknownEntriesAreNeverRead() throws IOException {
		Map<String, byte[]> e = entries(good);
		e.put("junk.bin", new byte[1 << 20]);
		Path junk = write("junk.vae.zip", e);
		// Damage the junk entry's data in place: reading it would fail its checksum.
		byte[] bytes = Files.readAllBytes(junk);
		byte[] name = "junk.bin".getBytes(StandardCharsets.US_ASCII);
		int at = indexOf(bytes, name) + name.length + 40;
		bytes[at] ^= 0x55;
		Files.write(junk, bytes);
		assertEquals(model.config().latent(), ModelFile.load(junk).config().latent());
	}

	@Test
	void aZipBombInConfigJsonIsRefusedBeforeItIsInflated() throws IOException {
		Map<String, byte[]> e = entries(good);
		byte[] config = e.get(ModelFile.CONFIG);
		byte[] padded = new byte[(2 << 20) + config.length]; // 2 MB of spaces, then the valid JSON: legal, but too big
		Arrays.fill(padded, (byte) ' ');
		System.arraycopy(config, 0, padded, padded.length - config.length, config.length);
		e.put(ModelFile.CONFIG, padded);
		assertTrue(loadFails(write("bomb.vae.zip", e)).contains("implausibly large entry config.json"));
	}

	@Test
	void nonFiniteWeightsAreAnErrorNamingTheModel() throws IOException {
		Map<String, float[]> weights = new LinkedHashMap<>(model.weightValues());
		String first = weights.keySet().iterator().next();
		float[] broken = weights.get(first).clone();
		broken[0] = Float.NaN;
		weights.put(first, broken);
		Map<String, byte[]> e = entries(good);
		e.put(ModelFile.WEIGHTS, ArrayBundle.write(weights));
		String message = loadFails(write("nan.vae.zip", e));
		assertTrue(message.contains("non-finite weights") && message.contains(first), message);
	}

	@Test
	void anImpossibleGeometryIsAClearError() throws IOException {
		Path huge = write("huge.vae.zip", withConfig(c -> {
			c.getAsJsonObject("input").addProperty("width", 65536);
			c.getAsJsonObject("input").addProperty("height", 65536);
		}));
		assertTrue(loadFails(huge).contains("65536 x 65536"));
	}

	@Test
	void aZipThatIsNotAModelIsNeverReplaced() throws IOException {
		Map<String, byte[]> e = new LinkedHashMap<>();
		e.put("notes.txt", "precious".getBytes(StandardCharsets.UTF_8));
		Path archive = write("archive.zip", e);
		byte[] before = Files.readAllBytes(archive);
		ModelFileException refused = assertThrows(ModelFileException.class, () -> ModelFile.checkWritable(archive));
		assertTrue(refused.getMessage().contains("not a VAE Explorer model"), refused.getMessage());
		assertThrows(ModelFileException.class, () -> ModelFile.save(model, archive));
		assertTrue(Arrays.equals(before, Files.readAllBytes(archive)));
	}

	@Test
	void aModelWrittenByAnotherTrainingMeanwhileIsNotReplaced() throws IOException {
		Path shared = dir.resolve("shared.vae.zip");
		SaveTarget before = ModelFile.checkWritable(shared);
		ModelFile.save(model, shared); // the other training finishes first
		long crc = crc(shared);
		ModelFileException e = assertThrows(ModelFileException.class, () -> ModelFile.save(model, shared, before));
		assertTrue(e.getMessage().contains("written by another process"), e.getMessage());
		assertEquals(crc, crc(shared));
		// Unchanged since it was checked: replaced as usual.
		SaveTarget now = ModelFile.checkWritable(shared);
		ModelFile.save(model, shared, now);
	}

	private static long crc(Path file) throws IOException {
		CRC32 c = new CRC32();
		c.update(Files.readAllBytes(file));
		return c.getValue();
	}

	private static int indexOf(byte[] hay, byte[] needle) {
		outer: for (int i = 0; i + needle.length <= hay.length; i++) {
			for (int j = 0; j < needle.length; j++) if (hay[i + j] != needle[j]) continue outer;
			return i;
		}
		throw new AssertionError("not found");
	}
}
