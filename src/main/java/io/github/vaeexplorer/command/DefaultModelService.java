package io.github.vaeexplorer.command;

import io.github.vaeexplorer.model.ModelFile;
import io.github.vaeexplorer.model.VaeModel;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

import org.scijava.plugin.Plugin;
import org.scijava.service.AbstractService;
import org.scijava.service.Service;

/**
 * The {@link ModelService} of every context: keeps the {@value #KEPT} models used last, each under its file's real
 * path, size and modification time.
 *
 * @author VAE Explorer developers
 */
@Plugin(type = Service.class)
public class DefaultModelService extends AbstractService implements ModelService {

	/** How many models stay loaded: a model's weights live in native memory. */
	static final int KEPT = 2;

	private final Map<Key, VaeModel> kept = new LinkedHashMap<Key, VaeModel>(4, 0.75f, true) {

		private static final long serialVersionUID = 1L;

		@Override
		protected boolean removeEldestEntry(Map.Entry<Key, VaeModel> eldest) {
			return size() > KEPT;
		}
	};

	// -- ModelService methods --

	@Override
	public VaeModel load(Path file) {
		Key key = Key.of(file);
		if (key == null) return ModelFile.load(file); // missing or unreadable: ModelFile names the problem
		synchronized (kept) {
			VaeModel model = kept.get(key);
			if (model != null) return model;
		}
		VaeModel model = ModelFile.load(file);
		synchronized (kept) {
			kept.put(key, model);
		}
		return model;
	}

	@Override
	public void clear() {
		synchronized (kept) {
			kept.clear();
		}
	}

	// -- Disposable methods --

	@Override
	public void dispose() {
		clear();
	}

	/** A model file as it is on disk now. */
	private static final class Key {

		final Path path;
		final long size, modified;

		private Key(Path path, long size, long modified) {
			this.path = path;
			this.size = size;
			this.modified = modified;
		}

		static Key of(Path file) {
			try {
				BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class);
				return a.isRegularFile() ? new Key(file.toRealPath(), a.size(), a.lastModifiedTime().toMillis()) : null;
			}
			catch (IOException e) {
				return null;
			}
		}

		@Override
		public boolean equals(Object o) {
			if (!(o instanceof Key)) return false;
			Key k = (Key) o;
			return path.equals(k.path) && size == k.size && modified == k.modified;
		}

		@Override
		public int hashCode() {
			return Objects.hash(path, size, modified);
		}
	}
}
