package io.github.vaeexplorer.model;

import java.util.Arrays;

/**
 * One trainable array of a network: its name, shape, and the fan-in that sets its initial range.
 *
 * @author VAE Explorer developers
 */
public final class ParameterSpec {

	private final String name;
	private final long[] shape;
	private final long fanIn;

	public ParameterSpec(String name, long[] shape, long fanIn) {
		this.name = name;
		this.shape = shape.clone();
		this.fanIn = fanIn;
	}

	public String name() { return name; }

	public long[] shape() { return shape.clone(); }

	/** Inputs feeding one output unit; weights and biases start uniform in ±1/sqrt(fanIn), as in PyTorch. */
	public long fanIn() { return fanIn; }

	/** Number of values. */
	public long length() {
		long n = 1;
		for (long s : shape) n *= s;
		return n;
	}

	@Override
	public String toString() {
		return name + Arrays.toString(shape);
	}
}
