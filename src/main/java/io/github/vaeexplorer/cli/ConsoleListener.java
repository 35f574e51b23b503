package io.github.vaeexplorer.cli;

import io.github.vaeexplorer.history.EpochRecord;
import io.github.vaeexplorer.train.TrainingListener;

import java.io.PrintStream;

/**
 * Training progress for a terminal or a batch log: one line an epoch, and notices, on the given stream.
 *
 * @author VAE Explorer developers
 */
final class ConsoleListener implements TrainingListener {

	private final PrintStream out;

	ConsoleListener(PrintStream out) {
		this.out = out;
	}

	@Override
	public void started(int firstEpoch, int lastEpoch, int batchesPerEpoch) {
		out.println("training epochs " + firstEpoch + ".." + lastEpoch + ", " + batchesPerEpoch + " batches each");
	}

	@Override
	public void epochDone(EpochRecord record, int lastEpoch) {
		out.println(record.describe(lastEpoch));
	}

	@Override
	public void message(String text) {
		out.println("note: " + text);
	}
}
