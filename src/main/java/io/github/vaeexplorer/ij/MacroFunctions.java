package io.github.vaeexplorer.ij;

import io.github.vaeexplorer.model.LatentStatistics;
import io.github.vaeexplorer.model.ModelFile;
import io.github.vaeexplorer.nd4j.NativeBackend;

import ij.macro.Interpreter;

import java.nio.file.Paths;
import java.util.StringJoiner;
import java.util.function.Supplier;

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
	 * @throws io.github.vaeexplorer.model.ModelFileException naming the file when it is not a readable model (in a
	 *           macro: the macro is aborted with that message)
	 */
	public static String activeDims(String model) {
		return answer("activeDims", () -> join(statistics(model).activeDims()));
	}

	/** All latent dimensions of a model, most informative (largest KL) first, comma-separated. */
	public static String rankedDims(String model) {
		return answer("rankedDims", () -> join(statistics(model).rankedByKl()));
	}

	/**
	 * The answer, or, when it fails inside a macro, the macro aborted with the message in the Log (ImageJ's
	 * {@code call()} would otherwise print a stack trace and hand the macro a value as if nothing were wrong).
	 * Outside a macro (scripts, Java) the exception is thrown.
	 */
	private static String answer(String function, Supplier<String> question) {
		try {
			return question.get();
		}
		catch (RuntimeException | LinkageError e) {
			if (Interpreter.getInstance() == null) throw e;
			String message = e.getMessage() == null ? e.toString() : e.getMessage();
			VaeExplorerMenu.report(function + ": " + message);
			return ""; // not read: the macro stops at this statement

		}
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
