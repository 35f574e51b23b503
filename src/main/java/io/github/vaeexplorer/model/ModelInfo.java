package io.github.vaeexplorer.model;

import io.github.vaeexplorer.history.EpochRecord;
import io.github.vaeexplorer.text.Json;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

/**
 * A model described as JSON for people and scripts (the CLI's {@code info}): {@code config}, {@code history} (one
 * object an epoch), {@code kl_per_dim}, {@code active_dims} and the rest of the latent statistics.
 *
 * @author VAE Explorer developers
 */
public final class ModelInfo {

	private ModelInfo() {}

	public static JsonObject json(VaeModel model) {
		JsonObject o = new JsonObject();
		o.add("config", ModelFile.configJson(model));
		JsonArray history = new JsonArray();
		for (EpochRecord r : model.history().records()) {
			JsonObject e = new JsonObject();
			e.addProperty("epoch", r.epoch());
			e.addProperty("loss", r.loss());
			e.addProperty("reconstruction", r.reconstruction());
			e.addProperty("kl", r.kl());
			e.addProperty("validation_loss", r.validationLoss());
			e.addProperty("kl_weight", r.klWeight());
			e.addProperty("seconds", r.seconds());
			history.add(e);
		}
		o.add("history", history);
		JsonObject stats = ModelFile.statsJson(model.statistics());
		for (String key : stats.keySet()) o.add(key, stats.get(key));
		return o;
	}

	/** {@link #json} as indented text. */
	public static String text(VaeModel model) {
		return Json.PRETTY.toJson(json(model));
	}
}
