package io.github.vaeexplorer.train;

import io.github.vaeexplorer.data.ConversionResult;
import io.github.vaeexplorer.data.FolderConverter;
import io.github.vaeexplorer.data.Normalisation;
import io.github.vaeexplorer.data.SourceGeometry;
import io.github.vaeexplorer.data.StackConverter;
import io.github.vaeexplorer.data.StreamingConverter;
import io.github.vaeexplorer.model.ModelFile;
import io.github.vaeexplorer.model.SaveTarget;
import io.github.vaeexplorer.model.VaeConfig;
import io.github.vaeexplorer.model.VaeModel;

import ij.ImagePlus;

import java.nio.file.Path;
import java.util.Locale;

/**
 * The whole of "Train VAE...": image (or folder of images) → samples → training → model file. Shared by the command, the CLI and the
 * demo, so that they cannot drift apart. The source image is only read.
 *
 * @author VAE Explorer developers
 */
public final class TrainingJob {

	private final TrainingListener listener;
	private final CancellationToken token;

	public TrainingJob(TrainingListener listener, CancellationToken token) {
		this.listener = listener == null ? TrainingListener.none() : listener;
		this.token = token == null ? new CancellationToken() : token;
	}

	/**
	 * Trains on an image and saves the model (atomically) unless training was cancelled with nothing to keep.
	 *
	 * @param settings training settings; its {@code channels} is replaced by the image's
	 * @param resume a model file to continue from, or null
	 * @param output where to save the model
	 */
	public TrainingResult run(ImagePlus image, VaeConfig settings, Path resume, Path output) {
		return run(image, settings, StreamingSettings.AUTO, resume, output);
	}

	/**
	 * Like {@link #run(ImagePlus, VaeConfig, Path, Path)}, reading the planes from the image while training (see
	 * {@link StreamingConverter}) when {@code streaming} says so: always, or (auto) when the converted samples would
	 * not fit in the heap, e.g. for a virtual stack larger than memory.
	 */
	public TrainingResult run(ImagePlus image, VaeConfig settings, StreamingSettings streaming, Path resume,
		Path output)
	{
		if (image == null) throw new IllegalArgumentException("there is no image to train on: open a stack first");
		SaveTarget before = ModelFile.checkWritable(output);
		StackConverter probe = new StackConverter();
		SourceGeometry shape = probe.geometryOf(image, settings.size());
		// A virtual stack holds no planes yet: converting it keeps at least each value's byte.
		int bytesPerValue = probe.addedBytesPerValue(image, settings.size());
		if (image.getStack().isVirtual()) bytesPerValue = Math.max(1, bytesPerValue);
		if (streams(streaming, settings.toBuilder().channels(shape.channels()).build(), probe.sampleCount(image),
			bytesPerValue, image.getWidth(), image.getHeight()))
		{
			StreamingConverter streamer = new StreamingConverter(streaming.bufferBytes(), settings.seed());
			return run((size, norm) -> streamer.image(image, size, norm), settings, resume, output, before);
		}
		StackConverter converter = checkedConverter(image, settings);
		return run((size, norm) -> norm == null ? converter.convert(image, size) : converter.convert(image, size, norm),
			settings, resume, output, before);
	}

	/**
	 * The data half of {@link #run(ImagePlus, VaeConfig, Path, Path)}, for callers that train themselves (the beta
	 * study): checks that one training on the image fits in memory, converts it at the settings' size and tells the
	 * listener what the data lacks.
	 */
	public ConversionResult convert(ImagePlus image, VaeConfig settings) {
		ConversionResult data = checkedConverter(image, settings).convert(image, settings.size());
		report(data);
		return data;
	}

	/** A converter for the image, once {@link MemoryBudget} has found that training on it fits. */
	private static StackConverter checkedConverter(ImagePlus image, VaeConfig settings) {
		if (image == null) throw new IllegalArgumentException("there is no image to train on: open a stack first");
		StackConverter converter = new StackConverter();
		SourceGeometry geometry = converter.geometryOf(image, settings.size());
		VaeConfig planned = settings.toBuilder().channels(geometry.channels()).build();
		new MemoryBudget(planned, converter.sampleCount(image), converter.addedBytesPerValue(image, settings.size()),
			image.getWidth(), image.getHeight()).check();
		return converter;
	}

	/**
	 * Trains on every image file of a folder ({@link FolderConverter}: sizes may differ, unreadable files are
	 * skipped and named in one message to the listener) and saves the model like {@link #run(ImagePlus, VaeConfig,
	 * Path, Path)}. The model keeps the most common width x height of the files as its geometry.
	 */
	public TrainingResult runOnFolder(Path folder, VaeConfig settings, Path resume, Path output) {
		return runOnFolder(folder, settings, StreamingSettings.AUTO, resume, output);
	}

	/**
	 * Like {@link #runOnFolder(Path, VaeConfig, Path, Path)}, reading the files while training (see {@link
	 * StreamingConverter}) when {@code streaming} says so: always, or (auto) when the converted samples would not fit
	 * in the heap.
	 */
	public TrainingResult runOnFolder(Path folder, VaeConfig settings, StreamingSettings streaming, Path resume,
		Path output)
	{
		SaveTarget before = ModelFile.checkWritable(output);
		if (streaming.mode() != StreamingSettings.Mode.NEVER && streams(streaming, settings.toBuilder().channels(1)
			.build(), streaming.mode() == StreamingSettings.Mode.ALWAYS ? 0 : StreamingConverter.sampleCount(folder),
			4, 0, 0))
		{
			StreamingConverter streamer = new StreamingConverter(streaming.bufferBytes(), settings.seed());
			return run((size, norm) -> streamer.folder(folder, size, norm), settings, resume, output, before);
		}
		FolderConverter converter = new FolderConverter();
		return run((size, norm) -> converter.convert(folder, size, norm), settings, resume, output, before);
	}

	/**
	 * Whether to read the samples from disk while training; says so to the listener when it does. Auto streams when
	 * the samples (at {@code bytesPerValue}) would not fit in the heap this JVM can still get.
	 */
	private boolean streams(StreamingSettings streaming, VaeConfig planned, long samples, int bytesPerValue,
		long width, long height)
	{
		if (streaming.mode() == StreamingSettings.Mode.NEVER) return false;
		long needed = new MemoryBudget(planned, samples, bytesPerValue, width, height).heapBytes();
		long available = MemoryBudget.availableHeapBytes();
		boolean always = streaming.mode() == StreamingSettings.Mode.ALWAYS;
		if (!always && needed <= available) return false;
		MemoryBudget.streaming(planned, streaming.bufferBytes(), width, height).check();
		listener.message(String.format(Locale.ROOT, "Reading the images from disk while training (%s; buffer %d MB).",
			always ? "stream=always" : String.format(Locale.ROOT, "in memory they need about %d MB, the heap has %d MB",
				needed >> 20, available >> 20), streaming.bufferMb()));
		return true;
	}

	/** Converts the training data at a size, with a given normalisation or (when null) its own. */
	private interface Source {

		ConversionResult convert(int size, Normalisation existing);
	}

	private TrainingResult run(Source source, VaeConfig settings, Path resume, Path output, SaveTarget before) {
		ConversionResult data;
		TrainingResult result;
		Trainer trainer = new Trainer(listener, token);
		if (resume != null) {
			VaeModel previous = ModelFile.load(resume);
			ResumeSettings.check(previous, settings, resume);
			data = source.convert(previous.config().size(), previous.normalisation());
			report(data);
			result = trainer.resume(previous, settings, data.samples());
		}
		else {
			data = source.convert(settings.size(), null);
			report(data);
			VaeConfig config = settings.toBuilder().channels(data.samples().channels()).build();
			result = trainer.train(config, data.samples(), data.normalisation(), data.geometry());
		}
		if (result.model() != null) UnsavedModels.save(result.model(), output, before);
		return result;
	}

	private void report(ConversionResult data) {
		SourceGeometry g = data.geometry();
		long pixels = (long) data.samples().count() * g.channels() * g.width() * g.height();
		if (pixels > 0 && data.nonFiniteCount() >= pixels) throw new IllegalArgumentException("the training images " +
			"have no finite pixel value (all NaN or infinity): there is nothing in them for the model to learn");
		data.warning().ifPresent(listener::message);
		for (int c = 0; c < data.normalisation().channels(); c++) {
			if (!Double.isFinite(data.normalisation().low(c)) || !Double.isFinite(data.normalisation().high(c))) {
				throw new IllegalArgumentException("channel " + (c + 1) + " has no finite value (all NaN or " +
					"infinity): there is nothing in it for the model to learn");
			}
			if (data.normalisation().high(c) <= data.normalisation().low(c)) {
				listener.message("Channel " + (c + 1) + " has (almost) the same value everywhere (" + data
					.normalisation().low(c) + "): there is nothing in it for the model to learn.");
			}
		}
		if (data.samples().count() == 1) listener.message("The image has a single sample: the model can only " +
			"learn that one image.");
	}
}
