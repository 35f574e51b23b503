package io.github.vaeexplorer.explore;

/**
 * A map from latent codes to a plane, fitted to a set of codes, with a way back: {@link #inverse} gives the code a
 * point of the plane stands for (exact where the map is linear; {@link #inverseDescription} says what it is).
 *
 * @author VAE Explorer developers
 */
public interface Projection {

	/** The fitted codes' points, {@code [n][2]} (not copied: do not change). */
	double[][] points();

	/**
	 * The code that the plane's point {@code (x, y)} stands for.
	 *
	 * @param anchor the code that fills whatever the plane does not fix (used by the two-dimension map)
	 */
	float[] inverse(double x, double y, float[] anchor);

	/** The axes' names, e.g. {@code z3 (mu)} or {@code PC1}. */
	String axisName(int axis);

	/** One sentence: how a point of the plane becomes a code. */
	String inverseDescription();
}
