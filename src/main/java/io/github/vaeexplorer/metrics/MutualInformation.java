package io.github.vaeexplorer.metrics;

import java.util.HashMap;
import java.util.Map;

/**
 * Plug-in estimates of mutual information and entropy between integer codes, in nats, from their empirical joint
 * distribution: what scikit-learn's {@code mutual_info_score} computes and disentanglement_lib's MIG uses. Cost:
 * one pass over the codes and one over the distinct pairs.
 *
 * @author VAE Explorer developers
 */
public final class MutualInformation {

	private MutualInformation() {}

	/** I(a; b) = Σ p(a,b) log(p(a,b) / (p(a) p(b))), in nats; the two arrays are paired by index. */
	public static double between(int[] a, int[] b) {
		if (a.length != b.length) throw new IllegalArgumentException("the codes have different lengths (" + a.length +
			" and " + b.length + ")");
		int n = a.length;
		if (n == 0) return 0;
		Map<Long, Integer> joint = new HashMap<>();
		Map<Integer, Integer> countA = new HashMap<>(), countB = new HashMap<>();
		for (int i = 0; i < n; i++) {
			joint.merge(((long) a[i] << 32) ^ (b[i] & 0xFFFFFFFFL), 1, Integer::sum);
			countA.merge(a[i], 1, Integer::sum);
			countB.merge(b[i], 1, Integer::sum);
		}
		double mi = 0;
		for (Map.Entry<Long, Integer> e : joint.entrySet()) {
			int codeA = (int) (e.getKey() >> 32), codeB = (int) (long) e.getKey();
			double nab = e.getValue();
			mi += nab / n * Math.log(nab * n / ((double) countA.get(codeA) * countB.get(codeB)));
		}
		return Math.max(0, mi);
	}

	/** H(a) = −Σ p(a) log p(a), in nats (= I(a; a)). */
	public static double entropy(int[] a) {
		int n = a.length;
		Map<Integer, Integer> counts = new HashMap<>();
		for (int v : a) counts.merge(v, 1, Integer::sum);
		double h = 0;
		for (int c : counts.values()) h -= (double) c / n * Math.log((double) c / n);
		return Math.max(0, h);
	}
}
