package io.github.vaeexplorer.metrics;

import io.github.vaeexplorer.model.LatentStatistics;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

import java.util.Locale;

/**
 * Everything {@link LatentMetrics} measured for one model on one stack. Immutable; {@link #toJson()} is what the
 * CLI's {@code metrics} prints.
 *
 * @author VAE Explorer developers
 */
public final class MetricsReport {

	private final int images;
	private final LatentStatistics statistics;
	private final double reconstruction;
	private final double totalCorrelation;
	private final GapScores gaps;
	private final FactorMetrics factors;
	private final MetricsSettings settings;
	private final PriorMatch priorMatch;

	MetricsReport(int images, LatentStatistics statistics, double reconstruction, double totalCorrelation,
		GapScores gaps, FactorMetrics factors, MetricsSettings settings, PriorMatch priorMatch)
	{
		this.priorMatch = priorMatch;
		this.images = images;
		this.statistics = statistics;
		this.reconstruction = reconstruction;
		this.totalCorrelation = totalCorrelation;
		this.gaps = gaps;
		this.factors = factors;
		this.settings = settings;
	}

	/** Slices measured. */
	public int images() { return images; }

	/** KL per dimension and activity, measured on this stack. */
	public LatentStatistics statistics() { return statistics; }

	/** Mean Bernoulli negative log-likelihood of a slice given the decoded mean of its encoding, nats per image. */
	public double reconstruction() { return reconstruction; }

	/** Gaussian total correlation of the aggregate posterior, in nats. */
	public double totalCorrelation() { return totalCorrelation; }

	public GapScores gaps() { return gaps; }

	/** The factor metrics, or null when no factor table was given. */
	public FactorMetrics factors() { return factors; }

	public MetricsSettings settings() { return settings; }

	/** How far the encoded codes are from N(0, I): MMD and Gaussian-fit KL ({@link PriorMatch}). */
	public PriorMatch priorMatch() { return priorMatch; }

	/** MIG, or NaN without factors. */
	public double mig() {
		return factors == null ? Double.NaN : factors.mig();
	}

	/** SAP, or NaN without factors. */
	public double sap() {
		return factors == null ? Double.NaN : factors.sap();
	}

	/**
	 * The report as JSON: {@code mig}, {@code sap} (null without factors), {@code factors} (one object a factor),
	 * {@code active_dims}, {@code total_kl}, {@code kl_per_dim}, {@code gaussian_tc}, {@code reconstruction_bce}, {@code prior_mmd}, {@code prior_gaussian_kl},
	 * {@code gaps}, {@code smoothness}, {@code images} and {@code settings}.
	 */
	public JsonObject toJson() {
		JsonObject o = new JsonObject();
		if (factors != null) factors.addTo(o);
		else {
			JsonNumbers.add(o, "mig", mig());
			JsonNumbers.add(o, "sap", sap());
			o.add("factors", new JsonArray());
		}
		JsonArray active = new JsonArray();
		for (int d : statistics.activeDims()) active.add(d);
		o.add("active_dims", active);
		JsonNumbers.add(o, "total_kl", statistics.totalKl());
		JsonArray kl = new JsonArray();
		for (double v : statistics.klPerDim()) kl.add(JsonNumbers.round(v));
		o.add("kl_per_dim", kl);
		JsonNumbers.add(o, "gaussian_tc", totalCorrelation);
		JsonNumbers.add(o, "reconstruction_bce", reconstruction);
		JsonNumbers.add(o, "prior_mmd", priorMatch.mmd());
		JsonNumbers.add(o, "prior_gaussian_kl", priorMatch.gaussianKl());
		JsonObject g = new JsonObject();
		g.addProperty("reference_images", gaps.referenceImages());
		JsonNumbers.add(g, "typical_nn_distance", gaps.typicalDistance());
		JsonNumbers.add(g, "reconstruction_ratio", gaps.reconstructionRatio());
		JsonNumbers.add(g, "prior_precision", gaps.priorPrecision());
		JsonNumbers.add(g, "prior_recall", gaps.priorRecall());
		JsonNumbers.add(g, "prior_nn_ratio", gaps.priorRatio());
		JsonNumbers.add(g, "midpoint_precision", gaps.midpointPrecision());
		JsonNumbers.add(g, "midpoint_nn_ratio", gaps.midpointRatio());
		o.add("gaps", g);
		JsonObject s = new JsonObject();
		s.addProperty("steps", gaps.steps());
		JsonNumbers.add(s, "max_step_ratio", gaps.smoothness());
		JsonNumbers.add(s, "max_step_ratio_p90", gaps.smoothnessP90());
		JsonNumbers.add(s, "even_change", 1.0 / gaps.steps());
		o.add("smoothness", s);
		o.addProperty("images", images);
		o.addProperty("settings", settings.toString());
		return o;
	}

	/** A few lines for people: MIG/SAP, KL, gaps and smoothness. */
	public String summary() {
		StringBuilder sb = new StringBuilder();
		if (factors != null) sb.append(String.format(Locale.ROOT, "MIG %.3f, SAP %.3f. ", mig(), sap()));
		sb.append(String.format(Locale.ROOT, "%d active dimension(s), total KL %.2f nats, Gaussian TC %.2f nats, " +
			"reconstruction %.1f nats/image. Codes vs N(0, I): MMD² %.4f, Gaussian-fit KL %.2f nats. Prior samples: precision %.2f, recall %.2f " +
			"(nearest-image distance %.2f × typical); interpolation midpoints: precision %.2f (%.2f × typical); largest step %.2f of a path " +
			"(even: %.2f).", statistics.activeDims().length, statistics.totalKl(), totalCorrelation, reconstruction,
			priorMatch.mmd(), priorMatch.gaussianKl(), gaps.priorPrecision(), gaps.priorRecall(), gaps.priorRatio(), gaps.midpointPrecision(), gaps.midpointRatio(),
			gaps.smoothness(), 1.0 / gaps.steps()));
		return sb.toString();
	}
}
