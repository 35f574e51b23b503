package io.github.vaeexplorer.data.synthetic;

/**
 * The three shapes drawn by {@link ShapesGenerator}; the ordinal is the value stored in the
 * {@code shape} column of the factor table.
 * <p>
 * Every shape is described in its own frame (centre at the origin, not rotated) by its
 * nominal width {@code w}, and fits inside a circle of radius {@code w / sqrt(2)}:
 * <ul>
 * <li>{@link #SQUARE}: side {@code w};</li>
 * <li>{@link #ELLIPSE}: semi-axes {@code w / sqrt(2)} (along u) and {@code 0.4 w} (along v);</li>
 * <li>{@link #TRIANGLE}: equilateral, circumradius {@code w / sqrt(2)}, apex towards -v.</li>
 * </ul>
 */
public enum ShapeKind {

	/** An axis-aligned square before rotation. */
	SQUARE("square") {
		@Override
		public boolean contains(double u, double v, double width) {
			final double half = width / 2;
			return Math.abs(u) <= half && Math.abs(v) <= half;
		}
	},

	/** An ellipse elongated along u before rotation. */
	ELLIPSE("ellipse") {
		@Override
		public boolean contains(double u, double v, double width) {
			final double a = width * INV_SQRT2;
			final double b = width * ELLIPSE_MINOR_RATIO;
			final double nu = u / a;
			final double nv = v / b;
			return nu * nu + nv * nv <= 1;
		}
	},

	/** An equilateral triangle with its apex pointing to -v before rotation. */
	TRIANGLE("triangle") {
		@Override
		public boolean contains(double u, double v, double width) {
			// Inside iff the point lies within the inradius along each edge's outward normal,
			// the normals pointing away from the three vertices.
			final double inradius = width * INV_SQRT2 / 2;
			for (int k = 0; k < 3; k++) {
				if (-(u * TRIANGLE_VERTEX_COS[k] + v * TRIANGLE_VERTEX_SIN[k]) > inradius) {
					return false;
				}
			}
			return true;
		}
	};

	private static final double INV_SQRT2 = 1 / StrictMath.sqrt(2);
	private static final double ELLIPSE_MINOR_RATIO = 0.4;
	private static final double[] TRIANGLE_VERTEX_COS = vertexDirections(true);
	private static final double[] TRIANGLE_VERTEX_SIN = vertexDirections(false);

	private final String label;

	ShapeKind(String label) {
		this.label = label;
	}

	/**
	 * Tells whether a point in the shape's own frame lies inside the shape.
	 *
	 * @param u coordinate along the shape's first axis, relative to its centre, in pixels
	 * @param v coordinate along the shape's second axis, relative to its centre, in pixels
	 * @param width the nominal width {@code w} of the shape, in pixels
	 * @return {@code true} if the point is inside or on the border
	 */
	public abstract boolean contains(double u, double v, double width);

	/**
	 * Returns the radius of the smallest circle around the centre that holds the shape.
	 *
	 * @param width the nominal width {@code w} of the shape, in pixels
	 * @return {@code w / sqrt(2)}, the same for every shape
	 */
	public static double boundingRadius(double width) {
		return width * INV_SQRT2;
	}

	/**
	 * Returns the lower-case name used in slice labels.
	 *
	 * @return e.g. {@code "square"}
	 */
	public String label() {
		return label;
	}

	/**
	 * Returns the shape with the given factor index.
	 *
	 * @param index 0 (square), 1 (ellipse) or 2 (triangle)
	 * @return the shape
	 * @throws IllegalArgumentException if the index is out of range
	 */
	public static ShapeKind fromIndex(int index) {
		final ShapeKind[] all = values();
		if (index < 0 || index >= all.length) {
			throw new IllegalArgumentException("shape index must be 0.." + (all.length - 1) + ", got " + index);
		}
		return all[index];
	}

	private static double[] vertexDirections(boolean cosine) {
		final double[] result = new double[3];
		for (int k = 0; k < 3; k++) {
			final double angle = -Math.PI / 2 + k * 2 * Math.PI / 3;
			result[k] = cosine ? StrictMath.cos(angle) : StrictMath.sin(angle);
		}
		return result;
	}
}
