package io.github.vaeexplorer.train;

import io.github.vaeexplorer.history.EpochRecord;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * Combines listeners, so that one training run can drive, say, ImageJ's log and a monitor window at once.
 *
 * @author VAE Explorer developers
 */
public final class TrainingListeners {

	private TrainingListeners() {}

	/** A listener that passes every callback to each of the given ones, in order (nulls are skipped). */
	public static TrainingListener of(TrainingListener... listeners) {
		List<TrainingListener> all = new ArrayList<>(Arrays.asList(listeners));
		all.removeIf(Objects::isNull);
		return new TrainingListener() {

			@Override
			public void started(int firstEpoch, int lastEpoch, int batchesPerEpoch) {
				for (TrainingListener l : all) l.started(firstEpoch, lastEpoch, batchesPerEpoch);
			}

			@Override
			public void batchDone(int epoch, int batch, int batchesPerEpoch, double loss) {
				for (TrainingListener l : all) l.batchDone(epoch, batch, batchesPerEpoch, loss);
			}

			@Override
			public void epochDone(EpochRecord record, int lastEpoch, Reconstructor reconstructor) {
				for (TrainingListener l : all) l.epochDone(record, lastEpoch, reconstructor);
			}

			@Override
			public void message(String text) {
				for (TrainingListener l : all) l.message(text);
			}
		};
	}
}
