package io.github.vaeexplorer.command;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.vaeexplorer.model.ModelFile;
import io.github.vaeexplorer.model.ModelFileException;
import io.github.vaeexplorer.model.VaeModel;
import io.github.vaeexplorer.nd4j.NativeBackend;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scijava.Context;

/** The commands' model loading: a file read once while it stays as it is, read again once it changes. */
class ModelServiceTest {

	@TempDir
	Path dir;
	private Context context;
	private ModelService models;
	private Path file;

	@BeforeEach
	void setUp() throws IOException {
		NativeBackend.ensureLoaded();
		context = CommandContexts.create();
		models = context.service(ModelService.class);
		file = dir.resolve("tiny.vae.zip");
		try (InputStream in = getClass().getClassLoader().getResourceAsStream("golden/tiny-conv.vae.zip")) {
			Files.copy(in, file);
		}
	}

	@AfterEach
	void dispose() {
		context.dispose();
	}

	@Test
	void anUnchangedFileIsReadOnce() {
		VaeModel first = models.load(file);
		assertSame(first, models.load(file));
		assertSame(first, models.load(dir.resolve(".").resolve("tiny.vae.zip")), "the same file by another path");
	}

	@Test
	void aChangedFileIsReadAgain() throws IOException {
		VaeModel first = models.load(file);
		Files.setLastModifiedTime(file, FileTime.fromMillis(Files.getLastModifiedTime(file).toMillis() + 5_000));
		VaeModel second = models.load(file);
		assertNotSame(first, second);
		assertEquals(first.config().latent(), second.config().latent());
	}

	@Test
	void onlyTheLastModelsStayLoaded() throws IOException {
		VaeModel first = models.load(file);
		for (int i = 0; i < DefaultModelService.KEPT; i++) {
			Path other = dir.resolve("other" + i + ".vae.zip");
			Files.copy(file, other);
			models.load(other);
		}
		assertNotSame(first, models.load(file));
	}

	@Test
	void aMissingFileFailsAsModelFileDoes() {
		Path missing = dir.resolve("missing.vae.zip");
		String expected = assertThrows(ModelFileException.class, () -> ModelFile.load(missing)).getMessage();
		assertEquals(expected, assertThrows(ModelFileException.class, () -> models.load(missing)).getMessage());
	}
}
