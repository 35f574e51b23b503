package io.github.vaeexplorer.ij;

import io.github.vaeexplorer.model.LatentStatistics;
import io.github.vaeexplorer.model.ModelFile;
import io.github.vaeexplorer.nd4j.NativeBackend;

import java.nio.file.Paths;
import java.util.StringJoiner;

/**
 * What a macro can ask about a model file, through ImageJ's {@code call()} (which runs public static methods that
 * take and return strings), e.g. {@code dims = split(call("io.github.vaeexplorer.ij.MacroFunctions.activeDims",
 * model), ",");}. Scripts (Groovy, Jython) may call the same methods.
 *
 * @author VAE Explorer developers
 */
public final class MacroFunctions {

	private MacroFunctions() {}

	/**
	 * The active latent dimensions of a model (KL above {@link LatentStatistics#ACTIVE_THRESHOLD}), most informative
	 * first, comma-separated, e.g. {@code "3,0,7"}; empty when none is active.
	 *
	 * @param model the model file (*.vae.zip)
	 * @throws io.github.vaeexplorer.model.ModelFileException naming the file when it is not a readable model
	 */
	public static String activeDims(String model) {
		return join(statistics(model).activeDims());
	}

	/** All latent dimensions of a model, most informative (largest KL) first, comma-separated. */
	public static String rankedDims(String model) {
		return join(statistics(model).rankedByKl());
	}

	private static String join(int[] dims) {
		StringJoiner joined = new StringJoiner(",");
		for (int d : dims) joined.add(Integer.toString(d));
		return joined.toString();
	}

	private static LatentStatistics statistics(String model) {
		if (model == null || model.trim().isEmpty()) throw new IllegalArgumentException(
			"model must name a trained model file (*.vae.zip)");
		NativeBackend.ensureLoaded();
		return ModelFile.load(Paths.get(model.trim())).statistics();
	}
}
