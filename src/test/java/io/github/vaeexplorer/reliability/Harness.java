package io.github.vaeexplorer.reliability;

import io.github.vaeexplorer.command.CommandContexts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.vaeexplorer.cli.Main;
import io.github.vaeexplorer.command.CommandRunner;
import io.github.vaeexplorer.data.synthetic.ShapesGenerator;
import io.github.vaeexplorer.data.synthetic.ShapesSpec;

import ij.ImagePlus;
import ij.io.FileSaver;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;

import org.scijava.Context;
import org.scijava.command.Command;

/**
 * Runs a bad input through the CLI and through a command, and checks the outcome the reliability matrix asks for: a
 * one-line message naming the problem, a non-zero exit, no stack trace, no partial file.
 */
final class Harness implements AutoCloseable {

	final Context context = CommandContexts.create();
	final CommandRunner runner = new CommandRunner(context);

	/** The result of one CLI run. */
	static final class CliResult {

		final int code;
		final String out, err;

		CliResult(int code, String out, String err) {
			this.code = code;
			this.out = out;
			this.err = err;
		}
	}

	static CliResult cli(String... args) {
		ByteArrayOutputStream out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream();
		int code = new Main(new PrintStream(out, true), new PrintStream(err, true)).run(args);
		return new CliResult(code, new String(out.toByteArray(), StandardCharsets.UTF_8), new String(err
			.toByteArray(), StandardCharsets.UTF_8));
	}

	/** Asserts a failed CLI run with exactly one line on stderr that contains {@code fragment}. */
	static void assertCliFails(CliResult r, String fragment) {
		assertEquals(1, r.code, "exit code; stderr: " + r.err);
		String[] lines = r.err.trim().split("\n");
		assertEquals(1, lines.length, "one line on stderr: " + r.err);
		assertTrue(lines[0].startsWith("error: ") && lines[0].contains(fragment), r.err);
		assertFalse(r.err.contains("\tat "), "no stack trace");
	}

	/** Asserts that a command fails with a one-line message containing {@code fragment}. */
	RuntimeException assertCommandFails(Class<? extends Command> command, Map<String, Object> inputs,
		String fragment)
	{
		try {
			runner.run(command, inputs);
		}
		catch (RuntimeException e) {
			assertTrue(e.getMessage() != null && e.getMessage().contains(fragment), "message: " + e.getMessage());
			assertFalse(e.getMessage().contains("\n"), "one line: " + e.getMessage());
			return e;
		}
		throw new AssertionError(command.getSimpleName() + " did not fail for " + inputs);
	}

	static Map<String, Object> inputs(Object... keyValues) {
		Map<String, Object> map = new HashMap<>();
		for (int i = 0; i < keyValues.length; i += 2) map.put((String) keyValues[i], keyValues[i + 1]);
		return map;
	}

	static ImagePlus shapes(int size, int count, long seed) {
		return new ShapesGenerator(ShapesSpec.builder().imageSize(size).count(count).seed(seed).build()).generate()
			.stack();
	}

	static Path saveTiff(ImagePlus imp, Path file) {
		assertTrue(imp.getStackSize() > 1 ? new FileSaver(imp).saveAsTiffStack(file.toString()) : new FileSaver(imp)
			.saveAsTiff(file.toString()));
		return file;
	}

	/** A checksum of every plane's pixels, to prove a source image unchanged. */
	static int checksum(ImagePlus imp) {
		int h = 17;
		for (int i = 1; i <= imp.getStackSize(); i++) {
			Object p = imp.getStack().getPixels(i);
			h = 31 * h + (p instanceof byte[] ? Arrays.hashCode((byte[]) p) : p instanceof short[] ? Arrays.hashCode(
				(short[]) p) : p instanceof float[] ? Arrays.hashCode((float[]) p) : Arrays.hashCode((int[]) p));
		}
		return h;
	}

	/** Trains a tiny dense model on a TIFF through the CLI, as a fixture for tests of what comes after training. */
	static Path trainTinyModel(Path tif, Path model, int latent) {
		CliResult r = cli("train", "--input", tif.toString(), "--model", model.toString(), "--architecture", "dense",
			"--latent", Integer.toString(latent), "--epochs", "1", "--size", "16");
		assertEquals(0, r.code, r.err);
		return model;
	}

	/** Asserts that no temporary {@code *.partial} file is left in a folder. */
	static void assertNoPartialFiles(Path dir) throws IOException {
		try (Stream<Path> files = Files.list(dir)) {
			assertFalse(files.anyMatch(p -> p.getFileName().toString().endsWith(".partial")), "no partial files");
		}
	}

	/** {@link #assertNoPartialFiles} for callers that cannot throw IOException. */
	static void assertNoPartialFilesQuietly(Path dir) {
		try {
			assertNoPartialFiles(dir);
		}
		catch (IOException e) {
			throw new java.io.UncheckedIOException(e);
		}
	}

	@Override
	public void close() {
		context.dispose();
	}
}
