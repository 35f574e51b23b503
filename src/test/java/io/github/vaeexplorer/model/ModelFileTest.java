package io.github.vaeexplorer.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.vaeexplorer.data.ConversionResult;
import io.github.vaeexplorer.nd4j.NativeBackend;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.api.io.TempDir;

class ModelFileTest {

	private static VaeModel model;
	private static VaeModel other;

	@TempDir
	Path dir;

	@BeforeAll
	static void trainTinyModels() {
		NativeBackend.ensureLoaded();
		ConversionResult data = VaeTestKit.shapes(16, 120, 4);
		model = VaeTestKit.train(VaeTestKit.tinyDense().epochs(2).validation(0.25).build(), data).model();
		other = VaeTestKit.train(VaeTestKit.tinyDense().epochs(1).seed(2).build(), data).model();
	}

	// -- Round trip --

	@Test
	void reloadedModelDecodesBitIdentically() {
		Path file = dir.resolve("m.vae.zip");
		ModelFile.save(model, file);
		VaeModel loaded = ModelFile.load(file);
		float[][] codes = randomCodes(model.latent(), 7);
		float[][] expected = model.decode(codes), actual = loaded.decode(codes);
		for (int i = 0; i < codes.length; i++) assertArrayEquals(expected[i], actual[i], 0f, "code " + i);
		VaeTestKit.assertSameWeights(model.weightValues(), loaded.weightValues());
	}

	@Test
	void reloadedModelKeepsConfigHistoryStatisticsAndOptimizer() {
		Path file = dir.resolve("m.vae.zip");
		ModelFile.save(model, file);
		VaeModel loaded = ModelFile.load(file);
		assertEquals(model.config().toString(), loaded.config().toString());
		assertEquals(model.normalisation(), loaded.normalisation());
		assertEquals(model.geometry(), loaded.geometry());
		assertEquals(model.history().toCsv(), loaded.history().toCsv());
		assertEquals(2, loaded.history().size());
		LatentStatistics a = model.statistics(), b = loaded.statistics();
		assertArrayEquals(a.klPerDim(), b.klPerDim(), 0);
		assertArrayEquals(a.muMean(), b.muMean(), 0);
		assertArrayEquals(a.muVariance(), b.muVariance(), 0);
		assertArrayEquals(a.muMin(), b.muMin(), 0);
		assertArrayEquals(a.muMax(), b.muMax(), 0);
		assertNotNull(loaded.optimizerState());
		assertEquals(model.optimizerState().steps(), loaded.optimizerState().steps());
		assertEquals(model.optimizerState().learningRate(), loaded.optimizerState().learningRate(), 0);
		VaeTestKit.assertSameWeights(model.optimizerState().moments(), loaded.optimizerState().moments());
	}

	@Test
	void theFileHoldsTheDocumentedEntries() throws IOException {
		Path file = dir.resolve("m.vae.zip");
		ModelFile.save(model, file);
		assertEquals(Arrays.asList("config.json", "weights.bin", "optimizer.bin", "history.csv", "latent-stats.json"),
			Arrays.asList(entries(file).keySet().toArray()));
	}

	// -- Bad files --

	@Test
	void aTextFileIsRejected() throws IOException {
		Path file = dir.resolve("notes.vae.zip");
		Files.write(file, "just some text\nnot a model\n".getBytes(StandardCharsets.UTF_8));
		assertRejected(file, () -> ModelFile.load(file));
	}

	@Test
	void anEmptyFileIsRejected() throws IOException {
		Path file = dir.resolve("empty.vae.zip");
		Files.createFile(file);
		assertRejected(file, () -> ModelFile.load(file));
	}

	@Test
	void aMissingFileIsRejected() {
		Path file = dir.resolve("missing.vae.zip");
		ModelFileException e = assertRejected(file, () -> ModelFile.load(file));
		assertEquals("missing.vae.zip: does not exist", e.getMessage());
	}

	@Test
	void aFolderIsRejected() throws IOException {
		Path folder = Files.createDirectory(dir.resolve("folder.vae.zip"));
		assertRejected(folder, () -> ModelFile.load(folder));
	}

	@Test
	void aZipWithoutWeightsIsRejected() throws IOException {
		Path good = dir.resolve("good.vae.zip"), bad = dir.resolve("noweights.vae.zip");
		ModelFile.save(model, good);
		Map<String, byte[]> entries = entries(good);
		entries.remove("weights.bin");
		writeZip(bad, entries);
		ModelFileException e = assertRejected(bad, () -> ModelFile.load(bad));
		assertTrue(e.getMessage().contains("weights.bin"), e.getMessage());
	}

	@Test
	void aNewerFormatVersionIsRejected() throws IOException {
		Path good = dir.resolve("good.vae.zip"), newer = dir.resolve("newer.vae.zip");
		ModelFile.save(model, good);
		Map<String, byte[]> entries = entries(good);
		String config = new String(entries.get("config.json"), StandardCharsets.UTF_8);
		String bumped = config.replace("\"format_version\": " + ModelFile.FORMAT_VERSION, "\"format_version\": " +
			(ModelFile.FORMAT_VERSION + 1));
		assertFalse(bumped.equals(config), "the test could not find format_version in " + config);
		entries.put("config.json", bumped.getBytes(StandardCharsets.UTF_8));
		writeZip(newer, entries);
		ModelFileException e = assertRejected(newer, () -> ModelFile.load(newer));
		assertTrue(e.getMessage().contains("newer"), e.getMessage());
	}

	@Test
	void corruptedWeightsAreRejected() throws IOException {
		Path good = dir.resolve("good.vae.zip"), bad = dir.resolve("corrupt.vae.zip");
		ModelFile.save(model, good);
		Map<String, byte[]> entries = entries(good);
		byte[] weights = entries.get("weights.bin");
		entries.put("weights.bin", Arrays.copyOf(weights, weights.length - 4));
		writeZip(bad, entries);
		assertRejected(bad, () -> ModelFile.load(bad));
	}

	@Test
	void truncatedFilesAreRejected() throws IOException {
		Path good = dir.resolve("good.vae.zip");
		ModelFile.save(model, good);
		byte[] bytes = Files.readAllBytes(good);
		int centralDirectory = centralDirectoryOffset(bytes);
		for (int cut : new int[] { 1, 30, 100, bytes.length / 4, bytes.length / 2, centralDirectory - 100,
			centralDirectory - 1 })
		{
			Path file = dir.resolve("cut" + cut + ".vae.zip");
			Files.write(file, Arrays.copyOf(bytes, cut));
			assertRejected(file, () -> ModelFile.load(file));
		}
	}

	// -- Saving --

	@Test
	void savingIntoAMissingFolderFailsAndLeavesNothing() throws IOException {
		Path file = dir.resolve("nowhere").resolve("m.vae.zip");
		assertRejected(file, () -> ModelFile.save(model, file));
		assertFalse(Files.exists(dir.resolve("nowhere")));
		assertEquals(0, listing(dir).size());
	}

	@Test
	void savingOverAFolderFailsAndLeavesNoPartialFile() throws IOException {
		Path folder = Files.createDirectory(dir.resolve("taken.vae.zip"));
		Files.write(folder.resolve("inside.txt"), new byte[] { 1 });
		assertRejected(folder, () -> ModelFile.save(model, folder));
		assertEquals(Arrays.asList("taken.vae.zip"), listing(dir));
		assertEquals(Arrays.asList("inside.txt"), listing(folder));
	}

	@Test
	void savingOverAnExistingFileReplacesItAndLeavesNoPartialFile() throws IOException {
		Path file = dir.resolve("m.vae.zip");
		ModelFile.save(model, file);
		ModelFile.save(other, file);
		assertEquals(Arrays.asList("m.vae.zip"), listing(dir));
		VaeModel loaded = ModelFile.load(file);
		VaeTestKit.assertSameWeights(other.weightValues(), loaded.weightValues());
		assertEquals(1, loaded.history().size());
	}

	// -- Helpers --

	private static ModelFileException assertRejected(Path file, Executable action) {
		ModelFileException e = assertThrows(ModelFileException.class, action, file.getFileName().toString());
		assertTrue(e.getMessage().startsWith(file.getFileName() + ": "), e.getMessage());
		assertFalse(e.getMessage().contains("\n"), e.getMessage());
		return e;
	}

	private static float[][] randomCodes(int latent, int n) {
		SplittableRandom r = new SplittableRandom(9);
		float[][] codes = new float[n][latent];
		for (float[] c : codes) {
			for (int d = 0; d < latent; d++) c[d] = (float) (r.nextDouble() * 4 - 2);
		}
		return codes;
	}

	private static Map<String, byte[]> entries(Path zip) throws IOException {
		Map<String, byte[]> map = new LinkedHashMap<>();
		try (InputStream in = Files.newInputStream(zip); ZipInputStream z = new ZipInputStream(in)) {
			ZipEntry e;
			while ((e = z.getNextEntry()) != null) {
				ByteArrayOutputStream out = new ByteArrayOutputStream();
				byte[] buf = new byte[8192];
				int n;
				while ((n = z.read(buf)) > 0) out.write(buf, 0, n);
				map.put(e.getName(), out.toByteArray());
			}
		}
		return map;
	}

	private static void writeZip(Path zip, Map<String, byte[]> entries) throws IOException {
		try (OutputStream out = Files.newOutputStream(zip); ZipOutputStream z = new ZipOutputStream(out)) {
			for (Map.Entry<String, byte[]> e : entries.entrySet()) {
				z.putNextEntry(new ZipEntry(e.getKey()));
				z.write(e.getValue());
				z.closeEntry();
			}
		}
	}

	/** Where the central directory starts, i.e. where the entries' data ends (from the end record; no comment). */
	private static int centralDirectoryOffset(byte[] b) {
		int end = b.length - 22;
		assertEquals(0x06054b50, ByteBuffer.wrap(b, end, 4).order(ByteOrder.LITTLE_ENDIAN).getInt());
		return ByteBuffer.wrap(b, end + 16, 4).order(ByteOrder.LITTLE_ENDIAN).getInt();
	}

	private static List<String> listing(Path folder) throws IOException {
		try (Stream<Path> s = Files.list(folder)) {
			return s.map(p -> p.getFileName().toString()).sorted().collect(Collectors.toList());
		}
	}
}
