package io.github.vaeexplorer.model;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.vaeexplorer.nd4j.NativeBackend;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Needs the ModelFile end-of-central-directory check: a file cut inside its zip directory must not load. */
class ModelFileTailTruncationTest {

	@TempDir
	Path dir;

	@Test
	void aFileCutInsideItsZipDirectoryIsRejected() throws IOException {
		NativeBackend.ensureLoaded();
		VaeModel model = VaeTestKit.train(VaeTestKit.tinyDense().epochs(1).build(), VaeTestKit.shapes(16, 64, 4))
			.model();
		Path good = dir.resolve("good.vae.zip");
		ModelFile.save(model, good);
		byte[] bytes = Files.readAllBytes(good);
		for (int cut : new int[] { bytes.length - 1, bytes.length - 22, bytes.length - 100 }) {
			Path file = dir.resolve("tail" + cut + ".vae.zip");
			Files.write(file, Arrays.copyOf(bytes, cut));
			ModelFileException e = assertThrows(ModelFileException.class, () -> ModelFile.load(file), "cut at " + cut);
			assertTrue(e.getMessage().startsWith(file.getFileName() + ": "), e.getMessage());
		}
	}
}
