package io.github.vaeexplorer.train;

import java.util.concurrent.atomic.AtomicReference;

/**
 * A request, from any thread, that training stop after its current batch. The trainer then keeps the weights of the
 * last complete epoch ({@link Mode#STOP_AND_KEEP}) or reports that nothing should be saved ({@link Mode#DISCARD}).
 *
 * @author VAE Explorer developers
 */
public final class CancellationToken {

	/** What the requester wants done with the model. */
	public enum Mode {
		/** Stop and keep the last complete epoch. */
		STOP_AND_KEEP,
		/** Stop and save nothing. */
		DISCARD
	}

	private final AtomicReference<Mode> request = new AtomicReference<>();

	/** Asks training to stop; the first request wins. */
	public void cancel(Mode mode) {
		request.compareAndSet(null, mode);
	}

	public boolean isCancelled() {
		return request.get() != null;
	}

	/** The requested mode, or null while no one has asked to stop. */
	public Mode mode() {
		return request.get();
	}
}
