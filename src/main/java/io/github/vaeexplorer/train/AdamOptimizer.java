package io.github.vaeexplorer.train;

import java.util.LinkedHashMap;
import java.util.Map;

import io.github.vaeexplorer.model.VaeWeights;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.learning.AdamUpdater;
import org.nd4j.linalg.learning.config.Adam;

/**
 * Adam (Kingma &amp; Ba 2015, β1 = 0.9, β2 = 0.999, ε = 1e-8, as PyTorch's defaults) over a model's weights, with
 * its moment estimates kept as plain arrays so that they can be saved with the model and training resumed exactly.
 *
 * @author VAE Explorer developers
 */
public final class AdamOptimizer {

	private final VaeWeights weights;
	private final java.util.List<String> names = new java.util.ArrayList<>();
	private final Map<String, AdamUpdater> updaters = new LinkedHashMap<>();
	private final Map<String, INDArray> states = new LinkedHashMap<>();
	private double learningRate;
	private int iteration;

	/** A fresh optimizer (zero moments) for the given weights. */
	public AdamOptimizer(VaeWeights weights, double learningRate) {
		this(weights, learningRate, weights.names());
	}

	/** A fresh optimizer (zero moments) for some of the given weights (the adversarial encoder update's). */
	public AdamOptimizer(VaeWeights weights, double learningRate, Iterable<String> which) {
		this.weights = weights;
		this.learningRate = learningRate;
		for (String name : which) names.add(name);
		for (String name : names) {
			INDArray param = weights.get(name);
			INDArray state = Nd4j.zeros(param.dataType(), 1, 2 * param.length());
			states.put(name, state);
		}
		rebuildUpdaters();
	}

	private void rebuildUpdaters() {
		updaters.clear();
		for (String name : names) {
			INDArray param = weights.get(name);
			AdamUpdater updater = new AdamUpdater(new Adam(learningRate));
			updater.setStateViewArray(states.get(name), param.shape(), 'c', false);
			updaters.put(name, updater);
		}
	}

	/** Applies one Adam step; the gradients are overwritten with the updates. */
	public void step(Map<String, INDArray> gradients, int epoch) {
		for (Map.Entry<String, AdamUpdater> e : updaters.entrySet()) {
			INDArray gradient = gradients.get(e.getKey());
			if (gradient == null) throw new IllegalStateException("no gradient for " + e.getKey());
			e.getValue().applyUpdater(gradient, iteration, epoch);
			weights.get(e.getKey()).subi(gradient);
		}
		iteration++;
	}

	/** Steps taken so far (Adam's bias correction depends on it). */
	public int iteration() { return iteration; }

	public double learningRate() { return learningRate; }

	/** Changes the learning rate, keeping the moment estimates (used to recover from a diverging step). */
	public void setLearningRate(double rate) {
		learningRate = rate;
		rebuildUpdaters();
	}

	/** A copy of the moment estimates by parameter name ({@code [m..., v...]}) and the step count. */
	public Map<String, float[]> snapshot() {
		Map<String, float[]> copy = new LinkedHashMap<>();
		for (Map.Entry<String, INDArray> e : states.entrySet()) copy.put(e.getKey(), e.getValue().toFloatVector());
		return copy;
	}

	/** A native copy of the moment estimates (off the Java heap), for {@link #restoreCopies}; the caller closes it. */
	Map<String, INDArray> copies() {
		Map<String, INDArray> copy = new LinkedHashMap<>();
		for (Map.Entry<String, INDArray> e : states.entrySet()) copy.put(e.getKey(), e.getValue().dup());
		return copy;
	}

	/** Restores moment estimates taken by {@link #copies()} and the step count of {@link #iteration()}. */
	void restoreCopies(Map<String, INDArray> copies, int steps) {
		for (Map.Entry<String, INDArray> e : states.entrySet()) e.getValue().assign(copies.get(e.getKey()));
		iteration = steps;
	}

	/** Restores moment estimates and step count saved by {@link #snapshot()} and {@link #iteration()}. */
	public void restore(Map<String, float[]> moments, int steps) {
		for (Map.Entry<String, INDArray> e : states.entrySet()) {
			float[] v = moments.get(e.getKey());
			if (v == null || v.length != e.getValue().length()) {
				throw new IllegalArgumentException("the optimizer state for '" + e.getKey() + "' is missing or mis-sized");
			}
			INDArray src = Nd4j.create(v, e.getValue().shape(), 'c');
			e.getValue().assign(src);
			src.close();
		}
		iteration = steps;
	}
}
