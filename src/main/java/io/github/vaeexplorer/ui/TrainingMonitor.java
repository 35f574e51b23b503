package io.github.vaeexplorer.ui;

import io.github.vaeexplorer.history.EpochRecord;
import io.github.vaeexplorer.train.CancellationToken;
import io.github.vaeexplorer.train.Reconstructor;
import io.github.vaeexplorer.train.TrainingListener;

import java.awt.BorderLayout;
import java.awt.FlowLayout;
import java.awt.event.WindowAdapter;
import java.awt.event.WindowEvent;
import java.awt.image.BufferedImage;
import java.lang.reflect.InvocationTargetException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;

import javax.swing.BorderFactory;
import javax.swing.BoxLayout;
import javax.swing.JButton;
import javax.swing.JFrame;
import javax.swing.JLabel;
import javax.swing.JOptionPane;
import javax.swing.JPanel;
import javax.swing.JProgressBar;
import javax.swing.SwingUtilities;
import javax.swing.WindowConstants;

/**
 * A window that watches one training run: the losses per epoch, a progress bar with epoch, batch and time left,
 * held-out samples beside their reconstructions after each epoch, and "Stop and keep" / "Cancel" buttons that
 * reach the trainer through its {@link CancellationToken} (it stops after the batch it is on). Closing the window
 * while training runs asks which of the two is meant.
 * <p>
 * It is a {@link TrainingListener}: callbacks arrive on the training thread, which it never blocks; reconstructions
 * are computed there (the network is not thread-safe) and only the pictures go to the Swing thread.
 *
 * @author VAE Explorer developers
 */
public final class TrainingMonitor implements TrainingListener {

	/** Held-out samples shown. */
	static final int SAMPLES = 6;

	/** What closing the window during training should do. */
	enum CloseChoice { STOP_AND_KEEP, DISCARD, KEEP_TRAINING }

	/** Asks the user what closing the window means (replaceable in tests). */
	interface CloseQuestion {

		CloseChoice ask(JFrame parent);
	}

	private final CancellationToken token = new CancellationToken();
	private final JFrame frame;
	private final LossChart chart = new LossChart();
	private final ReconstructionStrip strip = new ReconstructionStrip(SAMPLES);
	private final JProgressBar progress = new JProgressBar();
	private final JLabel status = new JLabel(" ");
	private final JButton stopAndKeep = new JButton("Stop and keep");
	private final JButton cancel = new JButton("Cancel");
	private final AtomicLong lastBatchPosted = new AtomicLong();
	private CloseQuestion closeQuestion = TrainingMonitor::askOnClose;

	// Written on the training thread before any batch; read there only.
	private volatile int firstEpoch = 1, lastEpoch = 1, batchesPerEpoch = 1;
	private volatile long startedAt;
	// EDT only.
	private boolean running = true;

	private TrainingMonitor(String title) {
		frame = new JFrame(title);
		frame.setDefaultCloseOperation(WindowConstants.DO_NOTHING_ON_CLOSE);
		frame.addWindowListener(new WindowAdapter() {

			@Override
			public void windowClosing(WindowEvent e) {
				closeRequested();
			}
		});
		stopAndKeep.setName("stop-and-keep");
		stopAndKeep.setToolTipText("Stop after this batch and save the last complete epoch");
		stopAndKeep.addActionListener(e -> stop(CancellationToken.Mode.STOP_AND_KEEP));
		cancel.setName("cancel");
		cancel.setToolTipText("Stop after this batch and save nothing");
		cancel.addActionListener(e -> stop(CancellationToken.Mode.DISCARD));
		progress.setStringPainted(true);
		progress.setString("preparing the data...");

		JPanel bottom = new JPanel();
		bottom.setLayout(new BoxLayout(bottom, BoxLayout.Y_AXIS));
		bottom.add(strip);
		JPanel bar = new JPanel(new BorderLayout(6, 0));
		bar.setBorder(BorderFactory.createEmptyBorder(6, 6, 0, 6));
		bar.add(progress, BorderLayout.CENTER);
		bottom.add(bar);
		JPanel buttons = new JPanel(new FlowLayout(FlowLayout.RIGHT));
		buttons.add(status);
		buttons.add(stopAndKeep);
		buttons.add(cancel);
		bottom.add(buttons);

		JPanel content = new JPanel(new BorderLayout());
		content.add(chart, BorderLayout.CENTER);
		content.add(bottom, BorderLayout.SOUTH);
		frame.setContentPane(content);
		frame.pack();
	}

	/**
	 * Opens a monitor window; may be called from any thread (the window is built on the Swing thread).
	 *
	 * @param title the window's title, e.g. {@code Train VAE: cells.vae.zip}
	 */
	public static TrainingMonitor open(String title) {
		TrainingMonitor[] monitor = new TrainingMonitor[1];
		onEdtAndWait(() -> {
			monitor[0] = new TrainingMonitor(title);
			monitor[0].frame.setLocationByPlatform(true);
			monitor[0].frame.setVisible(true);
		});
		return monitor[0];
	}

	/** The token that the buttons cancel; hand it to the trainer. */
	public CancellationToken token() {
		return token;
	}

	/**
	 * Training has ended (the training thread returned or failed): shows the outcome and disables the buttons.
	 *
	 * @param message the one-sentence outcome
	 * @param close whether to close the window too (a macro that trains many models does not want them all open)
	 */
	public void finished(String message, boolean close) {
		SwingUtilities.invokeLater(() -> {
			running = false;
			stopAndKeep.setEnabled(false);
			cancel.setEnabled(false);
			status.setText(message);
			progress.setString(token.isCancelled() ? "stopped" : "finished");
			frame.setDefaultCloseOperation(WindowConstants.DISPOSE_ON_CLOSE);
			if (close) frame.dispose();
		});
	}

	/** Closes the window without asking (training, if any, goes on). */
	public void close() {
		SwingUtilities.invokeLater(frame::dispose);
	}

	JFrame frame() { return frame; }

	JButton stopAndKeepButton() { return stopAndKeep; }

	JButton cancelButton() { return cancel; }

	LossChart chart() { return chart; }

	ReconstructionStrip strip() { return strip; }

	JProgressBar progressBar() { return progress; }

	void setCloseQuestion(CloseQuestion question) {
		closeQuestion = question;
	}

	// -- TrainingListener, on the training thread --

	@Override
	public void started(int first, int last, int batches) {
		firstEpoch = first;
		lastEpoch = last;
		batchesPerEpoch = batches;
		startedAt = System.nanoTime();
		SwingUtilities.invokeLater(() -> {
			chart.setEpochs(first, last);
			progress.setMaximum((last - first + 1) * batches);
			progress.setValue(0);
			progress.setString(String.format(Locale.ROOT, "epoch %d/%d", first, last));
		});
	}

	@Override
	public void batchDone(int epoch, int batch, int batches, double loss) {
		long now = System.nanoTime();
		long last = lastBatchPosted.get();
		// At most ten updates a second: a fast dense model runs hundreds of batches a second.
		if (batch != batches && now - last < 100_000_000L) return;
		lastBatchPosted.set(now);
		int done = (epoch - firstEpoch) * batches + batch, total = (lastEpoch - firstEpoch + 1) * batches;
		double perBatch = (now - startedAt) / 1e9 / done;
		String text = String.format(Locale.ROOT, "epoch %d/%d, batch %d/%d, %s left", epoch, lastEpoch, batch,
			batches, duration(perBatch * (total - done)));
		SwingUtilities.invokeLater(() -> {
			progress.setValue(done);
			progress.setString(text);
		});
	}

	@Override
	public void epochDone(EpochRecord record, int last, Reconstructor reconstructor) {
		List<BufferedImage> originals = new ArrayList<>(), reconstructed = new ArrayList<>();
		if (reconstructor != null) {
			int n = Math.min(SAMPLES, reconstructor.count());
			float[][] out = reconstructor.reconstruct(n);
			for (int i = 0; i < n; i++) {
				originals.add(Thumbnails.of(reconstructor.original(i), reconstructor.channels(), reconstructor.size()));
				reconstructed.add(Thumbnails.of(out[i], reconstructor.channels(), reconstructor.size()));
			}
		}
		SwingUtilities.invokeLater(() -> {
			chart.add(record);
			if (!originals.isEmpty()) strip.show(originals, reconstructed, record.epoch());
		});
	}

	@Override
	public void message(String text) {
		SwingUtilities.invokeLater(() -> status.setText(text));
	}

	// -- Swing thread --

	private void stop(CancellationToken.Mode mode) {
		token.cancel(mode);
		stopAndKeep.setEnabled(false);
		cancel.setEnabled(false);
		status.setText(token.mode() == CancellationToken.Mode.DISCARD ? "Cancelling after this batch; nothing will " +
			"be saved." : "Stopping after this batch; the last complete epoch will be saved.");
	}

	private void closeRequested() {
		if (!running || token.isCancelled()) { // finished, or already stopping: nothing left to ask
			frame.dispose();
			return;
		}
		CloseChoice choice = closeQuestion.ask(frame);
		if (choice == CloseChoice.KEEP_TRAINING) return;
		stop(choice == CloseChoice.STOP_AND_KEEP ? CancellationToken.Mode.STOP_AND_KEEP
			: CancellationToken.Mode.DISCARD);
		frame.dispose();
	}

	private static CloseChoice askOnClose(JFrame parent) {
		Object[] options = { "Stop and keep", "Cancel (save nothing)", "Keep training" };
		int answer = JOptionPane.showOptionDialog(parent, "Training is still running. Stop it and keep the last " +
			"complete epoch, or cancel and save nothing?", parent.getTitle(), JOptionPane.YES_NO_CANCEL_OPTION,
			JOptionPane.QUESTION_MESSAGE, null, options, options[0]);
		return answer == 0 ? CloseChoice.STOP_AND_KEEP : answer == 1 ? CloseChoice.DISCARD
			: CloseChoice.KEEP_TRAINING;
	}

	static String duration(double seconds) {
		if (!Double.isFinite(seconds)) return "?";
		long s = Math.round(seconds);
		if (s < 60) return s + " s";
		if (s < 3600) return String.format(Locale.ROOT, "%d min %02d s", s / 60, s % 60);
		return String.format(Locale.ROOT, "%d h %02d min", s / 3600, s % 3600 / 60);
	}

	static void onEdtAndWait(Runnable task) {
		if (SwingUtilities.isEventDispatchThread()) {
			task.run();
			return;
		}
		try {
			SwingUtilities.invokeAndWait(task);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("interrupted while opening a window", e);
		}
		catch (InvocationTargetException e) {
			Throwable cause = e.getCause();
			if (cause instanceof RuntimeException) throw (RuntimeException) cause;
			throw new IllegalStateException(cause == null ? e.toString() : cause.getMessage(), cause);
		}
	}
}
