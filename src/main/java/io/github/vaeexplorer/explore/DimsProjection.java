package io.github.vaeexplorer.explore;

/**
 * Two latent dimensions as the axes: a point's coordinates are its code's values there; the way back is exact, the
 * other dimensions taken from the anchor.
 *
 * @author VAE Explorer developers
 */
public final class DimsProjection implements Projection {

	private final int first, second;
	private final double[][] points;

	/** The codes {@code mu[n][k]} on dimensions {@code first} and {@code second}. */
	public DimsProjection(float[][] mu, int first, int second) {
		this.first = first;
		this.second = second;
		points = new double[mu.length][];
		for (int i = 0; i < mu.length; i++) points[i] = new double[] { mu[i][first], mu[i][second] };
	}

	@Override
	public double[][] points() { return points; }

	@Override
	public float[] inverse(double x, double y, float[] anchor) {
		float[] code = anchor.clone();
		code[first] = (float) x;
		code[second] = (float) y;
		return code;
	}

	@Override
	public String axisName(int axis) {
		return "z" + (axis == 0 ? first : second) + " (mu)";
	}

	@Override
	public String inverseDescription() {
		return "z" + first + " and z" + second + " set to the point, the other dimensions at the anchor";
	}
}
