package io.github.vaeexplorer.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * The trainable arrays of one VAE, by name, in the layout's order. The training and decoding graphs both read these
 * very arrays, so an update made by training is seen by the decoder without copying.
 *
 * @author VAE Explorer developers
 */
public final class VaeWeights {

	private final Map<String, INDArray> arrays;

	private VaeWeights(Map<String, INDArray> arrays) {
		this.arrays = Collections.unmodifiableMap(arrays);
	}

	/**
	 * Fresh weights: every value uniform in ±1/sqrt(fan-in) (PyTorch's default for Linear and Conv layers), drawn
	 * from a generator seeded with {@code seed}, so equal seeds give bit-identical weights on any machine.
	 */
	public static VaeWeights initialise(List<ParameterSpec> specs, long seed) {
		SplittableRandom random = new SplittableRandom(seed);
		Map<String, INDArray> map = new LinkedHashMap<>();
		for (ParameterSpec spec : specs) {
			double bound = 1.0 / Math.sqrt(spec.fanIn());
			float[] values = new float[Math.toIntExact(spec.length())];
			for (int i = 0; i < values.length; i++) {
				values[i] = (float) ((random.nextDouble() * 2 - 1) * bound);
			}
			map.put(spec.name(), Nd4j.create(values, spec.shape(), 'c'));
		}
		return new VaeWeights(map);
	}

	/**
	 * Weights from stored values, checked against the specs.
	 *
	 * @throws IllegalArgumentException naming the missing or mis-sized array
	 */
	public static VaeWeights fromValues(List<ParameterSpec> specs, Map<String, float[]> values) {
		Map<String, INDArray> map = new LinkedHashMap<>();
		for (ParameterSpec spec : specs) {
			float[] v = values.get(spec.name());
			if (v == null) throw new IllegalArgumentException("the weights lack the array '" + spec.name() + "'");
			if (v.length != spec.length()) {
				throw new IllegalArgumentException("the weight array '" + spec.name() + "' has " + v.length +
					" values where " + spec + " needs " + spec.length());
			}
			map.put(spec.name(), Nd4j.create(v, spec.shape(), 'c'));
		}
		return new VaeWeights(map);
	}

	/** Names in the layout's order. */
	public Iterable<String> names() {
		return arrays.keySet();
	}

	/** The live array of a parameter (not a copy). */
	public INDArray get(String name) {
		INDArray a = arrays.get(name);
		if (a == null) throw new IllegalArgumentException("no weight array named '" + name + "'");
		return a;
	}

	/** A copy of every array's values, for saving or for restoring later. */
	public Map<String, float[]> snapshot() {
		Map<String, float[]> copy = new LinkedHashMap<>();
		for (Map.Entry<String, INDArray> e : arrays.entrySet()) {
			copy.put(e.getKey(), e.getValue().reshape(e.getValue().length()).toFloatVector());
		}
		return copy;
	}

	/**
	 * A native copy of every array (off the Java heap), for restoring with {@link #restoreCopies}; the caller closes
	 * the copies.
	 */
	public Map<String, INDArray> copies() {
		Map<String, INDArray> copy = new LinkedHashMap<>();
		for (Map.Entry<String, INDArray> e : arrays.entrySet()) copy.put(e.getKey(), e.getValue().dup());
		return copy;
	}

	/** Overwrites every array in place with copies taken by {@link #copies()}. */
	public void restoreCopies(Map<String, INDArray> copies) {
		for (Map.Entry<String, INDArray> e : arrays.entrySet()) e.getValue().assign(copies.get(e.getKey()));
	}

	/** Overwrites every array in place with stored values (same names and sizes as {@link #snapshot()}). */
	public void restore(Map<String, float[]> values) {
		for (Map.Entry<String, INDArray> e : arrays.entrySet()) {
			INDArray src = Nd4j.create(values.get(e.getKey()), e.getValue().shape(), 'c');
			e.getValue().assign(src);
			src.close();
		}
	}

	/** Total number of trainable values. */
	public long parameterCount() {
		long n = 0;
		for (INDArray a : arrays.values()) n += a.length();
		return n;
	}
}
