package io.github.vaeexplorer.bench;

import io.github.vaeexplorer.data.FloatSampleSet;
import io.github.vaeexplorer.data.Normalisation;
import io.github.vaeexplorer.data.SourceGeometry;
import io.github.vaeexplorer.history.EpochRecord;
import io.github.vaeexplorer.model.Architecture;
import io.github.vaeexplorer.model.NetworkLayout;
import io.github.vaeexplorer.model.VaeConfig;
import io.github.vaeexplorer.model.VaeModel;
import io.github.vaeexplorer.nd4j.NativeBackend;
import io.github.vaeexplorer.train.CancellationToken;
import io.github.vaeexplorer.train.Trainer;
import io.github.vaeexplorer.train.TrainingJob;
import io.github.vaeexplorer.train.TrainingListener;
import io.github.vaeexplorer.train.TrainingResult;

import com.google.gson.JsonObject;

import ij.ImagePlus;

import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * The {@code bench} verb: training throughput of the two reference architectures (64×64, z = 10, batch 128, all
 * cores, after a warm-up of at least {@link #WARMUP_SECONDS} of training, median of several epochs), the first
 * (cold) epoch's rate, encode/decode throughput, single-image decode latency,
 * time from JVM start to the first training step, peak heap and off-heap memory, and achieved GFLOP/s. With a peer,
 * the PyTorch reference runs between our epochs (alternating, so both see the same machine state) and the ratios
 * ours/peer are reported.
 *
 * @author VAE Explorer developers
 */
public final class Benchmark {

	/**
	 * Training time before the measured epochs. The JVM compiles SameDiff's per-op Java code during the first few
	 * hundred steps: dense epochs run at about half speed for the first 3-5 seconds, then settle.
	 */
	static final double WARMUP_SECONDS = 8;

	/** What to measure. */
	public static final class Options {

		int repeats = 3;
		int denseImages = 4096;
		int convImages = 2048;
		int batch = 128;
		int memorySlices;
		double warmupSeconds = WARMUP_SECONDS;
		PeerRunner peer;

		/** Instead of the speed runs, train one epoch on an 8-bit stack of this many 64×64 slices and report memory. */
		public Options memorySlices(int value) {
			if (value < 1 || value > 10_000_000) throw new IllegalArgumentException("memory_slices must be between 1 " +
				"and 10000000 (got " + value + ")");
			memorySlices = value;
			return this;
		}

		/** Measured epochs per architecture (after the warm-up). */
		public Options repeats(int value) {
			if (value < 1 || value > 100) throw new IllegalArgumentException("repeats must be between 1 and 100 (got " +
				value + ")");
			repeats = value;
			return this;
		}

		/** Also run the PyTorch peer script with this Python interpreter. */
		public Options peer(java.nio.file.Path script, String python) {
			peer = new PeerRunner(script, python);
			if (!peer.isAvailable()) throw new IllegalArgumentException("--peer needs " + script + " and a Python " +
				"with torch (" + python + " -c 'import torch' failed); install python3-torch");
			return this;
		}
	}

	/** More than the warm-up and the measured epochs ever need; training is stopped once they are done. */
	private static final int MAX_EPOCHS = 1000;

	private final Options options;
	private final PrintStream log;
	private final MemoryMeter memory = new MemoryMeter();
	private double startupSeconds = Double.NaN;

	public Benchmark(Options options, PrintStream log) {
		this.options = options;
		this.log = log;
	}

	/** Runs everything and returns the JSON report. */
	public JsonObject run() throws IOException {
		NativeBackend.ensureLoaded();
		if (options.memorySlices > 0) return memoryRun();
		JsonObject train = new JsonObject(), peerTrain = new JsonObject(), ratio = new JsonObject();
		JsonObject decodeMs = new JsonObject(), encodeRate = new JsonObject(), decodeRate = new JsonObject();
		JsonObject gflops = new JsonObject(), firstEpoch = new JsonObject();
		for (Architecture arch : new Architecture[] { Architecture.DENSE, Architecture.CONV }) {
			int images = arch == Architecture.DENSE ? options.denseImages : options.convImages;
			Measured m = measure(arch, images);
			train.addProperty(arch.key(), round(median(m.ours)));
			firstEpoch.addProperty(arch.key(), round(m.firstEpoch));
			long flops = 3 * NetworkLayout.of(m.model.config().network()).forwardFlops();
			gflops.addProperty(arch.key(), round(median(m.ours) * flops / 1e9));
			decodeMs.add(arch.key(), latency(m.model));
			encodeRate.addProperty(arch.key(), round(encodeRate(m.model, m.data)));
			decodeRate.addProperty(arch.key(), round(decodeRate(m.model, images)));
			if (!m.peer.isEmpty()) {
				peerTrain.addProperty(arch.key(), round(median(m.peer)));
				ratio.addProperty(arch.key(), Math.round(median(m.ours) / median(m.peer) * 100) / 100.0);
			}
		}
		JsonObject report = new JsonObject();
		report.addProperty("backend", NativeBackend.ensureLoaded());
		report.add("train_images_per_s", train);
		report.add("first_epoch_images_per_s", firstEpoch);
		if (options.peer != null) {
			report.add("peer_train_images_per_s", peerTrain);
			report.add("ratio_ours_over_peer", ratio);
		}
		report.add("gflops", gflops);
		report.add("encode_images_per_s", encodeRate);
		report.add("decode_images_per_s", decodeRate);
		report.add("decode_ms", decodeMs);
		report.addProperty("startup_s", Math.round(startupSeconds * 100) / 100.0);
		long heap = MemoryMeter.peakHeapBytes(), offHeap = memory.peakOffHeapBytes();
		report.addProperty("peak_heap_bytes", heap);
		report.addProperty("peak_offheap_bytes", offHeap);
		report.addProperty("peak_bytes", heap + offHeap);
		report.addProperty("peak_rss_bytes", MemoryMeter.peakResidentBytes());
		report.addProperty("batch", options.batch);
		report.addProperty("threads", Runtime.getRuntime().availableProcessors());
		return report;
	}

	/**
	 * One epoch of the dense reference network on a large 8-bit stack, through the same path as Train VAE...
	 * (conversion, training, model file), with peak memory sampled every batch.
	 */
	private JsonObject memoryRun() throws IOException {
		ImagePlus stack = BlobImages.stack(options.memorySlices, 64, 9);
		java.nio.file.Path file = java.nio.file.Files.createTempFile("vae-bench", ".vae.zip");
		long start = System.nanoTime();
		try {
			VaeConfig config = VaeConfig.builder().architecture(Architecture.DENSE).size(64).batch(options.batch)
				.epochs(1).build();
			new TrainingJob(new TrainingListener() {

				@Override
				public void batchDone(int epoch, int batch, int batches, double loss) {
					memory.sample();
				}
			}, null).run(stack, config, null, file);
		}
		finally {
			java.nio.file.Files.deleteIfExists(file);
		}
		JsonObject report = new JsonObject();
		report.addProperty("memory_slices", options.memorySlices);
		report.addProperty("seconds", round((System.nanoTime() - start) / 1e9));
		long heap = MemoryMeter.peakHeapBytes(), offHeap = memory.peakOffHeapBytes();
		report.addProperty("peak_heap_bytes", heap);
		report.addProperty("peak_offheap_bytes", offHeap);
		report.addProperty("peak_bytes", heap + offHeap);
		report.addProperty("peak_rss_bytes", MemoryMeter.peakResidentBytes());
		report.addProperty("source_stack_bytes", (long) options.memorySlices * 64 * 64);
		return report;
	}

	/** Our training rates per measured epoch, the peer's in between, and the trained model. */
	private static final class Measured {

		final List<Double> ours = new ArrayList<>();
		final List<Double> peer = new ArrayList<>();
		double firstEpoch;
		VaeModel model;
		FloatSampleSet data;
	}

	private Measured measure(Architecture arch, int images) throws IOException {
		Measured m = new Measured();
		m.data = BlobImages.create(images, 64, 7);
		VaeConfig config = VaeConfig.builder().architecture(arch).size(64).latent(10).batch(options.batch).beta(1)
			.epochs(MAX_EPOCHS).validation(0).seed(1).build();
		IOException[] peerFailure = new IOException[1];
		CancellationToken enough = new CancellationToken();
		TrainingListener listener = new TrainingListener() {

			private double warmedUp;

			@Override
			public void started(int first, int last, int batches) {
				if (Double.isNaN(startupSeconds)) startupSeconds = (System.currentTimeMillis() - ManagementFactory
					.getRuntimeMXBean().getStartTime()) / 1000.0;
			}

			@Override
			public void batchDone(int epoch, int batch, int batches, double loss) {
				memory.sample();
			}

			@Override
			public void epochDone(EpochRecord record, int lastEpoch) {
				double rate = images / record.seconds();
				if (record.epoch() == 1) m.firstEpoch = rate;
				if (record.epoch() == 1 || warmedUp < options.warmupSeconds) {
					warmedUp += record.seconds();
					log.printf("bench: %s warm-up epoch %d: %.1f images/s%n", arch.key(), record.epoch(), rate);
					return;
				}
				m.ours.add(rate);
				log.printf("bench: %s epoch %d: %.1f images/s%n", arch.key(), record.epoch(), rate);
				if (options.peer != null && peerFailure[0] == null) {
					try {
						double peerRate = options.peer.imagesPerSecond(arch.key(), images, 1, options.batch);
						m.peer.add(peerRate);
						log.printf("bench: %s PyTorch peer: %.1f images/s%n", arch.key(), peerRate);
					}
					catch (IOException e) {
						peerFailure[0] = e;
					}
				}
				if (m.ours.size() >= options.repeats) enough.cancel(CancellationToken.Mode.STOP_AND_KEEP);
			}
		};
		TrainingResult result = new Trainer(listener, enough).train(config, m.data, new Normalisation(new double[] {
			0 }, new double[] { 1 }), new SourceGeometry(64, 64, 1, 64));
		if (peerFailure[0] != null) throw peerFailure[0];
		m.model = result.model();
		return m;
	}

	private static JsonObject latency(VaeModel model) {
		Random random = new Random(3);
		float[][] z = new float[1][model.latent()];
		double[] ms = new double[200];
		for (int i = -20; i < ms.length; i++) {
			for (int d = 0; d < z[0].length; d++) z[0][d] = (float) random.nextGaussian();
			long t = System.nanoTime();
			model.decode(z);
			if (i >= 0) ms[i] = (System.nanoTime() - t) / 1e6;
		}
		Arrays.sort(ms);
		JsonObject o = new JsonObject();
		o.addProperty("median", round(ms[ms.length / 2]));
		o.addProperty("p95", round(ms[(int) (ms.length * 0.95)]));
		return o;
	}

	private static double encodeRate(VaeModel model, FloatSampleSet data) {
		model.encode(data);
		long t = System.nanoTime();
		model.encode(data);
		return data.count() / ((System.nanoTime() - t) / 1e9);
	}

	private static double decodeRate(VaeModel model, int count) {
		float[][] z = new float[count][model.latent()];
		Random random = new Random(4);
		for (float[] row : z) for (int d = 0; d < row.length; d++) row[d] = (float) random.nextGaussian();
		model.decode(z);
		long t = System.nanoTime();
		model.decode(z);
		return count / ((System.nanoTime() - t) / 1e9);
	}

	private static double median(List<Double> values) {
		double[] v = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
		return v.length == 0 ? Double.NaN : v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length /
			2]) / 2;
	}

	private static double round(double v) {
		return Math.round(v * 10) / 10.0;
	}
}
