package io.github.vaeexplorer.explore;

import io.github.vaeexplorer.data.OutputImageFactory;
import io.github.vaeexplorer.latent.LatentEncoding;
import io.github.vaeexplorer.latent.TraversalSession;
import io.github.vaeexplorer.model.VaeModel;

import ij.ImagePlus;
import ij.measure.ResultsTable;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The state behind the Latent Explorer, without any GUI: a stack's slices as points of a map ({@link Embedding}),
 * their colours, the slice the stack shows (highlighted), the selected slices, and the links back to the stack and
 * the model: showing a slice in the stack, decoding a point of the plane, a gallery and a substack of a selection and
 * a {@code selected} column in a Results table. A window listens ({@link Listener}); the stack is never changed
 * except for which slice it shows.
 *
 * @author VAE Explorer developers
 */
public final class ExplorerSession {

	/** The Results table's column marking the selected slices (1) and the others (0). */
	public static final String SELECTED = "selected";

	/** What a window hears from the session; called on the thread that made the change. */
	public interface Listener {

		/** The points moved (new axes) or changed colour. */
		default void mapChanged() {}

		/** The selection changed. */
		default void selectionChanged() {}

		/** The highlighted slice changed (0-based, -1 for none). */
		default void currentChanged(int slice) {}
	}

	private final VaeModel model;
	private final Path modelFile;
	private final ImagePlus source;
	private final LatentEncoding encoding;
	private final ResultsTable results;
	private final List<Listener> listeners = new CopyOnWriteArrayList<>();
	private final OutputImageFactory images = new OutputImageFactory();

	private volatile Embedding embedding;
	private volatile float[] xs, ys;
	private volatile ColourColumn colours;
	private volatile boolean[] selected;
	private volatile int current = -1;

	/**
	 * A session over an embedding of {@code source}.
	 *
	 * @param colours the points' colours, or null for one colour
	 * @param results the table to add the {@value #SELECTED} column to (one row a slice), or null for a new one
	 *          with the map's coordinates
	 */
	public ExplorerSession(VaeModel model, Path modelFile, ImagePlus source, Embedding embedding,
		ColourColumn colours, ResultsTable results)
	{
		this.model = model;
		this.modelFile = modelFile;
		this.source = source;
		this.encoding = embedding.encoding();
		this.results = results != null && results.size() == embedding.count() ? results : embedding.table();
		this.colours = colours;
		this.selected = new boolean[embedding.count()];
		setEmbedding(embedding);
		current = sampleShownBy(source);
	}

	public void addListener(Listener listener) {
		listeners.add(listener);
	}

	public void removeListener(Listener listener) {
		listeners.remove(listener);
	}

	// -- The map --

	public VaeModel model() { return model; }

	public Path modelFile() { return modelFile; }

	/** The stack the points are slices of. */
	public ImagePlus source() { return source; }

	public LatentEncoding encoding() { return encoding; }

	public Embedding embedding() { return embedding; }

	/** Number of points (slices). */
	public int count() { return encoding.count(); }

	/** The points' x (not copied: do not change). */
	public float[] xs() { return xs; }

	/** The points' y (not copied: do not change). */
	public float[] ys() { return ys; }

	/** Fits new axes (UMAP takes seconds for thousands of slices: call off the Swing thread). */
	public void setAxes(Axes axes) {
		setEmbedding(new Embedding(encoding, axes));
		listeners.forEach(Listener::mapChanged);
	}

	private void setEmbedding(Embedding e) {
		double[][] points = e.projection().points();
		float[] x = new float[points.length], y = new float[points.length];
		for (int i = 0; i < points.length; i++) {
			x[i] = (float) points[i][0];
			y[i] = (float) points[i][1];
		}
		embedding = e;
		xs = x;
		ys = y;
	}

	/** The colour column, or null. */
	public ColourColumn colourColumn() { return colours; }

	/** Colours the points by a column (null: one colour). */
	public void setColours(ColourColumn column) {
		colours = column;
		listeners.forEach(Listener::mapChanged);
	}

	/** Colours by latent dimension {@code dim}'s posterior mean. */
	public ColourColumn dimensionColours(int dim) {
		double[] values = new double[count()];
		for (int i = 0; i < values.length; i++) values[i] = encoding.mu()[i][dim];
		return ColourColumn.numeric("mu_" + dim, values);
	}

	/** One RGB colour a point. */
	public int[] pointColours() {
		ColourColumn c = colours;
		if (c != null) return c.colours();
		int[] plain = new int[count()];
		Arrays.fill(plain, ColourColumn.PLAIN);
		return plain;
	}

	/** The point nearest to {@code (x, y)} within {@code maxDistance} (data units), or -1. */
	public int nearest(double x, double y, double maxDistance) {
		float[] px = xs, py = ys;
		int best = -1;
		double bestD = maxDistance * maxDistance;
		for (int i = 0; i < px.length; i++) {
			double dx = px[i] - x, dy = py[i] - y, d = dx * dx + dy * dy;
			if (d <= bestD) {
				bestD = d;
				best = i;
			}
		}
		return best;
	}

	// -- The stack's slice --

	/** The highlighted slice (0-based; the one the stack shows), or -1. */
	public int current() { return current; }

	/** Shows slice {@code slice} (0-based) in the stack; the stack's listener then highlights it. */
	public void showSlice(int slice) {
		if (slice < 0 || slice >= count()) throw new IllegalArgumentException("slice " + (slice + 1) +
			" is not in " + source.getTitle() + " (1.." + count() + ")");
		if (source.getNChannels() == 1 && source.getNFrames() == 1) source.setSlice(slice + 1);
		else source.setPosition(source.getChannel(), slice % source.getNSlices() + 1, slice / source.getNSlices() + 1);
		sourceMoved();
	}

	/** Highlights the slice the stack shows now (its slider moved). */
	public void sourceMoved() {
		int shown = sampleShownBy(source);
		if (shown == current) return;
		current = shown;
		listeners.forEach(l -> l.currentChanged(shown));
	}

	/** The 0-based sample (z, t plane) an image shows. */
	static int sampleShownBy(ImagePlus imp) {
		int[] czt = imp.convertIndexToPosition(imp.getCurrentSlice());
		return (czt[2] - 1) * imp.getNSlices() + czt[1] - 1;
	}

	// -- Selection --

	/** Whether each slice is selected (a copy). */
	public boolean[] selected() { return selected.clone(); }

	/** The 1-based selected slices. */
	public int[] selectedSlices() { return SliceSelection.slices(selected); }

	/** Selects exactly the given slices and writes the {@value #SELECTED} column. */
	public void select(boolean[] which) {
		if (which.length != count()) throw new IllegalArgumentException("a selection of " + which.length +
			" slices for a map of " + count());
		selected = which.clone();
		for (int i = 0; i < which.length; i++) results.setValue(SELECTED, i, which[i] ? 1 : 0);
		listeners.forEach(Listener::selectionChanged);
	}

	/** Selects the points inside a rectangle of the plane. */
	public void selectRectangle(double x0, double y0, double x1, double y1) {
		select(SliceSelection.inRectangle(embedding.projection().points(), x0, y0, x1, y1));
	}

	/** Selects the points inside a lasso (a polygon of the plane). */
	public void selectPolygon(double[] px, double[] py) {
		select(SliceSelection.inPolygon(embedding.projection().points(), px, py));
	}

	/** The table with the {@value #SELECTED} column (the one given, or one with slice, x, y). */
	public ResultsTable results() { return results; }

	/** The selected slices side by side ({@link SelectionImages#gallery}). */
	public ImagePlus gallery() {
		return SelectionImages.gallery(source, selectedSlices());
	}

	/** The selected slices as a new stack ({@link SelectionImages#substack}). */
	public ImagePlus substack() {
		return SelectionImages.substack(source, selectedSlices());
	}

	// -- Decoding the plane --

	/** The code that fills what the axes do not fix: the highlighted slice's, else the codes' mean. */
	public float[] anchor() {
		int c = current;
		if (c >= 0 && c < count()) return encoding.mu()[c].clone();
		float[][] mu = encoding.mu();
		float[] mean = new float[encoding.latent()];
		for (float[] z : mu) for (int d = 0; d < mean.length; d++) mean[d] += z[d] / mu.length;
		return mean;
	}

	/** The code the point {@code (x, y)} stands for ({@link Projection#inverse}). */
	public float[] codeAt(double x, double y) {
		return embedding.projection().inverse(x, y, anchor());
	}

	/**
	 * The point {@code (x, y)} decoded, in the stack's intensity scale and geometry, titled {@code Decoded at ...}
	 * and labelled with its code.
	 */
	public ImagePlus decode(double x, double y) {
		float[] z = codeAt(x, y);
		float[] decoded = model.decode(new float[][] { z })[0];
		Projection p = embedding.projection();
		String where = String.format(Locale.ROOT, "%s=%.2f, %s=%.2f", p.axisName(0), x, p.axisName(1), y);
		return images.create("Decoded at " + where + " of " + source.getTitle(), Collections.singletonList(decoded),
			Collections.singletonList(TraversalSession.label(z)), model.normalisation(), encoding.samples().geometry(),
			source.getCalibration());
	}
}
