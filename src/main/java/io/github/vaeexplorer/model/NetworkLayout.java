package io.github.vaeexplorer.model;

import java.util.List;
import java.util.Map;

import org.nd4j.autodiff.samediff.SDVariable;
import org.nd4j.autodiff.samediff.SameDiff;

/**
 * The encoder and decoder of one architecture, as SameDiff subgraphs over named parameters. Separating the layout
 * from the loss lets the training graph and the lighter decode-only graph share one definition.
 *
 * @author VAE Explorer developers
 */
public interface NetworkLayout {

	/** Every trainable array, including the mean and log-variance heads, in a fixed order (the model file's). */
	List<ParameterSpec> parameters();

	/**
	 * Encoder body: flat input {@code [batch, channels*size*size]} to the hidden layer the mean and log-variance heads
	 * read from.
	 */
	SDVariable encoderHidden(SameDiff sd, SDVariable flatInput, Map<String, SDVariable> params);


	/** Decoder: latent codes {@code [batch, latent]} to Bernoulli logits, flat {@code [batch, channels*size*size]}. */
	SDVariable decoderLogits(SameDiff sd, SDVariable z, Map<String, SDVariable> params);

	/**
	 * Multiply-adds ×2 of one forward pass (encoder, both heads, decoder) for one sample; a training step costs about
	 * three times this (forward, and backward through activations and weights).
	 */
	long forwardFlops();

	/** Values one sample's forward pass produces (input, every layer's output, logits): sizes activation memory. */
	long activationsPerSample();

	/** The layout for a configuration. */
	static NetworkLayout of(NetworkSpec network) {
		switch (network.architecture()) {
			case DENSE:
				return new DenseLayout(network.inputLength(), network.latent());
			case CONV:
				return new ConvLayout(network.channels(), network.size(), network.latent());
			default:
				throw new IllegalArgumentException("unknown architecture " + network.architecture());
		}
	}
}
