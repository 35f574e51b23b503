package io.github.vaeexplorer.train;

import io.github.vaeexplorer.model.AdversaryState;
import io.github.vaeexplorer.model.Discriminator;
import io.github.vaeexplorer.model.OptimizerState;
import io.github.vaeexplorer.model.StepResult;
import io.github.vaeexplorer.model.VaeConfig;
import io.github.vaeexplorer.model.VaeNetwork;

import java.util.Map;
import java.util.Random;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * The adversarial autoencoder's regularisation phase (Makhzani et al. 2016), run on each batch after the
 * reconstruction phase: the batch is encoded with the just-updated encoder, the {@link Discriminator} takes one Adam
 * step on as many prior samples z ~ N(0, I) as codes, then the encoder takes one step of its own Adam (encoder
 * parameters only) on −mean log D(z) to fool the updated discriminator, at λ × the main learning rate: Adam's steps do
 * not change when a loss is scaled, so {@code adversarial_weight} λ weighs the regularisation through the step size
 * (λ = 0: no encoder update, the discriminator only watches). Its prior samples
 * come from the generator the trainer seeds per epoch, so a run is repeatable and a resumed run exact.
 *
 * @author VAE Explorer developers
 */
final class AdversarialPhase {

	private static final long DISCRIMINATOR_SALT = 0xD15CL;

	private final Discriminator discriminator;
	private final AdamOptimizer generator;
	private final double weight;
	private final int latent;

	private AdversarialPhase(Discriminator discriminator, AdamOptimizer generator, double weight, int latent) {
		this.discriminator = discriminator;
		this.generator = generator;
		this.weight = weight;
		this.latent = latent;
	}

	/** The encoder update's learning rate for a main learning rate: λ × it. */
	private double rate(double mainRate) {
		return weight * mainRate;
	}

	/**
	 * The phase for a network of the adversarial objective: fresh, or continuing a saved state (taking the
	 * config's discriminator learning rate and weight).
	 *
	 * @param saved the model's state, or null to start afresh
	 * @param mainRate the main Adam's learning rate (the encoder update's is λ × it)
	 */
	static AdversarialPhase start(VaeConfig config, VaeNetwork network, AdversaryState saved, double mainRate) {
		double discRate = config.adversarial().discLearningRate(), weight = config.adversarial().weight();
		AdamOptimizer generator = new AdamOptimizer(network.weights(), weight * mainRate, network
			.encoderParameterNames());
		if (saved == null) {
			Discriminator d = Discriminator.create(config.latent(), config.adversarial().discHidden(), discRate, config
				.seed() ^ DISCRIMINATOR_SALT);
			return new AdversarialPhase(d, generator, weight, config.latent());
		}
		Discriminator old = saved.discriminator();
		Discriminator d = Discriminator.restore(old.latent(), old.hidden(), discRate, old.state(), old.steps());
		OptimizerState g = saved.generator();
		generator.restore(g.moments(), g.steps());
		return new AdversarialPhase(d, generator, weight, config.latent());
	}

	/**
	 * Runs the phase on one batch.
	 *
	 * @param prior the source of this epoch's prior samples
	 * @return {@code {discriminator loss, generator loss}} of the batch (the generator's before λ)
	 */
	double[] run(VaeNetwork network, INDArray x, INDArray eps, Random prior, int epochIndex) {
		float[][] codes = network.codes(x, eps);
		int n = codes.length;
		float[][] samples = new float[n][latent];
		for (float[] s : samples) {
			for (int i = 0; i < latent; i++) s[i] = (float) prior.nextGaussian();
		}
		double discLoss = discriminator.train(samples, codes);
		float[][] gradient = new float[n][latent];
		double genLoss = discriminator.fool(codes, 1, gradient);
		if (!Double.isFinite(discLoss) || !Double.isFinite(genLoss)) return new double[] { discLoss, genLoss };
		float[] flat = new float[n * latent];
		for (int i = 0; i < n; i++) System.arraycopy(gradient[i], 0, flat, i * latent, latent);
		INDArray g = Nd4j.create(flat, new long[] { n, latent }, 'c');
		StepResult step = network.encoderGradients(x, eps, g);
		generator.step(step.gradients(), epochIndex);
		step.release();
		g.close();
		return new double[] { discLoss, genLoss };
	}

	/** The state to store in the model (copies). */
	AdversaryState state() {
		return new AdversaryState(discriminator.copy(), new OptimizerState(generator.snapshot(), generator.iteration(),
			generator.learningRate()));
	}

	/** Restores a state taken by {@link #state()} (after a diverged epoch). */
	void restore(AdversaryState state) {
		discriminator.restoreFrom(state.discriminator());
		Map<String, float[]> moments = state.generator().moments();
		generator.restore(moments, state.generator().steps());
	}

	/** Follows a change of the main learning rate (divergence recovery). */
	void setMainLearningRate(double mainRate) {
		generator.setLearningRate(rate(mainRate));
	}

	boolean isFinite() {
		return discriminator.isFinite();
	}
}
