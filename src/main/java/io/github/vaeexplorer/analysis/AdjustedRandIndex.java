package io.github.vaeexplorer.analysis;

import java.util.HashMap;
import java.util.Map;

/**
 * Agreement of two partitions of the same points, corrected for chance (Hubert &amp; Arabie 1985): 1 for the same
 * partition (whatever the labels are called), about 0 for unrelated ones. The labels may be any integers.
 *
 * @author VAE Explorer developers
 */
public final class AdjustedRandIndex {

	private AdjustedRandIndex() {}

	/** The adjusted Rand index of two labelings of one length. */
	public static double of(int[] a, int[] b) {
		if (a.length != b.length) throw new IllegalArgumentException("the labelings have " + a.length + " and " +
			b.length + " points");
		Map<Long, Integer> cells = new HashMap<>();
		Map<Integer, Integer> rows = new HashMap<>(), columns = new HashMap<>();
		for (int i = 0; i < a.length; i++) {
			cells.merge(((long) a[i] << 32) ^ (b[i] & 0xffffffffL), 1, Integer::sum);
			rows.merge(a[i], 1, Integer::sum);
			columns.merge(b[i], 1, Integer::sum);
		}
		double index = 0, sumRows = 0, sumColumns = 0;
		for (int v : cells.values()) index += pairs(v);
		for (int v : rows.values()) sumRows += pairs(v);
		for (int v : columns.values()) sumColumns += pairs(v);
		double expected = sumRows * sumColumns / pairs(a.length), max = (sumRows + sumColumns) / 2;
		if (max == expected) return 1; // both partitions trivial (one cluster, or all singletons)
		return (index - expected) / (max - expected);
	}

	private static double pairs(long n) {
		return n * (n - 1) / 2.0;
	}
}
