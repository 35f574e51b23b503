package io.github.vaeexplorer.train;

import io.github.vaeexplorer.model.VaeConfig;
import io.github.vaeexplorer.model.VaeModel;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Refuses a resume given a network different from the model's: architecture, latent and size come from the model,
 * so a value given that differs both from the model and from the default (and so was given on purpose) would
 * otherwise be ignored in silence.
 *
 * @author VAE Explorer developers
 */
final class ResumeSettings {

	private ResumeSettings() {}

	/** @throws IllegalArgumentException naming each key that cannot change on resume */
	static void check(VaeModel model, VaeConfig settings, Path resume) {
		VaeConfig defaults = VaeConfig.builder().build(), kept = model.config();
		List<String> changed = new ArrayList<>();
		if (settings.architecture() != kept.architecture() && settings.architecture() != defaults.architecture()) {
			changed.add("architecture=" + settings.architecture().key() + " (the model's is " + kept.architecture().key() +
				")");
		}
		if (settings.latent() != kept.latent() && settings.latent() != defaults.latent()) changed.add("latent=" +
			settings.latent() + " (the model's is " + kept.latent() + ")");
		if (settings.size() != kept.size() && settings.size() != defaults.size()) changed.add("size=" + settings
			.size() + " (the model's is " + kept.size() + ")");
		if (!changed.isEmpty()) throw new IllegalArgumentException("resume continues " + resume.getFileName() +
			" with its own network; " + String.join(", ", changed) + " cannot change: leave " + (changed.size() == 1
				? "it" : "them") + " out, or train a new model");
	}
}
