package io.github.vaeexplorer.train;

import io.github.vaeexplorer.history.EpochRecord;

/**
 * How training talks to the world: progress and losses go out through this interface only, so the same training
 * code drives ImageJ's progress bar, a monitor window, a log file or nothing. Callbacks arrive on the training
 * thread; implementations that touch a GUI must hand over to its thread. Every method has an empty default.
 *
 * @author VAE Explorer developers
 */
public interface TrainingListener {

	/** Training begins: epochs to run in this call (after any resumed ones) and batches per epoch. */
	default void started(int firstEpoch, int lastEpoch, int batchesPerEpoch) {}

	/** A batch finished (1-based indices). */
	default void batchDone(int epoch, int batch, int batchesPerEpoch, double loss) {}

	/** An epoch finished and its weights are the new "last complete epoch". */
	default void epochDone(EpochRecord record, int lastEpoch) {}

	/**
	 * An epoch finished, with access to reconstructions of held-out samples through the network as it now stands
	 * (valid during this call only, on the training thread). The trainer calls this one; by default it forwards to
	 * {@link #epochDone(EpochRecord, int)}, so listeners that need no reconstructions override that.
	 */
	default void epochDone(EpochRecord record, int lastEpoch, Reconstructor reconstructor) {
		epochDone(record, lastEpoch);
	}

	/** A one-sentence notice for the user (a recovered divergence, a warning about the data). */
	default void message(String text) {}

	/** A listener that ignores everything. */
	static TrainingListener none() {
		return new TrainingListener() {};
	}
}
