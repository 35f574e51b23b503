package io.github.vaeexplorer.model;

import java.util.Map;

import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * What one forward/backward pass on a batch gives: the batch-mean losses and the gradients by parameter name.
 *
 * @author VAE Explorer developers
 */
public final class StepResult {

	private final double loss, reconstruction, kl;
	private final Map<String, INDArray> gradients;
	private final Runnable freeStep;

	StepResult(double loss, double reconstruction, double kl, Map<String, INDArray> gradients, Runnable freeStep) {
		this.freeStep = freeStep;
		this.loss = loss;
		this.reconstruction = reconstruction;
		this.kl = kl;
		this.gradients = gradients;
	}

	/** Reconstruction + klWeight × KL, mean over the batch (nats per sample). */
	public double loss() { return loss; }

	/** Bernoulli negative log-likelihood, mean over the batch (nats per sample). */
	public double reconstruction() { return reconstruction; }

	/** KL(q(z|x) ‖ N(0, I)), mean over the batch (nats per sample). */
	public double kl() { return kl; }

	/** Gradient of the loss for each parameter, by name; valid until {@link #release()} or the network's next step. */
	public Map<String, INDArray> gradients() { return gradients; }

	/** Hands the gradients' and the step's other native memory back for reuse; call once the gradients are applied. */
	public void release() {
		freeStep.run();
	}

	/** True when every loss is a finite number. */
	public boolean isFinite() {
		return Double.isFinite(loss) && Double.isFinite(reconstruction) && Double.isFinite(kl);
	}
}
