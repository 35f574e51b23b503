package io.github.vaeexplorer.model;

import java.io.OutputStream;
import java.io.PrintStream;

/**
 * Runs a task with what <em>its own thread</em> prints to {@code System.out} dropped, while every other thread's
 * output goes on to the stream that was in place. nd4j M2.1's {@code SameDiff.createGradFunction} prints
 * "Added differentiated op ..." once per op with a bare {@code System.out.println} that no setting or log level
 * turns off; this keeps those lines out of the CLI's JSON and ImageJ's console without losing anything another
 * thread prints meanwhile.
 * <p>
 * {@code System.out} is replaced for the duration of the task only and put back afterwards, unless someone else
 * replaced it in between (their stream is then left alone). A filter that outlives its task (captured by code that
 * saved {@code System.out} meanwhile) passes everything through.
 *
 * @author VAE Explorer developers
 */
final class QuietStdout {

	private QuietStdout() {}

	/** Runs the task on the calling thread with its {@code System.out} output dropped. */
	static void run(Runnable task) {
		synchronized (QuietStdout.class) {
			PrintStream original = System.out;
			Filter filter = new Filter(original, Thread.currentThread());
			PrintStream quiet = new PrintStream(filter, true);
			System.setOut(quiet);
			try {
				task.run();
			}
			finally {
				filter.muted = null;
				quiet.flush();
				if (System.out == quiet) System.setOut(original);
			}
		}
	}

	/** Bytes from the muted thread go nowhere, everyone else's to the stream that was in place. */
	private static final class Filter extends OutputStream {

		private final PrintStream through;
		private volatile Thread muted;

		Filter(PrintStream through, Thread muted) {
			this.through = through;
			this.muted = muted;
		}

		@Override
		public void write(int b) {
			if (Thread.currentThread() != muted) through.write(b);
		}

		@Override
		public void write(byte[] b, int off, int len) {
			if (Thread.currentThread() != muted) through.write(b, off, len);
		}

		@Override
		public void flush() {
			through.flush();
		}
	}
}
