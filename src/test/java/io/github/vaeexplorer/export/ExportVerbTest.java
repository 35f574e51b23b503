package io.github.vaeexplorer.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.vaeexplorer.cli.Main;
import io.github.vaeexplorer.model.Architecture;
import io.github.vaeexplorer.model.ModelFile;
import io.github.vaeexplorer.nd4j.NativeBackend;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipFile;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code export} on the command line: writes the package from a model file, and refuses bad keys with one line.
 */
@Timeout(value = 2, unit = TimeUnit.MINUTES)
class ExportVerbTest {

	@TempDir
	static Path dir;

	private static Path model;

	@BeforeAll
	static void saveModel() {
		NativeBackend.ensureLoaded();
		model = dir.resolve("tiny.vae.zip");
		ModelFile.save(ExportTestKit.tinyModel(Architecture.CONV, 1), model);
	}

	@Test
	void writesThePackage() throws IOException {
		Path out = dir.resolve("tiny-bioimageio.zip");
		String[] printed = run(0, "export", "--model", model.toString(), "--out", out.toString(), "--format",
			"bioimageio");
		assertTrue(printed[0].startsWith("wrote " + out + ": a bioimage.io package (ONNX opset 13)"), printed[0]);
		assertEquals("", printed[1]);
		try (ZipFile zip = new ZipFile(out.toFile())) {
			for (String name : new String[] { "rdf.yaml", "vae.onnx", "encoder.onnx", "decoder.onnx", "cover.png",
				"README.md", "test_input_image.npy" })
			{
				assertTrue(zip.getEntry(name) != null, name);
			}
		}
	}

	@Test
	void refusesBadKeysWithOneLine() throws IOException {
		Path out = dir.resolve("refused.zip");
		assertOneLine(run(1, "export", "--model", model.toString()), "error: --out is required (the .zip file to " +
			"write, a bioimage.io package)");
		assertOneLine(run(1, "export", "--model", model.toString(), "--out", dir.resolve("x.tif").toString()),
			"error: out must name a .zip file (the bioimage.io package), got " + dir.resolve("x.tif"));
		String[] format = run(1, "export", "--model", model.toString(), "--out", out.toString(), "--format", "onnx");
		assertTrue(format[1].startsWith("error: format must be") && format[1].contains("bioimageio"), format[1]);
		assertOneLine(format, null);
		String[] missing = run(1, "export", "--model", dir.resolve("none.vae.zip").toString(), "--out", out
			.toString());
		assertTrue(missing[1].startsWith("error: ") && missing[1].contains("none.vae.zip"), missing[1]);
		assertOneLine(missing, null);
		long modelSize = Files.size(model);
		assertOneLine(run(1, "export", "--model", model.toString(), "--out", model.toString()), "error: out " + model +
			" is the model file: the model is never replaced; choose another name");
		assertEquals(modelSize, Files.size(model));
		assertFalse(Files.exists(out), "nothing written by a refused export");
	}

	private static void assertOneLine(String[] printed, String expected) {
		assertEquals(1, printed[1].split("\n").length, printed[1]);
		if (expected != null) assertEquals(expected, printed[1].trim());
	}

	/** Runs the CLI, checks the exit code, returns {stdout, stderr}. */
	private static String[] run(int code, String... args) {
		ByteArrayOutputStream out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream();
		int exit = new Main(new PrintStream(out, true), new PrintStream(err, true)).run(args);
		String[] printed = { out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8) };
		assertEquals(code, exit, String.join(" | ", printed));
		return printed;
	}
}
