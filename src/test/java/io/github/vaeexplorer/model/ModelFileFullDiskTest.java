package io.github.vaeexplorer.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.vaeexplorer.nd4j.NativeBackend;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A disk that fills up while a model is written (simulated by a stream that fails after some bytes): the message
 * names the file, no partial file is left, and an older model under the same name survives untouched.
 */
class ModelFileFullDiskTest {

	@TempDir
	Path dir;

	@BeforeAll
	static void backend() {
		NativeBackend.ensureLoaded();
	}

	/** A stream that throws "No space left on device" once {@code limit} bytes were written. */
	private static ModelFile.StreamOpener fullAfter(long limit) {
		return file -> new FilterOutputStream(Files.newOutputStream(file)) {

			private long written;

			@Override
			public void write(int b) throws IOException {
				if (++written > limit) throw new IOException("No space left on device");
				super.write(b);
			}

			@Override
			public void write(byte[] b, int off, int len) throws IOException {
				for (int i = 0; i < len; i++) write(b[off + i]);
			}
		};
	}

	@Test
	void fullDiskLeavesThePreviousModelIntact() throws IOException {
		VaeModel model = VaeTestKit.train(VaeTestKit.tinyDense().epochs(1).build(), VaeTestKit.shapes(16, 32, 1))
			.model();
		Path file = dir.resolve("m.vae.zip");
		ModelFile.save(model, file);
		byte[] before = Files.readAllBytes(file);
		for (long limit : new long[] { 0, 100, 5_000, before.length / 2 }) {
			ModelFileException e = assertThrows(ModelFileException.class, () -> ModelFile.save(model, file, fullAfter(
				limit)));
			assertTrue(e.getMessage().startsWith("m.vae.zip: cannot be written") && e.getMessage().contains(
				"No space left"), e.getMessage());
			assertArrayEquals(before, Files.readAllBytes(file));
			try (Stream<Path> files = Files.list(dir)) {
				assertFalse(files.anyMatch(p -> p.getFileName().toString().endsWith(".partial")));
			}
		}
		Path fresh = dir.resolve("new.vae.zip");
		assertThrows(ModelFileException.class, () -> ModelFile.save(model, fresh, fullAfter(1000)));
		assertFalse(Files.exists(fresh));
	}
}
