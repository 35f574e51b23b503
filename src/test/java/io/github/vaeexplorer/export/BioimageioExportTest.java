package io.github.vaeexplorer.export;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.vaeexplorer.model.Architecture;
import io.github.vaeexplorer.model.VaeModel;
import io.github.vaeexplorer.nd4j.NativeBackend;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.yaml.snakeyaml.Yaml;


/**
 * An exported package: its rdf.yaml (read back by SnakeYAML) has every field the bioimage.io model spec 0.5 requires,
 * with the right types; every file it names is in the zip with the SHA-256 it gives; and its test tensors round-trip:
 * the test input, preprocessed as the rdf.yaml says, run through the ONNX weights by ONNX Runtime and postprocessed,
 * gives the test outputs.
 */
@Timeout(value = 2, unit = TimeUnit.MINUTES)
class BioimageioExportTest {

	private static final double TOLERANCE = 1e-4;

	@TempDir
	Path dir;

	@BeforeAll
	static void backend() {
		NativeBackend.ensureLoaded();
	}

	@ParameterizedTest(name = "{0}, {1} channel(s)")
	@CsvSource({ "DENSE,1", "CONV,3" })
	void rdfHasTheSpecsRequiredFieldsAndChecksums(Architecture architecture, int channels) throws IOException {
		Map<String, byte[]> zip = export(ExportTestKit.tinyModel(architecture, channels));
		assertEquals(PackageFiles.RDF, zip.keySet().iterator().next(), "rdf.yaml comes first");
		Map<String, Object> rdf = new Yaml().load(new String(zip.get(PackageFiles.RDF), StandardCharsets.UTF_8));

		assertTrue(string(rdf, "format_version").startsWith("0.5."));
		assertEquals("model", string(rdf, "type"));
		assertTrue(string(rdf, "name").matches("[A-Za-z0-9][A-Za-z0-9 _-]{0,127}"), string(rdf, "name"));
		assertFalse(string(rdf, "description").isEmpty());
		assertFalse(string(rdf, "license").isEmpty());
		for (Object author : list(rdf, "authors")) assertFalse(string(map(author), "name").isEmpty());
		List<Object> cite = list(rdf, "cite");
		assertTrue(cite.stream().anyMatch(c -> string(map(c), "text").contains("Kingma & Welling")));
		for (Object c : cite) assertTrue(map(c).containsKey("doi") || map(c).containsKey("url"), "cite " + c);
		assertTrue(zip.containsKey(string(rdf, "documentation")));
		for (Object cover : list(rdf, "covers")) assertTrue(zip.containsKey((String) cover));

		for (String side : new String[] { "inputs", "outputs" }) {
			for (Object t : list(rdf, side)) {
				Map<String, Object> tensor = map(t);
				assertTrue(string(tensor, "id").matches("[a-z][a-z0-9_]*"), side + " id " + tensor.get("id"));
				List<Object> axes = list(tensor, "axes");
				assertEquals("batch", string(map(axes.get(0)), "type"));
				for (Object a : axes) {
					Map<String, Object> axis = map(a);
					String type = string(axis, "type");
					assertTrue(List.of("batch", "channel", "space").contains(type), type);
					if (type.equals("channel")) assertFalse(list(axis, "channel_names").isEmpty());
					if (type.equals("space")) {
						assertInstanceOf(Integer.class, axis.get("size"));
						assertTrue(List.of("y", "x").contains(string(axis, "id")));
					}
				}
				assertChecksum(zip, map(tensor.get("test_tensor")));
			}
		}
		Map<String, Object> onnx = map(map(rdf.get("weights")).get("onnx"));
		assertChecksum(zip, onnx);
		assertEquals(13, onnx.get("opset_version"));
		for (Object a : list(rdf, "attachments")) assertChecksum(zip, map(a));
		Map<String, Object> tolerance = map(list(map(map(rdf.get("config")).get("bioimageio")),
			"reproducibility_tolerance").get(0));
		assertTrue(number(tolerance.get("absolute_tolerance")) > 0);
		Map<String, Object> config = map(map(rdf.get("config")).get("vae_explorer"));
		assertEquals(architecture.key(), string(map(config.get("config")), "architecture"));
		assertEquals(ExportTestKit.LATENT, list(config, "kl_per_dim").size());
	}

	@ParameterizedTest(name = "{0}, {1} channel(s)")
	@CsvSource({ "DENSE,1", "DENSE,3", "CONV,1", "CONV,3" })
	void testTensorsRoundTripThroughOnnxRuntime(Architecture architecture, int channels) throws Exception {
		VaeModel model = ExportTestKit.tinyModel(architecture, channels);
		Map<String, byte[]> zip = export(model);
		Map<String, Object> rdf = new Yaml().load(new String(zip.get(PackageFiles.RDF), StandardCharsets.UTF_8));
		Map<String, Object> input = map(list(rdf, "inputs").get(0));
		int size = ExportTestKit.SIZE, plane = size * size;

		Npy image = Npy.read(zip.get(source(input)));
		assertArrayEquals(new long[] { 1, channels, size, size }, image.shape);
		float[] x = image.values.clone();
		for (Object step : list(input, "preprocessing")) apply(map(step), x, plane);
		Map<String, float[][]> out = ExportTestKit.run(zip.get(PackageFiles.AUTOENCODER), VaeOnnx.IMAGE,
			new float[][] { x }, channels, size, size);
		double worst = 0;
		for (Object o : list(rdf, "outputs")) {
			Map<String, Object> tensor = map(o);
			float[] got = out.get(string(tensor, "id"))[0];
			for (Object step : (List<?>) tensor.getOrDefault("postprocessing", List.of())) apply(map(step), got, plane);
			Npy expected = Npy.read(zip.get(source(tensor)));
			assertEquals(expected.values.length, got.length);
			// Outputs in the source scale are compared relative to it (the widest range here is 240).
			double scale = tensor.containsKey("postprocessing") ? 240 : 1;
			double diff = ExportTestKit.maxAbsDifference(new float[][] { expected.values }, new float[][] { got });
			worst = Math.max(worst, diff / scale);
			assertTrue(diff < TOLERANCE * scale, tensor.get("id") + " differs by " + diff);
		}
		Npy z = Npy.read(zip.get(PackageFiles.DECODER_TEST_Z));
		Npy decoded = Npy.read(zip.get(PackageFiles.DECODER_TEST_IMAGE));
		float[] got = ExportTestKit.run(zip.get(PackageFiles.DECODER), VaeOnnx.Z, new float[][] { z.values },
			ExportTestKit.LATENT).get(VaeOnnx.IMAGE)[0];
		double decoderDiff = ExportTestKit.maxAbsDifference(new float[][] { decoded.values }, new float[][] { got });
		assertTrue(decoderDiff < TOLERANCE, "the decoder differs by " + decoderDiff);
		System.out.println(String.format(Locale.ROOT, "package round trip, %s %d channel(s): autoencoder %.2e " +
			"(relative to the source range), decoder %.2e", architecture.key(), channels, worst, decoderDiff));
	}

	@Test
	void coverIsATraversalGridAndNpyHeadersAreAligned() throws IOException {
		Map<String, byte[]> zip = export(ExportTestKit.tinyModel(Architecture.DENSE, 1));
		java.awt.image.BufferedImage cover = ImageIO.read(new ByteArrayInputStream(zip.get(PackageFiles.COVER)));
		assertEquals(CoverImage.STEPS * 64, cover.getWidth());
		assertEquals(CoverImage.ROWS * 64, cover.getHeight());
		byte[] npy = zip.get(PackageFiles.TEST_MU);
		int headerLength = (npy[8] & 0xff) | (npy[9] & 0xff) << 8;
		assertEquals(0, (10 + headerLength) % 64);
		assertEquals(10 + headerLength + 4 * ExportTestKit.LATENT, npy.length);
		assertTrue(new String(zip.get(PackageFiles.README), StandardCharsets.UTF_8).contains("| z0 |"));
	}

	@Test
	void refusesANameThatIsNotAZipAndLeavesNothingBehind() throws IOException {
		VaeModel model = ExportTestKit.tinyModel(Architecture.DENSE, 1);
		IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> BioimageioExport.write(model,
			"m", dir.resolve("m.onnx")));
		assertEquals("out must name a .zip file (the bioimage.io package), got " + dir.resolve("m.onnx"), e
			.getMessage());
		Files.write(dir.resolve("notes.zip"), "text".getBytes(StandardCharsets.UTF_8));
		e = assertThrows(IllegalArgumentException.class, () -> BioimageioExport.write(model, "m", dir.resolve(
			"notes.zip")));
		assertTrue(e.getMessage().contains("not overwriting it"), e.getMessage());
		try (java.util.stream.Stream<Path> files = Files.list(dir)) {
			assertEquals(1, files.count(), "only notes.zip");
		}
	}

	// -- Helpers --

	private Map<String, byte[]> export(VaeModel model) throws IOException {
		Path out = dir.resolve("package.zip");
		List<String> written = BioimageioExport.write(model, "tiny", out);
		Map<String, byte[]> files = new LinkedHashMap<>();
		try (InputStream in = Files.newInputStream(out); ZipInputStream zip = new ZipInputStream(in)) {
			for (ZipEntry e; (e = zip.getNextEntry()) != null;) files.put(e.getName(), zip.readAllBytes());
		}
		assertEquals(written, List.copyOf(files.keySet()));
		return files;
	}

	/** Applies a scale_linear (along the channel axis) or clip step of the rdf.yaml to a {@code [1, C, ...]} tensor. */
	private static void apply(Map<String, Object> step, float[] v, int plane) {
		Map<String, Object> kwargs = map(step.get("kwargs"));
		switch (string(step, "id")) {
			case "scale_linear":
				assertEquals("channel", kwargs.get("axis"));
				List<Object> gain = list(kwargs, "gain"), offset = list(kwargs, "offset");
				for (int i = 0; i < v.length; i++) v[i] = (float) (v[i] * number(gain.get(i / plane)) + number(offset
					.get(i / plane)));
				break;
			case "clip":
				for (int i = 0; i < v.length; i++) v[i] = (float) Math.max(number(kwargs.get("min")), Math.min(number(
					kwargs.get("max")), v[i]));
				break;
			default:
				throw new AssertionError("unexpected processing step " + step);
		}
	}

	private static void assertChecksum(Map<String, byte[]> zip, Map<String, Object> file) {
		String source = string(file, "source");
		assertTrue(zip.containsKey(source), source + " is not in the package");
		assertEquals(BioimageioExport.sha256(zip.get(source)), string(file, "sha256"), source);
		assertTrue(string(file, "sha256").matches("[0-9a-f]{64}"));
	}

	private static String source(Map<String, Object> tensor) {
		return string(map(tensor.get("test_tensor")), "source");
	}

	private static double number(Object o) {
		assertInstanceOf(Number.class, o);
		return ((Number) o).doubleValue();
	}

	private static String string(Map<String, Object> m, String key) {
		Object v = m.get(key);
		assertInstanceOf(String.class, v, key + " must be a string");
		return (String) v;
	}

	@SuppressWarnings("unchecked")
	private static List<Object> list(Map<String, Object> m, String key) {
		Object v = m.get(key);
		assertInstanceOf(List.class, v, key + " must be a list");
		return (List<Object>) v;
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> map(Object v) {
		assertInstanceOf(Map.class, v);
		return (Map<String, Object>) v;
	}

	/** A float32 .npy read back: checks the magic, the version and the header's dtype and order. */
	private static final class Npy {

		private static final Pattern SHAPE = Pattern.compile("'shape': \\(([0-9, ]*)\\)");

		long[] shape;
		float[] values;

		static Npy read(byte[] bytes) {
			assertEquals((byte) 0x93, bytes[0]);
			assertEquals("NUMPY", new String(bytes, 1, 5, StandardCharsets.US_ASCII));
			assertEquals(1, bytes[6]);
			int length = (bytes[8] & 0xff) | (bytes[9] & 0xff) << 8;
			String header = new String(bytes, 10, length, StandardCharsets.US_ASCII);
			assertTrue(header.contains("'descr': '<f4'") && header.contains("'fortran_order': False"), header);
			Matcher m = SHAPE.matcher(header);
			assertTrue(m.find(), header);
			Npy npy = new Npy();
			npy.shape = java.util.Arrays.stream(m.group(1).split(",")).map(String::trim).filter(s -> !s.isEmpty())
				.mapToLong(Long::parseLong).toArray();
			ByteBuffer data = ByteBuffer.wrap(bytes, 10 + length, bytes.length - 10 - length).order(
				ByteOrder.LITTLE_ENDIAN);
			npy.values = new float[data.remaining() / 4];
			data.asFloatBuffer().get(npy.values);
			return npy;
		}
	}

}
