package io.github.vaeexplorer.latent;

import java.util.Locale;

/**
 * A path of {@code steps} latent codes from one code to another, straight ({@code linear}) or along the great
 * circle ({@code spherical}, "slerp", White 2016), which keeps intermediate codes at the typical distance from the
 * origin that codes under a Gaussian prior have. The first and last codes are exactly the two ends.
 *
 * @author VAE Explorer developers
 */
public final class LatentPath {

	/** How the path goes from one end to the other. */
	public enum Kind {
		LINEAR, SPHERICAL;

		/**
		 * Parses {@code linear} or {@code spherical}.
		 *
		 * @throws IllegalArgumentException naming the key {@code path}
		 */
		public static Kind parse(String text) {
			String t = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
			if (t.equals("linear")) return LINEAR;
			if (t.equals("spherical")) return SPHERICAL;
			throw new IllegalArgumentException("path must be linear or spherical (got '" + text + "')");
		}

		/** The key's value, e.g. {@code spherical}. */
		public String key() {
			return name().toLowerCase(Locale.ROOT);
		}
	}

	/** Below this sine of the angle between the ends, slerp degenerates and the path is straight. */
	private static final double PARALLEL = 1e-6;

	private final Kind kind;
	private final int steps;

	/**
	 * @throws IllegalArgumentException if {@code steps} is below 2 (a path needs both ends) or absurdly large
	 */
	public LatentPath(Kind kind, int steps) {
		if (steps < 2 || steps > 10_000) throw new IllegalArgumentException("steps must be between 2 and 10000 " +
			"(got " + steps + ")");
		this.kind = kind;
		this.steps = steps;
	}

	public Kind kind() { return kind; }

	public int steps() { return steps; }

	/** The path parameter at step {@code i}: 0 at the first code, 1 at the last. */
	public double t(int i) {
		return (double) i / (steps - 1);
	}

	/**
	 * The codes of the path.
	 *
	 * @throws IllegalArgumentException if the ends have different lengths
	 */
	public float[][] codes(float[] from, float[] to) {
		if (from.length != to.length) throw new IllegalArgumentException("the two codes have " + from.length +
			" and " + to.length + " dimensions");
		float[][] codes = new float[steps][];
		codes[0] = from.clone();
		codes[steps - 1] = to.clone();
		for (int i = 1; i < steps - 1; i++) {
			codes[i] = kind == Kind.SPHERICAL ? slerp(from, to, t(i)) : lerp(from, to, t(i));
		}
		return codes;
	}

	/** {@code (1 − t)·a + t·b}. */
	static float[] lerp(float[] a, float[] b, double t) {
		float[] z = new float[a.length];
		for (int d = 0; d < a.length; d++) z[d] = (float) ((1 - t) * a[d] + t * b[d]);
		return z;
	}

	/**
	 * {@code sin((1 − t)ω)/sin ω · a + sin(tω)/sin ω · b} with ω the angle between a and b; straight where a or b
	 * is the origin or they are (anti)parallel, where the angle does not define one great circle.
	 */
	static float[] slerp(float[] a, float[] b, double t) {
		double dot = 0, na = 0, nb = 0;
		for (int d = 0; d < a.length; d++) {
			dot += (double) a[d] * b[d];
			na += (double) a[d] * a[d];
			nb += (double) b[d] * b[d];
		}
		if (na == 0 || nb == 0) return lerp(a, b, t);
		double omega = Math.acos(Math.max(-1, Math.min(1, dot / Math.sqrt(na * nb))));
		double sin = Math.sin(omega);
		if (Math.abs(sin) < PARALLEL) return lerp(a, b, t);
		double wa = Math.sin((1 - t) * omega) / sin, wb = Math.sin(t * omega) / sin;
		float[] z = new float[a.length];
		for (int d = 0; d < a.length; d++) z[d] = (float) (wa * a[d] + wb * b[d]);
		return z;
	}
}
