package io.github.vaeexplorer.data;

import ij.ImagePlus;

import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;

/**
 * A {@link SampleSet} that holds no samples: each {@link #copySample} reads the plane from its image (a file of a
 * folder, or one plane of a virtual stack) and normalises and resamples it as {@link StackConverter} would, so the
 * heap it needs does not grow with the data. Made by {@link StreamingConverter}.
 * <p>
 * The set keeps one image open at a time (the one the last sample came from), so reading samples in index order
 * opens every file once. {@link #copySample} is synchronized; a thread that reads many samples (the training's
 * prefetcher) takes its own {@link #reader()} with its own open image. Reading a sample costs one plane read from
 * disk; {@link #bufferBytes()} is the memory the training may spend on prefetching and shuffling.
 *
 * @author VAE Explorer developers
 */
public final class DiskSampleSet implements SampleSet {

	/** Images that hold consecutive samples: a file of a folder, or the whole stack. */
	static final class Part {

		final String name;
		final int samples;
		final Supplier<ImagePlus> opener;

		/**
		 * @param name what the part is called in messages (a file name)
		 * @param samples how many samples it holds
		 * @param opener opens the image; called again whenever a reader comes back to this part
		 */
		Part(String name, int samples, Supplier<ImagePlus> opener) {
			this.name = name;
			this.samples = samples;
			this.opener = opener;
		}
	}

	private final List<Part> parts;
	private final int[] starts;
	private final int count, channels, size;
	private final Normalisation normalisation;
	private final long bufferBytes;
	private final Reader shared;

	DiskSampleSet(List<Part> parts, int channels, int size, Normalisation normalisation, long bufferBytes) {
		if (parts.isEmpty()) throw new IllegalArgumentException("there are no images to read samples from");
		this.parts = List.copyOf(parts);
		this.starts = new int[parts.size() + 1];
		for (int i = 0; i < parts.size(); i++) {
			final long next = (long) starts[i] + parts.get(i).samples;
			if (next > Integer.MAX_VALUE) throw new IllegalArgumentException("more than " + Integer.MAX_VALUE +
				" samples");
			starts[i + 1] = (int) next;
		}
		this.count = starts[parts.size()];
		this.channels = channels;
		this.size = size;
		this.normalisation = normalisation;
		this.bufferBytes = bufferBytes;
		this.shared = new Reader();
	}

	// -- SampleSet --

	@Override
	public int count() {
		return count;
	}

	@Override
	public int channels() {
		return channels;
	}

	@Override
	public int size() {
		return size;
	}

	@Override
	public void copySample(int index, float[] dst, int dstOffset) {
		synchronized (shared) {
			shared.copySample(index, dst, dstOffset);
		}
	}

	// -- Streaming --

	/** @return bytes of samples the training may hold for prefetching and shuffling (the {@code buffer_mb} key) */
	public long bufferBytes() {
		return bufferBytes;
	}

	/** @return the normalisation every sample is read with */
	public Normalisation normalisation() {
		return normalisation;
	}

	/**
	 * A view of the same samples with its own open image, for one thread; not thread-safe itself.
	 *
	 * @return a new reader
	 */
	public SampleSet reader() {
		return new Reader();
	}

	/** Reads samples, keeping the image of the last one open. */
	private final class Reader implements SampleSet {

		private int openPart = -1;
		private ImagePlus image;
		private SourcePlanes planes;
		private SourceGeometry geometry;
		private float[] planeBuffer;

		@Override
		public int count() {
			return count;
		}

		@Override
		public int channels() {
			return channels;
		}

		@Override
		public int size() {
			return size;
		}

		@Override
		public void copySample(int index, float[] dst, int dstOffset) {
			if (index < 0 || index >= count) {
				throw new IndexOutOfBoundsException("sample " + index + " is outside 0.." + (count - 1));
			}
			int part = Arrays.binarySearch(starts, index);
			part = part >= 0 ? part : -part - 2;
			while (parts.get(part).samples == 0) part++;
			if (part != openPart) open(part);
			// A stack given as an ImagePlus is one image shared by every reader: ImageJ's stacks are not thread-safe.
			synchronized (image) {
				StackConverter.convertSample(planes, index - starts[part], normalisation, geometry, planeBuffer, dst,
					dstOffset);
			}
		}

		private void open(int part) {
			image = null;
			image = parts.get(part).opener.get();
			if (image == null) throw new IllegalStateException(parts.get(part).name + " could be read a moment ago " +
				"but not any more");
			planes = SourcePlanes.of(image);
			geometry = new SourceGeometry(planes.width(), planes.height(), channels, size);
			if (planeBuffer == null || planeBuffer.length != planes.width() * planes.height()) {
				planeBuffer = new float[planes.width() * planes.height()];
			}
			openPart = part;
		}
	}
}
