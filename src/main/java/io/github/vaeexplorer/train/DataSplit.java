package io.github.vaeexplorer.train;

import java.util.Arrays;
import java.util.Random;

/**
 * A seeded split of sample indices into training and validation sets. Random rather than "the last 10%", because
 * stacks are often ordered (time, depth), and a tail would validate on a different population.
 *
 * @author VAE Explorer developers
 */
final class DataSplit {

	private final int[] train;
	private final int[] validation;

	private DataSplit(int[] train, int[] validation) {
		this.train = train;
		this.validation = validation;
	}

	/**
	 * Splits {@code count} samples, holding out {@code floor(count × fraction)} of them (none if that would leave no
	 * training sample). Both index lists are sorted.
	 */
	static DataSplit of(int count, double fraction, long seed) {
		int held = (int) Math.floor(count * fraction);
		if (held >= count) held = 0;
		int[] perm = permutation(count, new Random(seed));
		int[] val = Arrays.copyOfRange(perm, 0, held), tr = Arrays.copyOfRange(perm, held, count);
		Arrays.sort(val);
		Arrays.sort(tr);
		return new DataSplit(tr, val);
	}

	/** The training indices in a fresh random order. */
	int[] shuffledTrain(Random random) {
		int[] order = train.clone();
		for (int i = order.length - 1; i > 0; i--) {
			int j = random.nextInt(i + 1);
			int t = order[i];
			order[i] = order[j];
			order[j] = t;
		}
		return order;
	}

	int[] train() { return train.clone(); }

	int[] validation() { return validation.clone(); }

	int trainCount() { return train.length; }

	int validationCount() { return validation.length; }

	private static int[] permutation(int n, Random random) {
		int[] p = new int[n];
		for (int i = 0; i < n; i++) p[i] = i;
		for (int i = n - 1; i > 0; i--) {
			int j = random.nextInt(i + 1);
			int t = p[i];
			p[i] = p[j];
			p[j] = t;
		}
		return p;
	}
}
