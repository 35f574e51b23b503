package io.github.vaeexplorer.train;

import io.github.vaeexplorer.model.VaeModel;

/**
 * How a training run ended and the model it left: the last complete epoch's weights, or none.
 *
 * @author VAE Explorer developers
 */
public final class TrainingResult {

	/** How training ended. */
	public enum Status {
		/** Every requested epoch ran. */
		COMPLETED,
		/** Stopped on request; the model holds the last complete epoch. */
		STOPPED,
		/** Stopped on request with nothing to keep. */
		DISCARDED,
		/** The loss stayed non-finite after every recovery attempt; the model holds the last good epoch. */
		DIVERGED
	}

	private final Status status;
	private final VaeModel model;
	private final String message;

	public TrainingResult(Status status, VaeModel model, String message) {
		this.status = status;
		this.model = model;
		this.message = message;
	}

	public Status status() { return status; }

	/** The trained model, or null when nothing is to be kept (discarded, or stopped before the first epoch). */
	public VaeModel model() { return model; }

	/** One sentence describing the outcome. */
	public String message() { return message; }
}
