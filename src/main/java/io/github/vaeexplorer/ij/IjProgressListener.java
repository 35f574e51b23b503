package io.github.vaeexplorer.ij;

import io.github.vaeexplorer.history.EpochRecord;
import io.github.vaeexplorer.train.TrainingListener;

import ij.IJ;

/**
 * Training progress in ImageJ 1.x: the progress bar across all epochs, the status line per batch, and one line an
 * epoch in the Log window. Works in batch mode too (ImageJ then prints the log lines).
 *
 * @author VAE Explorer developers
 */
public final class IjProgressListener implements TrainingListener {

	private int firstEpoch = 1, lastEpoch = 1;

	@Override
	public void started(int first, int last, int batchesPerEpoch) {
		firstEpoch = first;
		lastEpoch = last;
		IJ.log("VAE Explorer: training epochs " + first + "-" + last + " (" + batchesPerEpoch + " batches each)");
	}

	@Override
	public void batchDone(int epoch, int batch, int batchesPerEpoch, double loss) {
		int epochs = lastEpoch - firstEpoch + 1;
		IJ.showProgress((epoch - firstEpoch) * batchesPerEpoch + batch, epochs * batchesPerEpoch);
		IJ.showStatus(String.format(java.util.Locale.ROOT, "Train VAE: epoch %d/%d, batch %d/%d, loss %.1f", epoch,
			lastEpoch, batch, batchesPerEpoch, loss));
	}

	@Override
	public void epochDone(EpochRecord record, int last) {
		IJ.log("VAE Explorer: " + record.describe(last));
	}

	@Override
	public void message(String text) {
		IJ.log("VAE Explorer: " + text);
	}
}
