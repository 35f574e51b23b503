package io.github.vaeexplorer.spark;

import io.github.vaeexplorer.model.ModelFile;
import io.github.vaeexplorer.model.VaeModel;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.spark.broadcast.Broadcast;

/**
 * One network per executor thread, loaded once from the broadcast model file and kept for every later task of that
 * thread (a SameDiff graph must not be shared between threads).
 *
 * @author VAE Explorer developers
 */
final class ExecutorModels {

	private static final ThreadLocal<Loaded> MODELS = new ThreadLocal<>();

	private ExecutorModels() {
	}

	/** The thread's model for a broadcast model file, loaded on first use. */
	static VaeModel get(Broadcast<byte[]> bytes) throws IOException {
		Loaded loaded = MODELS.get();
		if (loaded != null && loaded.broadcastId == bytes.id()) return loaded.model;
		Path temp = Files.createTempFile("vae-explorer-", ".vae.zip");
		try {
			Files.write(temp, bytes.value());
			VaeModel model = ModelFile.load(temp);
			MODELS.set(new Loaded(bytes.id(), model));
			return model;
		}
		catch (UncheckedIOException e) {
			throw e.getCause();
		}
		finally {
			Files.deleteIfExists(temp);
		}
	}

	private static final class Loaded {

		final long broadcastId;
		final VaeModel model;

		Loaded(long broadcastId, VaeModel model) {
			this.broadcastId = broadcastId;
			this.model = model;
		}
	}
}
