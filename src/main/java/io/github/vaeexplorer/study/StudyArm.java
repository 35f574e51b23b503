package io.github.vaeexplorer.study;

import io.github.vaeexplorer.model.Objective;
import io.github.vaeexplorer.model.VaeConfig;
import io.github.vaeexplorer.text.Numbers;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One setting a {@link BetaStudy} trains: an objective and its weight, written {@code beta:4} (β of the KL),
 * {@code tcvae:4} (β of the total correlation) or {@code adversarial:1} (the adversarial autoencoder's
 * {@code adversarial_weight}); the {@code objectives} key lists them. Immutable.
 *
 * @author VAE Explorer developers
 */
public final class StudyArm {

	private final Objective objective;
	private final double weight;

	public StudyArm(Objective objective, double weight) {
		if (objective == Objective.CAPACITY) throw new IllegalArgumentException(
			"objectives may be beta, tcvae or adversarial (capacity has no single weight to compare)");
		if (!(weight >= 0) || Double.isInfinite(weight)) throw new IllegalArgumentException(
			"objectives' weights must be finite numbers >= 0 (got " + weight + ")");
		this.objective = objective;
		this.weight = weight;
	}

	/**
	 * Parses {@code beta:0,beta:4,adversarial:1}.
	 *
	 * @throws IllegalArgumentException naming {@code objectives} and the bad part
	 */
	public static List<StudyArm> parse(String text) {
		List<StudyArm> arms = new ArrayList<>();
		String trimmed = text == null ? "" : text.trim();
		if (trimmed.isEmpty()) throw new IllegalArgumentException(
			"objectives must list at least one objective:weight, e.g. beta:0,beta:4,adversarial:1");
		for (String part : trimmed.split("\\s*,\\s*")) {
			String[] kv = part.split("\\s*:\\s*");
			if (kv.length != 2) throw new IllegalArgumentException("objectives must be objective:weight pairs " +
				"separated by commas, e.g. beta:0,beta:4,adversarial:1 (got '" + part + "')");
			double weight;
			try {
				weight = Double.parseDouble(kv[1]);
			}
			catch (NumberFormatException e) {
				throw new IllegalArgumentException("objectives: '" + kv[1] + "' in '" + part + "' is not a number");
			}
			Objective objective;
			try {
				objective = Objective.fromKey(kv[0]);
			}
			catch (IllegalArgumentException e) {
				throw new IllegalArgumentException("objectives: " + e.getMessage());
			}
			arms.add(new StudyArm(objective, weight));
		}
		return arms;
	}

	/** The arms of a plain β list with the given objective ({@code betas=0,1,4} → beta:0, beta:1, beta:4). */
	public static List<StudyArm> ofBetas(Objective objective, double[] betas) {
		List<StudyArm> arms = new ArrayList<>();
		for (double b : betas) arms.add(new StudyArm(objective, b));
		return arms;
	}

	public Objective objective() { return objective; }

	/** β, or the adversarial weight. */
	public double weight() { return weight; }

	/** {@code beta:4}, {@code adversarial:1}: what the table's {@code objective} column and the montage show. */
	public String key() {
		return objective.key() + ":" + Numbers.format(weight);
	}

	/** The base configuration trained with this arm's objective and weight and the given seed. */
	VaeConfig configure(VaeConfig base, long seed) {
		VaeConfig.Builder b = base.toBuilder().objective(objective).seed(seed);
		if (objective == Objective.ADVERSARIAL) return b.beta(0).adversarialWeight(weight).build();
		return b.beta(weight).build();
	}

	@Override
	public boolean equals(Object o) {
		return o instanceof StudyArm && ((StudyArm) o).objective == objective && Double.compare(((StudyArm) o).weight,
			weight) == 0;
	}

	@Override
	public int hashCode() {
		return objective.hashCode() * 31 + Double.hashCode(weight);
	}

	@Override
	public String toString() {
		return String.format(Locale.ROOT, "%s", key());
	}
}
