package io.github.vaeexplorer.data;

import ij.ImagePlus;
import net.imglib2.Cursor;
import net.imglib2.type.numeric.RealType;
import net.imglib2.view.Views;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns every image file of a folder (see {@link ImageFiles}: TIFF, PNG, JPEG, stacks too) into one set of training
 * samples, as if the files were the planes of one stack.
 * <p>
 * Each file is converted by {@link StackConverter} with its own geometry, so files of different sizes are each
 * resampled into the {@code size x size} square. All files share one {@link Normalisation}: the
 * {@link PercentileEstimator#LOW_PERCENT} and {@link PercentileEstimator#HIGH_PERCENT} percentiles of the finite
 * values of all files together (exact up to {@value #MAX_POOLED_VALUES} values per channel, a deterministic
 * subsample beyond; see {@link PooledRange}). The first readable file (in name order) fixes the number of channels.
 * <p>
 * A file that cannot be read, or whose channels differ from the first one, is skipped; all skipped files are named
 * in one warning ({@link ConversionResult#warning()}), and the conversion goes on. The {@link SourceGeometry} of the
 * result, which a model keeps to decode back to the source size, is the <b>most common width x height</b> among the
 * files used (ties go to the file that comes first by name).
 * <p>
 * Costs two reads of every file (one for the statistics, one for the samples) and holds one file plus all samples in
 * memory at a time.
 *
 * @author VAE Explorer developers
 */
public final class FolderConverter {

	/** Most values per channel that the shared normalisation is computed from exactly. */
	public static final int MAX_POOLED_VALUES = 1 << 22;

	/** How many skipped files a warning names before it says "and N more". */
	private static final int NAMED_IN_WARNING = 20;

	private final StackConverter converter = new StackConverter();

	/**
	 * Converts every image of a folder, with a normalisation computed from all of them.
	 *
	 * @throws IllegalArgumentException if the path is not a folder or no file in it can be used
	 */
	public ConversionResult convert(Path folder, int size) {
		return convert(folder, size, null);
	}

	/**
	 * Converts every image of a folder with a given normalisation (e.g. a model's, to resume training), or with one
	 * computed from all files when it is null.
	 *
	 * @throws IllegalArgumentException if the path is not a folder or no file in it can be used
	 */
	public ConversionResult convert(Path folder, int size, Normalisation existing) {
		if (size < 1) throw new IllegalArgumentException("the sample size must be at least 1 pixel, got " + size);
		final Survey survey = survey(folder, existing);
		if (survey.used.isEmpty()) {
			throw new IllegalArgumentException("the folder " + folder + " holds no readable TIFF, PNG or JPEG image" +
				(survey.skipped.isEmpty() ? "" : " (" + describe(survey.skipped, survey.skipped.size()) + ")"));
		}
		final Normalisation norm = existing != null ? existing : survey.normalisation();
		final FloatSampleSet samples = new FloatSampleSet(survey.sampleCount, survey.channels, size);
		final String[] labels = new String[survey.sampleCount];
		final float[] buffer = new float[samples.sampleLength()];
		long nonFinite = 0;
		int next = 0;
		for (Path file : survey.used) {
			final ImagePlus imp = ImageFiles.open(file).image();
			if (imp == null) throw new IllegalStateException(file + " could be read a moment ago but not any more");
			final ConversionResult one = converter.convert(imp, size, norm);
			final String name = file.getFileName().toString();
			final String[] sliceLabels = one.sampleLabels();
			for (int s = 0; s < one.samples().count(); s++) {
				one.samples().copySample(s, buffer, 0);
				samples.setSample(next, buffer, 0);
				labels[next++] = sliceLabels.length == 1 ? name : name + ":" + (s + 1);
			}
			nonFinite += one.nonFiniteCount();
		}
		final SourceGeometry geometry = new SourceGeometry(survey.commonWidth(), survey.commonHeight(), survey.channels,
			size);
		return new ConversionResult(samples, norm, geometry, nonFinite, labels, warning(folder, survey, nonFinite,
			existing == null));
	}

	// -- Internals --

	/** What the first pass learned about the files. */
	private static final class Survey {

		final List<Path> used = new ArrayList<>();
		final Map<String, String> skipped = new LinkedHashMap<>();
		final Map<Long, Integer> sizeCounts = new LinkedHashMap<>();
		int channels = -1;
		int sampleCount;
		int total;
		PooledRange[] ranges;

		Normalisation normalisation() {
			final double[] low = new double[channels];
			final double[] high = new double[channels];
			for (int c = 0; c < channels; c++) {
				final double[] r = ranges[c].range();
				low[c] = r[0];
				high[c] = r[1];
			}
			return new Normalisation(low, high);
		}

		private long mostCommonSize() {
			long best = -1;
			int bestCount = 0;
			for (Map.Entry<Long, Integer> e : sizeCounts.entrySet()) {
				if (e.getValue() > bestCount) {
					best = e.getKey();
					bestCount = e.getValue();
				}
			}
			return best;
		}

		int commonWidth() {
			return (int) (mostCommonSize() >>> 32);
		}

		int commonHeight() {
			return (int) mostCommonSize();
		}
	}

	private static Survey survey(Path folder, Normalisation existing) {
		final Survey survey = new Survey();
		if (existing != null) survey.channels = existing.channels();
		for (Path file : ImageFiles.list(folder)) {
			survey.total++;
			final String name = file.getFileName().toString();
			final ImageFiles.Opened opened = ImageFiles.open(file);
			if (opened.image() == null) {
				survey.skipped.put(name, opened.problem());
				continue;
			}
			final SourcePlanes planes;
			try {
				planes = SourcePlanes.of(opened.image());
			}
			catch (IllegalArgumentException e) {
				survey.skipped.put(name, e.getMessage());
				continue;
			}
			if (survey.channels < 0) survey.channels = planes.networkChannels();
			if (planes.networkChannels() != survey.channels) {
				survey.skipped.put(name, planes.networkChannels() + " channel(s) where the " + (existing != null
					? "model has " : "first image has ") + survey.channels);
				continue;
			}
			if (existing == null) pool(survey, planes);
			survey.used.add(file);
			survey.sampleCount += planes.sampleCount();
			survey.sizeCounts.merge(((long) planes.width() << 32) | planes.height(), 1, Integer::sum);
		}
		return survey;
	}

	private static void pool(Survey survey, SourcePlanes planes) {
		if (survey.ranges == null) {
			survey.ranges = new PooledRange[survey.channels];
			for (int c = 0; c < survey.channels; c++) survey.ranges[c] = new PooledRange(MAX_POOLED_VALUES);
		}
		for (int s = 0; s < planes.sampleCount(); s++) {
			for (int c = 0; c < survey.channels; c++) {
				final Cursor<? extends RealType<?>> cursor = Views.flatIterable(planes.channelView(s, c)).cursor();
				while (cursor.hasNext()) survey.ranges[c].add(cursor.next().getRealDouble());
			}
		}
	}

	private static String warning(Path folder, Survey survey, long nonFinite,
		boolean statisticsFromImages)
	{
		final List<String> sentences = new ArrayList<>();
		if (!survey.skipped.isEmpty()) {
			sentences.add(folder.getFileName() + ": skipped " + survey.skipped.size() + " of " + survey.total +
				" files: " + describe(survey.skipped, NAMED_IN_WARNING) + ".");
		}
		if (nonFinite > 0) {
			sentences.add(folder.getFileName() + ": " + (nonFinite == 1 ? "1 NaN/Inf pixel was " : nonFinite +
				" NaN/Inf pixels were ") + (statisticsFromImages ? "ignored in the statistics and " : "") +
				"replaced by the background value.");
		}
		return sentences.isEmpty() ? null : String.join(" ", sentences);
	}

	private static String describe(Map<String, String> skipped, int named) {
		final List<String> parts = new ArrayList<>();
		for (Map.Entry<String, String> e : skipped.entrySet()) {
			if (parts.size() == named) break;
			parts.add(e.getKey() + " (" + e.getValue() + ")");
		}
		final int more = skipped.size() - parts.size();
		return String.join(", ", parts) + (more > 0 ? " and " + more + " more" : "");
	}
}
