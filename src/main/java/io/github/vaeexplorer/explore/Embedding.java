package io.github.vaeexplorer.explore;

import io.github.vaeexplorer.latent.LatentEncoding;
import io.github.vaeexplorer.model.VaeModel;

import ij.ImagePlus;
import ij.measure.ResultsTable;

/**
 * Every slice of a stack encoded (posterior means) and projected onto two axes: what {@code embed} writes and what
 * the Latent Explorer draws.
 *
 * @author VAE Explorer developers
 */
public final class Embedding {

	/** The columns of {@link #table()}. */
	public static final String SLICE = "slice", X = "x", Y = "y";

	private final LatentEncoding encoding;
	private final Axes axes;
	private final Projection projection;

	/** Projects an existing encoding. */
	public Embedding(LatentEncoding encoding, Axes axes) {
		this.encoding = encoding;
		this.axes = axes;
		this.projection = Projections.fit(axes, encoding.mu());
	}

	/**
	 * Encodes every slice of {@code image} and projects the codes.
	 *
	 * @throws IllegalArgumentException if there is no image, it does not suit the model, or the axes do not
	 */
	public static Embedding of(VaeModel model, ImagePlus image, Axes axes) {
		axes.checkAgainst(model.latent());
		return new Embedding(LatentEncoding.of(model, image), axes);
	}

	public LatentEncoding encoding() { return encoding; }

	public Axes axes() { return axes; }

	public Projection projection() { return projection; }

	/** Number of slices. */
	public int count() { return encoding.count(); }

	/** One row a slice: {@code slice} (1-based), {@code x}, {@code y}. */
	public ResultsTable table() {
		double[][] points = projection.points();
		ResultsTable table = new ResultsTable(points.length);
		table.showRowNumbers(false);
		table.setPrecision(6);
		for (int i = 0; i < points.length; i++) {
			table.setValue(SLICE, i, i + 1);
			table.setValue(X, i, points[i][0]);
			table.setValue(Y, i, points[i][1]);
		}
		return table;
	}
}
