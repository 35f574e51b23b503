package io.github.vaeexplorer.cli;

/**
 * What to make smaller when a verb runs out of memory: the key of that verb that sets how much it holds at once.
 *
 * @author VAE Explorer developers
 */
final class MemoryAdvice {

	private MemoryAdvice() {}

	/** E.g. "use a smaller --count" for {@code sample}. */
	static String forVerb(String verb) {
		switch (verb) {
			case "sample":
				return "use a smaller --count";
			case "sweep":
			case "interpolate":
				return "use fewer --steps";
			case "grid":
				return "use fewer --steps or --dims";
			case "study":
				return "use fewer --betas or --seeds, or a smaller --size";
			case "reconstruct":
			case "encode":
			case "metrics":
				return "use a smaller --input stack";
			default:
				return "use a smaller size or batch";
		}
	}
}
