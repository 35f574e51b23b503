package io.github.vaeexplorer.text;

/**
 * Numbers as users type them and parsers read them back: {@code 4} rather than {@code 4.0}. The one rule for whole
 * numbers in file names, labels, macro lines and CSV.
 *
 * @author VAE Explorer developers
 */
public final class Numbers {

	/** 2^53: above it a double no longer holds every integer, so a whole-number form would claim digits it lacks. */
	private static final double LARGEST_EXACT_INTEGER = 9007199254740992d;

	private Numbers() {}

	/** Whether {@code v} is an integer of magnitude below 2^53 (NaN and infinities are not); {@code -0.0} is. */
	public static boolean isWhole(double v) {
		return v == Math.rint(v) && Math.abs(v) < LARGEST_EXACT_INTEGER;
	}

	/** Whole numbers without a fraction ({@code 4}; {@code 0} for {@code -0.0}), others as {@link Double#toString}. */
	public static String format(double v) {
		return isWhole(v) ? Long.toString((long) v) : Double.toString(v);
	}

	/**
	 * A table value as the CSV tables write it: whole numbers without a point, a float's value in its shortest
	 * round-trip form ({@code 0.1} for {@code (double) 0.1f}), other doubles as {@link Double#toString}.
	 */
	public static String csv(double v) {
		if (isWhole(v)) return format(v);
		if ((double) (float) v == v) return Float.toString((float) v);
		return Double.toString(v);
	}
}
