package io.github.vaeexplorer.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Adam's first and second moment estimates by parameter name, and the number of steps taken: what training needs to
 * continue exactly where it stopped.
 *
 * @author VAE Explorer developers
 */
public final class OptimizerState {

	private final Map<String, float[]> moments;
	private final int steps;
	private final double learningRate;

	public OptimizerState(Map<String, float[]> moments, int steps, double learningRate) {
		this.moments = Collections.unmodifiableMap(new LinkedHashMap<>(moments));
		this.steps = steps;
		this.learningRate = learningRate;
	}

	/** Per parameter, {@code [m..., v...]} (twice the parameter's length). */
	public Map<String, float[]> moments() { return moments; }

	public int steps() { return steps; }

	/** The learning rate in force at the end (lower than configured after a recovered divergence). */
	public double learningRate() { return learningRate; }
}
