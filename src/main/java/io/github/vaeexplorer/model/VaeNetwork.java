package io.github.vaeexplorer.model;

import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.nd4j.autodiff.samediff.SDVariable;
import org.nd4j.autodiff.samediff.SameDiff;
import org.nd4j.autodiff.samediff.api.OutAndGrad;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * A VAE as two SameDiff graphs over one set of {@link VaeWeights}: a training graph (encoder, reparameterisation,
 * decoder, loss) and a decode-only graph, so that decoding a code does not run the encoder.
 * <p>
 * Loss per sample = Bernoulli negative log-likelihood (summed over pixels, written by hand as
 * {@code relu(l) − l·x + log1p(exp(−|l|))}, because nd4j M2.1's sigmoidCrossEntropy drops later scaling in the
 * backward pass) + the config's {@link Objective}'s KL term (klWeight × KL(q(z|x) ‖ N(0, I)) for β-VAE; see
 * {@link ObjectiveGraph}); averaged over the batch. The reparameterisation noise is a
 * placeholder filled by the caller from a seeded generator, which keeps training repeatable.
 * <p>
 * Thread-safe in the simple way: its computations are serialised, so threads may share a network (an interactive
 * preview decoding while a command encodes), one call running at a time; the session memory is reused between calls
 * ({@link CallScopedArrays}).
 *
 * @author VAE Explorer developers
 */
public final class VaeNetwork {

	static final String X = "x", EPS = "eps", Z = "z";
	static final String MU = "mu", LOGVAR = "logvar", LOSS = "loss", REC = "rec", KL = "kl", PROBS = "probs";
	static final String CODE_GRADIENT = "code_gradient", FOOLING = "fooling";
	/** Encoder parameters' names start with this: the regularisation phase updates only them. */
	public static final String ENCODER_PREFIX = "enc_";

	private final VaeConfig config;
	private final VaeWeights weights;
	private final SameDiff training;
	private final SameDiff decoding;
	private final List<String> parameterNames;
	private final CallScopedArrays gradientMemory = new CallScopedArrays();
	private final CallScopedArrays trainingMemory = new CallScopedArrays();
	private final CallScopedArrays decodingMemory = new CallScopedArrays();
	private final CallScopedArrays regularisationMemory = new CallScopedArrays();
	/** The adversarial objective's encoder-only graph (null for other objectives). */
	private final SameDiff regularisation;
	private final List<String> encoderParameterNames;

	/** Builds both graphs over the given weights (which must match the config's layout). */
	public VaeNetwork(VaeConfig config, VaeWeights weights) {
		this.config = config;
		this.weights = weights;
		NetworkLayout layout = NetworkLayout.of(config.network());
		this.parameterNames = layout.parameters().stream().map(ParameterSpec::name)
			.collect(java.util.stream.Collectors.toList());
		this.encoderParameterNames = parameterNames.stream().filter(n -> n.startsWith(ENCODER_PREFIX))
			.collect(java.util.stream.Collectors.toList());
		this.training = buildTrainingGraph(layout);
		this.decoding = buildDecodingGraph(layout);
		this.regularisation = config.objective() == Objective.ADVERSARIAL ? buildRegularisationGraph(layout) : null;
	}

	/** A network with fresh weights seeded by the config's seed. */
	public static VaeNetwork create(VaeConfig config) {
		return new VaeNetwork(config, VaeWeights.initialise(NetworkLayout.of(config.network()).parameters(), config.seed()));
	}

	public VaeConfig config() { return config; }

	public VaeWeights weights() { return weights; }

	/** Parameter names in the layout's order. */
	public List<String> parameterNames() { return parameterNames; }

	/**
	 * Frees the native arrays kept for reuse by the training step (for a conv network at batch 128 about 240 MB); the
	 * next step allocates them again. Encoding and decoding keep theirs, which are small.
	 */
	public synchronized void releaseTrainingMemory() {
		gradientMemory.close();
		regularisationMemory.close();
	}

	/** The encoder's parameter names (those the adversarial regularisation phase updates). */
	public List<String> encoderParameterNames() { return encoderParameterNames; }

	/** Native arrays the graphs' sessions have allocated so far (reused arrays are not counted again). */
	long nativeAllocations() {
		return gradientMemory.allocations() + trainingMemory.allocations() + decodingMemory.allocations() +
			regularisationMemory.allocations();
	}

	// -- Graphs --

	private Map<String, SDVariable> declareWeights(SameDiff sd, Iterable<ParameterSpec> specs) {
		Map<String, SDVariable> vars = new LinkedHashMap<>();
		for (ParameterSpec spec : specs) {
			vars.put(spec.name(), sd.var(spec.name(), weights.get(spec.name())));
		}
		return vars;
	}

	private SameDiff buildTrainingGraph(NetworkLayout layout) {
		SameDiff sd = SameDiff.create();
		long d = config.inputLength(), k = config.latent();
		Map<String, SDVariable> p = declareWeights(sd, layout.parameters());
		SDVariable x = sd.placeHolder(X, DataType.FLOAT, -1, d);
		SDVariable eps = sd.placeHolder(EPS, DataType.FLOAT, -1, k);

		SDVariable[] code = encoder(sd, layout, x, eps, p);
		SDVariable mu = code[0], logvar = code[1], z = code[2];
		SDVariable logits = layout.decoderLogits(sd, z, p);

		SDVariable bce = sd.nn().relu(logits, 0).sub(logits.mul(x)).add(sd.math().log1p(sd.math().exp(
			sd.math().abs(logits).neg())));
		SDVariable rec = bce.sum(1).mean().rename(REC);
		SDVariable klPerSample = mu.mul(mu).add(sd.math().exp(logvar)).sub(logvar).sub(1.0).sum(1).mul(0.5);
		SDVariable kl = klPerSample.mean().rename(KL);
		ObjectiveGraph.loss(sd, config.objective(), rec, kl, mu, logvar, eps, z).rename(LOSS);
		sd.setLossVariables(LOSS);
		createGradientsQuietly(sd);
		return sd;
	}

	/**
	 * The encoder and reparameterisation: {@code {mu, logvar, z}}. A deterministic encoder's log-variance is the
	 * constant {@link EncoderKind#DETERMINISTIC_LOGVAR} (its head's output times 0, so the head gets no gradient).
	 */
	private SDVariable[] encoder(SameDiff sd, NetworkLayout layout, SDVariable x, SDVariable eps,
		Map<String, SDVariable> p)
	{
		SDVariable hidden = layout.encoderHidden(sd, x, p);
		SDVariable mu = Layers.dense(hidden, p, "enc_mu").rename(MU);
		SDVariable head = Layers.dense(hidden, p, "enc_logvar");
		SDVariable logvar = (config.deterministicEncoder() ? head.mul(0.0).add(EncoderKind.DETERMINISTIC_LOGVAR)
			: head).rename(LOGVAR);
		SDVariable z = mu.add(eps.mul(sd.math().exp(logvar.mul(0.5)))).rename(Z);
		return new SDVariable[] { mu, logvar, z };
	}

	/**
	 * The adversarial regularisation phase's graph: the encoder alone, with loss Σ z ⊙ g for a placeholder g of
	 * dLoss/dz (from the {@link Discriminator}), whose gradients are then exactly the fooling loss's for the encoder's
	 * parameters.
	 */
	private SameDiff buildRegularisationGraph(NetworkLayout layout) {
		SameDiff sd = SameDiff.create();
		Map<String, SDVariable> p = declareWeights(sd, layout.parameters().stream().filter(s -> s.name().startsWith(
			ENCODER_PREFIX)).collect(java.util.stream.Collectors.toList()));
		SDVariable x = sd.placeHolder(X, DataType.FLOAT, -1, config.inputLength());
		SDVariable eps = sd.placeHolder(EPS, DataType.FLOAT, -1, config.latent());
		SDVariable g = sd.placeHolder(CODE_GRADIENT, DataType.FLOAT, -1, config.latent());
		SDVariable z = encoder(sd, layout, x, eps, p)[2];
		z.mul(g).sum().rename(FOOLING);
		sd.setLossVariables(FOOLING);
		createGradientsQuietly(sd);
		return sd;
	}

	/**
	 * Builds the backward graph now rather than on the first step. nd4j M2.1 prints one line per op to System.out
	 * while doing so, which would corrupt the CLI's JSON output and flood ImageJ's console; this thread's output is
	 * dropped for these few milliseconds ({@link QuietStdout}), other threads' is not.
	 */
	private static void createGradientsQuietly(SameDiff sd) {
		QuietStdout.run(sd::createGradFunction);
	}

	private SameDiff buildDecodingGraph(NetworkLayout layout) {
		SameDiff sd = SameDiff.create();
		Map<String, SDVariable> p = declareWeights(sd, layout.parameters());
		SDVariable z = sd.placeHolder(Z, DataType.FLOAT, -1, config.latent());
		sd.nn().sigmoid(PROBS, layout.decoderLogits(sd, z, p));
		return sd;
	}

	// -- Computation --

	/**
	 * Forward and backward pass on one batch.
	 *
	 * @param x the batch, {@code [n, inputLength]} in [0,1]
	 * @param eps standard normal noise, {@code [n, latent]}
	 * @return the losses of this batch and the gradient of the loss for every parameter
	 */
	public StepResult gradients(INDArray x, INDArray eps, double klWeight) {
		return gradients(x, eps, LossTerms.klWeight(klWeight));
	}

	/**
	 * Forward and backward pass on one batch with the config's objective.
	 *
	 * @param x the batch, {@code [n, inputLength]} in [0,1]
	 * @param eps standard normal noise, {@code [n, latent]}
	 * @param terms the loss's weights, capacity and data set size for this step
	 * @return the losses of this batch and the gradient of the loss for every parameter; the gradients stay valid
	 *         until {@link StepResult#release()} or the next call
	 */
	public synchronized StepResult gradients(INDArray x, INDArray eps, LossTerms terms) {
		Map<String, INDArray> placeholders = placeholders(x, eps, terms);
		gradientMemory.endUnreleasedCall();
		gradientMemory.attachTo(training.getFunction("grad"));
		OutAndGrad og = training.calculateGradientsAndOutputs(placeholders, Arrays.asList(LOSS, REC, KL),
			parameterNames);
		double[] losses = read(og.getOutputs());
		closeScalars(placeholders);
		return new StepResult(losses[0], losses[1], losses[2], og.getGradients(), gradientMemory::endCall);
	}

	/**
	 * The codes z of a batch (μ + ε·σ; μ for a deterministic encoder), {@code [n][latent]}.
	 */
	public synchronized float[][] codes(INDArray x, INDArray eps) {
		Map<String, INDArray> ph = new HashMap<>();
		ph.put(X, x);
		ph.put(EPS, eps);
		return trainingMemory.call(training, () -> training.output(ph, Z).get(Z).toFloatMatrix());
	}

	/**
	 * The adversarial regularisation phase's backward pass: gradients of Σ z ⊙ g for the encoder's parameters only,
	 * which equal the fooling loss's when g is its gradient with respect to the codes z of the same x and ε.
	 *
	 * @param codeGradient dLoss/dz, {@code [n, latent]}
	 * @return the gradients by parameter name (the loss fields are the surrogate's value, 0 and 0); valid until
	 *         {@link StepResult#release()} or the next call
	 */
	public synchronized StepResult encoderGradients(INDArray x, INDArray eps, INDArray codeGradient) {
		if (regularisation == null) throw new IllegalStateException(
			"the regularisation phase is part of the adversarial objective's graphs only");
		Map<String, INDArray> ph = new HashMap<>();
		ph.put(X, x);
		ph.put(EPS, eps);
		ph.put(CODE_GRADIENT, codeGradient);
		regularisationMemory.endUnreleasedCall();
		regularisationMemory.attachTo(regularisation.getFunction("grad"));
		OutAndGrad og = regularisation.calculateGradientsAndOutputs(ph, Arrays.asList(FOOLING), encoderParameterNames);
		double value = og.getOutputs().get(FOOLING).getDouble(0);
		return new StepResult(value, 0, 0, og.getGradients(), regularisationMemory::endCall);
	}

	/** Losses of a batch without gradients: {@code {loss, reconstruction, kl}} (batch means). */
	public double[] losses(INDArray x, INDArray eps, double klWeight) {
		return losses(x, eps, LossTerms.klWeight(klWeight));
	}

	/** Losses of a batch with the config's objective, without gradients: {@code {loss, reconstruction, kl}}. */
	public synchronized double[] losses(INDArray x, INDArray eps, LossTerms terms) {
		Map<String, INDArray> placeholders = placeholders(x, eps, terms);
		double[] losses = trainingMemory.call(training, () -> read(training.output(placeholders, LOSS, REC, KL)));
		closeScalars(placeholders);
		return losses;
	}

	private static double[] read(Map<String, INDArray> out) {
		return new double[] { out.get(LOSS).getDouble(0), out.get(REC).getDouble(0), out.get(KL).getDouble(0) };
	}

	/** Frees the scalar placeholders this class made (the caller owns x and eps). */
	private static void closeScalars(Map<String, INDArray> placeholders) {
		for (Map.Entry<String, INDArray> e : placeholders.entrySet()) {
			if (!e.getKey().equals(X) && !e.getKey().equals(EPS)) e.getValue().close();
		}
	}

	/**
	 * β-TCVAE's decomposition of the KL on a batch, by minibatch-weighted sampling: {@code {MI, TC, dimKL}} in nats
	 * (see {@link ObjectiveGraph}). Only for networks whose objective is {@link Objective#TCVAE}.
	 */
	public synchronized double[] klDecomposition(INDArray x, INDArray eps, LossTerms terms) {
		if (config.objective() != Objective.TCVAE) throw new IllegalStateException(
			"the KL decomposition is part of the tcvae objective's graph only");
		Map<String, INDArray> placeholders = placeholders(x, eps, terms);
		double[] parts = trainingMemory.call(training, () -> {
			Map<String, INDArray> out = training.output(placeholders, ObjectiveGraph.MI, ObjectiveGraph.TC,
				ObjectiveGraph.DIM_KL);
			return new double[] { out.get(ObjectiveGraph.MI).getDouble(0), out.get(ObjectiveGraph.TC).getDouble(0), out
				.get(ObjectiveGraph.DIM_KL).getDouble(0) };
		});
		closeScalars(placeholders);
		return parts;
	}

	/** Posterior parameters of a batch {@code [n, inputLength]}: {@code {mu, logvar}}, each {@code [n][latent]}. */
	public synchronized float[][][] encode(INDArray x) {
		Map<String, INDArray> ph = new HashMap<>();
		ph.put(X, x);
		return trainingMemory.call(training, () -> {
			Map<String, INDArray> out = training.output(ph, MU, LOGVAR);
			return new float[][][] { out.get(MU).toFloatMatrix(), out.get(LOGVAR).toFloatMatrix() };
		});
	}

	/** Mean of p(x|z) for a batch of codes {@code [n, latent]}: {@code [n][inputLength]} in [0,1]. */
	public synchronized float[][] decode(INDArray z) {
		Map<String, INDArray> ph = new HashMap<>();
		ph.put(Z, z);
		return decodingMemory.call(decoding, () -> decoding.outputSingle(ph, PROBS).toFloatMatrix());
	}

	private Map<String, INDArray> placeholders(INDArray x, INDArray eps, LossTerms terms) {
		Map<String, INDArray> ph = new HashMap<>();
		ph.put(X, x);
		ph.put(EPS, eps);
		ph.put(ObjectiveGraph.WEIGHT, Nd4j.scalar((float) terms.weight()));
		if (training.hasVariable(ObjectiveGraph.AUX_WEIGHT)) ph.put(ObjectiveGraph.AUX_WEIGHT, Nd4j.scalar(
			(float) terms.auxiliaryWeight()));
		if (training.hasVariable(ObjectiveGraph.CAPACITY)) ph.put(ObjectiveGraph.CAPACITY, Nd4j.scalar(
			(float) terms.capacity()));
		if (training.hasVariable(ObjectiveGraph.LOG_NM)) ph.put(ObjectiveGraph.LOG_NM, Nd4j.scalar(
			(float) Math.log((double) terms.datasetSize() * x.rows())));
		return ph;
	}
}
