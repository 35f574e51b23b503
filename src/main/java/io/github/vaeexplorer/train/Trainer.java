package io.github.vaeexplorer.train;

import io.github.vaeexplorer.data.DiskSampleSet;
import io.github.vaeexplorer.data.Normalisation;
import io.github.vaeexplorer.data.SampleSet;
import io.github.vaeexplorer.data.SourceGeometry;
import io.github.vaeexplorer.history.EpochRecord;
import io.github.vaeexplorer.history.TrainingHistory;
import io.github.vaeexplorer.model.LatentStatistics;
import io.github.vaeexplorer.model.AdversaryState;
import io.github.vaeexplorer.model.LossTerms;
import io.github.vaeexplorer.model.Objective;
import io.github.vaeexplorer.model.OptimizerState;
import io.github.vaeexplorer.model.StepResult;
import io.github.vaeexplorer.model.VaeConfig;
import io.github.vaeexplorer.model.VaeModel;
import io.github.vaeexplorer.model.VaeNetwork;
import io.github.vaeexplorer.nd4j.NativeBackend;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * Trains a VAE on a sample set: minibatch Adam on reconstruction + the objective's KL term (β·KL by default; see
 * {@link io.github.vaeexplorer.model.Objective}) with a linear KL warm-up, a seeded
 * validation split, per-epoch history, and latent statistics at the end. Talks to the world only through a
 * {@link TrainingListener} and a {@link CancellationToken}; it never touches a GUI, so the same code runs in a
 * dialog, a macro and headless.
 * <p>
 * Samples read from disk ({@link DiskSampleSet}) are trained in a {@link BlockShuffle} order, read ahead by a
 * background thread ({@link PrefetchedBatches}) within the set's buffer; samples in memory in a full shuffle.
 * <p>
 * Repeatable: the split, the batch order and the reparameterisation noise all come from generators seeded by the
 * configuration's seed and the epoch number, so the same seed on the same machine gives identical weights, and a
 * resumed run continues exactly as an uninterrupted one would.
 * <p>
 * A non-finite loss is caught at the batch where it appears: the last complete epoch's weights come back, the
 * learning rate is halved and the epoch runs again, at most {@value #MAX_RECOVERIES} times.
 *
 * @author VAE Explorer developers
 */
public final class Trainer {

	/** Divergence recoveries before training gives up. */
	public static final int MAX_RECOVERIES = 3;

	private static final long SPLIT_SALT = 0x5EED5EEDL, VALIDATION_SALT = 0x7A11DL;

	private final TrainingListener listener;
	private final CancellationToken token;

	public Trainer(TrainingListener listener, CancellationToken token) {
		this.listener = listener == null ? TrainingListener.none() : listener;
		this.token = token == null ? new CancellationToken() : token;
	}

	/**
	 * Trains a new model.
	 *
	 * @param config what to train (its channels and size must match the samples)
	 * @param samples normalised training samples
	 * @param normalisation how the samples were normalised (stored in the model)
	 * @param geometry the source images' geometry (stored in the model)
	 */
	public TrainingResult train(VaeConfig config, SampleSet samples, Normalisation normalisation,
		SourceGeometry geometry)
	{
		NativeBackend.ensureLoaded();
		checkSamples(config, samples);
		VaeNetwork network = VaeNetwork.create(config);
		AdamOptimizer adam = new AdamOptimizer(network.weights(), config.learningRate());
		AdversarialPhase adversary = config.objective() == Objective.ADVERSARIAL ? AdversarialPhase.start(config,
			network, null, config.learningRate()) : null;
		return runAndRelease(config, network, adam, adversary, samples, normalisation, geometry,
			new TrainingHistory());
	}

	/**
	 * Continues training a model for {@code epochs} more epochs, with its weights, optimizer state and history.
	 * Architecture, latent size, size and channels come from the model; epochs, batch, beta, warm-up, validation and
	 * the objective with its parameters from {@code settings}.
	 */
	public TrainingResult resume(VaeModel model, VaeConfig settings, SampleSet samples) {
		NativeBackend.ensureLoaded();
		VaeConfig config = model.config().toBuilder().epochs(settings.epochs()).batch(settings.batch())
			.beta(settings.beta()).warmup(settings.warmup()).validation(settings.validation())
			.learningRate(settings.learningRate()).objectiveOf(settings).build();
		AdversaryState saved = config.objective() == Objective.ADVERSARIAL ? model.adversary() : null;
		// A saved discriminator keeps its shape.
		if (saved != null) config = config.toBuilder().discHidden(saved.discriminator().hidden()).build();
		checkSamples(config, samples);
		VaeNetwork network = new VaeNetwork(config, model.network().weights());
		OptimizerState state = model.optimizerState();
		// Continue at the rate training ended with (lower after a recovered divergence), unless the user asked for a
		// different rate than the model was trained with.
		boolean rateChanged = settings.learningRate() != model.config().learningRate();
		AdamOptimizer adam = new AdamOptimizer(network.weights(), state == null || rateChanged ? config
			.learningRate() : state.learningRate());
		if (state != null) adam.restore(state.moments(), state.steps());
		AdversarialPhase adversary = config.objective() == Objective.ADVERSARIAL ? AdversarialPhase.start(config,
			network, saved, adam.learningRate()) : null;
		return runAndRelease(config, network, adam, adversary, samples, model.normalisation(), model.geometry(),
			new TrainingHistory(model.history()));
	}

	/** Trains, then frees the training step's reusable native arrays (the model keeps only what decoding needs). */
	private TrainingResult runAndRelease(VaeConfig config, VaeNetwork network, AdamOptimizer adam,
		AdversarialPhase adversary, SampleSet samples, Normalisation normalisation, SourceGeometry geometry,
		TrainingHistory history)
	{
		try {
			return run(config, network, adam, adversary, samples, normalisation, geometry, history);
		}
		finally {
			network.releaseTrainingMemory();
		}
	}

	private static void checkSamples(VaeConfig config, SampleSet samples) {
		if (samples.count() < 1) throw new IllegalArgumentException("there are no samples to train on");
		if (samples.channels() != config.channels() || samples.size() != config.size()) {
			throw new IllegalArgumentException(String.format(Locale.ROOT,
				"the samples have %d channel(s) of %dx%d but the model expects %d channel(s) of %dx%d",
				samples.channels(), samples.size(), samples.size(), config.channels(), config.size(), config.size()));
		}
	}

	private TrainingResult run(VaeConfig config, VaeNetwork network, AdamOptimizer adam, AdversarialPhase adversary,
		SampleSet samples, Normalisation normalisation, SourceGeometry geometry, TrainingHistory history)
	{
		DataSplit split = DataSplit.of(samples.count(), config.validation(), config.seed() ^ SPLIT_SALT);
		BatchAssembler assembler = new BatchAssembler(samples, config.latent());
		int firstEpoch = history.size() + 1, lastEpoch = history.size() + config.epochs();
		int batches = (split.trainCount() + config.batch() - 1) / config.batch();
		// Samples read from disk are trained in a block shuffle that a bounded buffer can follow.
		BlockShuffle streamed = samples instanceof DiskSampleSet ? BlockShuffle.forBuffer(((DiskSampleSet) samples)
			.bufferBytes(), samples.sampleLength()) : null;
		listener.started(firstEpoch, lastEpoch, batches);

		try (Checkpoint lastGood = Checkpoint.of(network, adam, adversary, history)) {
			return epochs(config, network, adam, adversary, samples, normalisation, geometry, history, split,
				assembler, batches, streamed, lastGood);
		}
	}

	/** The epochs of {@link #run}; {@code lastGood} is retaken after every complete epoch. */
	private TrainingResult epochs(VaeConfig config, VaeNetwork network, AdamOptimizer adam, AdversarialPhase adversary,
		SampleSet samples, Normalisation normalisation, SourceGeometry geometry, TrainingHistory history,
		DataSplit split, BatchAssembler assembler, int batches, BlockShuffle streamed, Checkpoint lastGood)
	{
		int firstEpoch = history.size() + 1, lastEpoch = history.size() + config.epochs();
		Reconstructor reconstructor = new HeldOutReconstructor(network, samples, split.validationCount() > 0 ? split
			.validation() : split.train());
		int recoveries = 0;
		for (int epoch = firstEpoch; epoch <= lastEpoch; epoch++) {
			long start = System.nanoTime();
			int epochIndex = epoch - 1;
			LossTerms terms = LossSchedule.of(config).lossTerms(epochIndex, split.trainCount());
			double klWeight = terms.weight();
			Random shuffle = new Random(mix(config.seed(), epoch));
			int[][] windows = streamed == null ? null : streamed.windows(split.train(), shuffle);
			int[] order = windows == null ? split.shuffledTrain(shuffle) : BlockShuffle.flatten(windows);
			Random noise = new Random(mix(config.seed() + 1, epoch));
			Random prior = new Random(mix(config.seed() + 2, epoch));
			double sumLoss = 0, sumRec = 0, sumKl = 0, sumDisc = 0, sumGen = 0;
			boolean diverged = false;
			try (BatchFeed feed = feed(samples, windows, order, assembler, config.batch())) {
				for (int b = 0; b < batches; b++) {
					int from = b * config.batch(), n = Math.min(config.batch(), order.length - from);
					INDArray x = feed.next(n);
					INDArray eps = assembler.noise(n, noise);
					StepResult step = network.gradients(x, eps, terms);
					if (!step.isFinite()) {
						step.release();
						x.close();
						eps.close();
						diverged = true;
						break;
					}
					adam.step(step.gradients(), epochIndex);
					step.release();
					if (adversary != null) {
						double[] adv = adversary.run(network, x, eps, prior, epochIndex);
						sumDisc += adv[0] * n;
						sumGen += adv[1] * n;
					}
					x.close();
					eps.close();
					if (!Double.isFinite(sumDisc + sumGen)) {
						diverged = true;
						break;
					}
					sumLoss += step.loss() * n;
					sumRec += step.reconstruction() * n;
					sumKl += step.kl() * n;
					listener.batchDone(epoch, b + 1, batches, step.loss());
					if (token.isCancelled()) return stopped(lastGood, network, adam, adversary, samples, normalisation,
						geometry, split, assembler, config);
				}
			}
			if (!diverged) {
				int trained = order.length;
				double validation = split.validationCount() == 0 ? Double.NaN : validationLoss(network, assembler,
					split, terms, config.seed());
				double seconds = (System.nanoTime() - start) / 1e9;
				history.add(adversary == null ? new EpochRecord(epoch, sumLoss / trained, sumRec / trained, sumKl /
					trained, validation, klWeight, seconds) : new EpochRecord(epoch, sumLoss / trained, sumRec / trained,
						sumKl / trained, validation, klWeight, seconds, sumDisc / trained, sumGen / trained));
				if (Checkpoint.isFinite(network, adversary) && Double.isFinite(validation) == (split
					.validationCount() > 0))
				{
					lastGood.retake(network, adam, adversary, history);
					listener.epochDone(history.records().get(history.size() - 1), lastEpoch, reconstructor);
					continue;
				}
				// The epoch's last step overflowed the weights (its loss was still finite): treat it the same way.
			}
			lastGood.restore(network, adam, adversary);
			history = new TrainingHistory(lastGood.history());
			if (++recoveries > MAX_RECOVERIES) {
				String msg = String.format(Locale.ROOT, "Training diverged (loss not finite) %d times even with " +
					"learning_rate lowered to %.3g; %s. Try a smaller learning_rate or beta.", recoveries, adam
						.learningRate(), history.size() == 0 ? "nothing to keep" : "kept epoch " + history.size());
				if (history.size() == 0) return new TrainingResult(TrainingResult.Status.DIVERGED, null, msg);
				return finish(TrainingResult.Status.DIVERGED, msg, network, adam, adversary, samples,
					normalisation, geometry, history, split, assembler, config);
			}
			adam.setLearningRate(adam.learningRate() / 2);
			if (adversary != null) adversary.setMainLearningRate(adam.learningRate());
			listener.message(String.format(Locale.ROOT, "The loss became non-finite in epoch %d; restored epoch %d " +
				"and halved learning_rate to %.3g.", epoch, history.size(), adam.learningRate()));
			epoch--;
		}
		return finish(TrainingResult.Status.COMPLETED, "Trained " + config.epochs() + " epoch(s).", network,
			adam, adversary, samples, normalisation, geometry, history, split, assembler, config);
	}

	/** The epoch's batches: read ahead from disk in the windows' order, or assembled from memory in {@code order}. */
	private static BatchFeed feed(SampleSet samples, int[][] windows, int[] order, BatchAssembler assembler,
		int batch)
	{
		if (windows == null) return BatchFeed.assembled(assembler, order);
		DiskSampleSet disk = (DiskSampleSet) samples;
		return new PrefetchedBatches(disk.reader(), windows, batch, PrefetchedBatches.depthForBuffer(disk
			.bufferBytes(), batch, samples.sampleLength()));
	}

	private TrainingResult stopped(Checkpoint lastGood, VaeNetwork network, AdamOptimizer adam,
		AdversarialPhase adversary, SampleSet samples, Normalisation normalisation, SourceGeometry geometry,
		DataSplit split, BatchAssembler assembler, VaeConfig config)
	{
		if (token.mode() == CancellationToken.Mode.DISCARD) {
			return new TrainingResult(TrainingResult.Status.DISCARDED, null, "Training cancelled; nothing saved.");
		}
		lastGood.restore(network, adam, adversary);
		TrainingHistory history = new TrainingHistory(lastGood.history());
		if (history.size() == 0) {
			return new TrainingResult(TrainingResult.Status.STOPPED, null,
				"Training stopped before the first epoch finished; nothing to save.");
		}
		return finish(TrainingResult.Status.STOPPED, "Training stopped; kept epoch " + history.size() + ".",
			network, adam, adversary, samples, normalisation, geometry, history, split, assembler, config);
	}

	/** The trained model, with its latent statistics. */
	private static TrainingResult finish(TrainingResult.Status status, String message, VaeNetwork network, AdamOptimizer adam, AdversarialPhase adversary, SampleSet samples,
		Normalisation normalisation, SourceGeometry geometry, TrainingHistory history, DataSplit split,
		BatchAssembler assembler, VaeConfig config)
	{
		VaeModel encoder = new VaeModel(network, normalisation, geometry, history, null, null);
		float[][][] all = encoder.encode(samples);
		LatentStatistics stats = LatentStatistics.compute(all[0], all[1]);
		OptimizerState state = new OptimizerState(adam.snapshot(), adam.iteration(), adam.learningRate());
		VaeModel model = new VaeModel(network, normalisation, geometry, history, stats, state, adversary == null ? null
			: adversary.state());
		return new TrainingResult(status, model, message);
	}

	private static double validationLoss(VaeNetwork network, BatchAssembler assembler, DataSplit split,
		LossTerms terms, long seed)
	{
		int[] val = split.validation();
		Random noise = new Random(seed ^ VALIDATION_SALT);
		double sum = 0;
		int chunk = 256;
		for (int from = 0; from < val.length; from += chunk) {
			int n = Math.min(chunk, val.length - from);
			INDArray x = assembler.batch(val, from, n), eps = assembler.noise(n, noise);
			sum += network.losses(x, eps, terms)[0] * n;
			x.close();
			eps.close();
		}
		return sum / val.length;
	}

	/** A well-spread 64-bit seed from a base seed and an epoch (SplitMix64's finaliser). */
	static long mix(long seed, long epoch) {
		long z = seed + 0x9E3779B97F4A7C15L * (epoch + 1);
		z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
		z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
		return z ^ (z >>> 31);
	}

	/**
	 * Weights, optimizer moments and history at the end of a complete epoch. The weights and moments are native copies
	 * (off the Java heap, which training from disk keeps small), retaken in place after each epoch, so there is one
	 * copy at a time; closing frees them.
	 */
	private static final class Checkpoint implements AutoCloseable {

		private Map<String, INDArray> weights, moments;
		private int steps;
		private TrainingHistory history;
		private AdversaryState adversary;

		static Checkpoint of(VaeNetwork network, AdamOptimizer adam, AdversarialPhase adversary,
			TrainingHistory history)
		{
			Checkpoint checkpoint = new Checkpoint();
			checkpoint.retake(network, adam, adversary, history);
			return checkpoint;
		}

		/** Replaces the checkpoint with the current state (the network's weights must be finite). */
		void retake(VaeNetwork network, AdamOptimizer adam, AdversarialPhase adversaryPhase, TrainingHistory now) {
			close();
			weights = network.weights().copies();
			moments = adam.copies();
			steps = adam.iteration();
			history = new TrainingHistory(now);
			adversary = adversaryPhase == null ? null : adversaryPhase.state();
		}

		void restore(VaeNetwork network, AdamOptimizer adam, AdversarialPhase adversaryPhase) {
			network.weights().restoreCopies(weights);
			adam.restoreCopies(moments, steps);
			if (adversaryPhase != null) adversaryPhase.restore(adversary);
		}

		TrainingHistory history() {
			return history;
		}

		@Override
		public void close() {
			for (Map<String, INDArray> copies : Arrays.asList(weights, moments)) {
				if (copies != null) copies.values().forEach(INDArray::close);
			}
			weights = null;
			moments = null;
		}

		/** Whether every weight of the network (the discriminator's too) is a finite number, checked in place. */
		static boolean isFinite(VaeNetwork network, AdversarialPhase adversary) {
			if (adversary != null && !adversary.isFinite()) return false;
			for (String name : network.weights().names()) {
				INDArray w = network.weights().get(name);
				try (INDArray nan = w.isNaN(); INDArray infinite = w.isInfinite()) {
					if (nan.any() || infinite.any()) return false;
				}
			}
			return true;
		}
	}
}
