package io.github.vaeexplorer.data;

import ij.ImagePlus;
import net.imglib2.Cursor;
import net.imglib2.type.numeric.RealType;
import net.imglib2.view.Views;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Prepares training data that is read from disk while training ({@link DiskSampleSet}) instead of converted into
 * memory up front: a folder of image files, one large TIFF, or an ImageJ (virtual) stack.
 * <p>
 * Two cheap passes, neither holding more than one image: a <b>survey</b> of the files' headers (an uncompressed TIFF
 * is opened as a virtual stack by {@link LazyImages}, so its pixels are not read), and a <b>statistics</b> pass that
 * reads a seeded sample of at most {@value #STATISTICS_SAMPLES} planes, in index order, and takes the
 * {@link PercentileEstimator#LOW_PERCENT} and {@link PercentileEstimator#HIGH_PERCENT} percentiles of their finite
 * values as the normalisation ({@link PooledRange}, exact up to {@link FolderConverter#MAX_POOLED_VALUES} values per
 * channel). With at most {@value #STATISTICS_SAMPLES} samples every plane is used, and the normalisation is the one
 * {@link FolderConverter} computes for the same folder; beyond, it is an estimate from the sampled planes.
 * <p>
 * A folder is handled like {@link FolderConverter} does: name order, unreadable files and files whose channels differ
 * from the first one skipped (and named in one warning), the most common width x height as the geometry.
 *
 * @author VAE Explorer developers
 */
public final class StreamingConverter {

	/** Most planes the normalisation is estimated from. */
	public static final int STATISTICS_SAMPLES = 1024;

	private static final long STATISTICS_SALT = 0x57A7L;

	private final long bufferBytes;
	private final long seed;

	/**
	 * @param bufferBytes memory the training may spend on prefetching and shuffling samples (see {@link
	 *          DiskSampleSet#bufferBytes()})
	 * @param seed seeds the choice of the planes the normalisation is estimated from
	 */
	public StreamingConverter(long bufferBytes, long seed) {
		if (bufferBytes < 1) throw new IllegalArgumentException("the streaming buffer must be positive, got " +
			bufferBytes + " bytes");
		this.bufferBytes = bufferBytes;
		this.seed = seed;
	}

	/**
	 * Every image file of a folder, read while training.
	 *
	 * @param existing the normalisation to use (e.g. a model's, to resume), or null to estimate one
	 * @throws IllegalArgumentException if the path is not a folder or no file in it can be used
	 */
	public ConversionResult folder(Path folder, int size, Normalisation existing) {
		checkSize(size);
		final Survey survey = new Survey(folder, existing);
		if (survey.parts.isEmpty()) {
			throw new IllegalArgumentException("the folder " + folder + " holds no readable TIFF, PNG or JPEG image" +
				(survey.skipped.isEmpty() ? "" : " (" + describe(survey.skipped) + ")"));
		}
		final long common = mostCommon(survey.sizes);
		final SourceGeometry geometry = new SourceGeometry((int) (common >>> 32), (int) common, survey.channels, size);
		final String warning = survey.skipped.isEmpty() ? null : folder.getFileName() + ": skipped " + survey.skipped
			.size() + " of " + survey.files + " files: " + describe(survey.skipped) + ".";
		return result(survey.parts, survey.channels, size, existing, geometry, warning);
	}

	/**
	 * How many samples the usable files of a folder hold, from their headers where the format allows it (see {@link
	 * LazyImages}); what {@link #folder} would read.
	 *
	 * @throws IllegalArgumentException if the path is not a folder
	 */
	public static long sampleCount(Path folder) {
		long n = 0;
		for (DiskSampleSet.Part p : new Survey(folder, null).parts) n += p.samples;
		return n;
	}

	/** The header pass over a folder. */
	private static final class Survey {

		final List<DiskSampleSet.Part> parts = new ArrayList<>();
		final Map<String, String> skipped = new LinkedHashMap<>();
		final Map<Long, Integer> sizes = new LinkedHashMap<>();
		int channels;
		int files;

		Survey(Path folder, Normalisation existing) {
			channels = existing == null ? -1 : existing.channels();
			for (Path file : ImageFiles.list(folder)) {
				files++;
				final String name = file.getFileName().toString();
				final ImageFiles.Opened opened = LazyImages.open(file);
				if (opened.image() == null) {
					skipped.put(name, opened.problem());
					continue;
				}
				final SourcePlanes planes;
				try {
					planes = SourcePlanes.of(opened.image());
				}
				catch (IllegalArgumentException e) {
					skipped.put(name, e.getMessage());
					continue;
				}
				if (channels < 0) channels = planes.networkChannels();
				if (planes.networkChannels() != channels) {
					skipped.put(name, planes.networkChannels() + " channel(s) where the " + (existing != null
						? "model has " : "first image has ") + channels);
					continue;
				}
				parts.add(new DiskSampleSet.Part(name, planes.sampleCount(), () -> LazyImages.open(file).image()));
				sizes.merge(((long) planes.width() << 32) | planes.height(), 1, Integer::sum);
			}
		}
	}

	/**
	 * One image (typically a virtual stack, or a large TIFF opened by {@link LazyImages}), read plane by plane while
	 * training; the image is only read.
	 *
	 * @param existing the normalisation to use (e.g. a model's, to resume), or null to estimate one
	 * @throws IllegalArgumentException if the image is null, empty or unsupported, or the channels differ from
	 *           {@code existing}'s
	 */
	public ConversionResult image(ImagePlus image, int size, Normalisation existing) {
		checkSize(size);
		final SourcePlanes planes = SourcePlanes.of(image);
		if (existing != null && existing.channels() != planes.networkChannels()) {
			throw new IllegalArgumentException("the model has " + existing.channels() + " channel(s) but image '" +
				planes.title() + "' has " + planes.networkChannels());
		}
		final List<DiskSampleSet.Part> parts = List.of(new DiskSampleSet.Part(planes.title(), planes.sampleCount(),
			() -> image));
		final SourceGeometry geometry = new SourceGeometry(planes.width(), planes.height(), planes.networkChannels(),
			size);
		return result(parts, planes.networkChannels(), size, existing, geometry, null);
	}

	// -- Internals --

	private ConversionResult result(List<DiskSampleSet.Part> parts, int channels, int size, Normalisation existing,
		SourceGeometry geometry, String warning)
	{
		final Normalisation norm = existing != null ? existing : estimate(parts, channels);
		final DiskSampleSet samples = new DiskSampleSet(parts, channels, size, norm, bufferBytes);
		return new ConversionResult(samples, norm, geometry, 0, new String[samples.count()], warning);
	}

	/** The seeded statistics pass (see the class description). */
	Normalisation estimate(List<DiskSampleSet.Part> parts, int channels) {
		int total = 0;
		for (DiskSampleSet.Part p : parts) total += p.samples;
		final int[] chosen = choose(total, STATISTICS_SAMPLES, new Random(seed ^ STATISTICS_SALT));
		final PooledRange[] ranges = new PooledRange[channels];
		for (int c = 0; c < channels; c++) ranges[c] = new PooledRange(FolderConverter.MAX_POOLED_VALUES);
		int part = 0, start = 0, openPart = -1;
		ImagePlus image = null;
		for (int index : chosen) {
			while (index >= start + parts.get(part).samples) start += parts.get(part++).samples;
			if (part != openPart) {
				image = parts.get(part).opener.get();
				if (image == null) throw new IllegalStateException(parts.get(part).name + " could be read a moment " +
					"ago but not any more");
				openPart = part;
			}
			synchronized (image) {
				final SourcePlanes planes = SourcePlanes.of(image);
				for (int c = 0; c < channels; c++) {
					final Cursor<? extends RealType<?>> cursor = Views.flatIterable(planes.channelView(index - start, c))
						.cursor();
					while (cursor.hasNext()) ranges[c].add(cursor.next().getRealDouble());
				}
			}
		}
		final double[] low = new double[channels], high = new double[channels];
		for (int c = 0; c < channels; c++) {
			final double[] r = ranges[c].range();
			low[c] = r[0];
			high[c] = r[1];
		}
		return new Normalisation(low, high);
	}

	/** {@code min(n, k)} distinct indices in 0..n-1, ascending, drawn by a seeded partial Fisher-Yates shuffle. */
	static int[] choose(int n, int k, Random random) {
		if (n <= k) {
			final int[] all = new int[n];
			for (int i = 0; i < n; i++) all[i] = i;
			return all;
		}
		final Map<Integer, Integer> swapped = new java.util.HashMap<>();
		final int[] out = new int[k];
		for (int i = 0; i < k; i++) {
			final int j = i + random.nextInt(n - i);
			final int atJ = swapped.getOrDefault(j, j), atI = swapped.getOrDefault(i, i);
			swapped.put(j, atI);
			out[i] = atJ;
		}
		Arrays.sort(out);
		return out;
	}

	private static long mostCommon(Map<Long, Integer> sizes) {
		long best = -1;
		int bestCount = 0;
		for (Map.Entry<Long, Integer> e : sizes.entrySet()) {
			if (e.getValue() > bestCount) {
				best = e.getKey();
				bestCount = e.getValue();
			}
		}
		return best;
	}

	private static String describe(Map<String, String> skipped) {
		final List<String> parts = new ArrayList<>();
		for (Map.Entry<String, String> e : skipped.entrySet()) {
			if (parts.size() == 20) break;
			parts.add(e.getKey() + " (" + e.getValue() + ")");
		}
		final int more = skipped.size() - parts.size();
		return String.join(", ", parts) + (more > 0 ? " and " + more + " more" : "");
	}

	private static void checkSize(int size) {
		if (size < 1) throw new IllegalArgumentException("the sample size must be at least 1 pixel, got " + size);
	}
}
