package io.github.vaeexplorer.latent;

import io.github.vaeexplorer.data.OutputImageFactory;
import io.github.vaeexplorer.model.LatentStatistics;
import io.github.vaeexplorer.model.VaeModel;
import io.github.vaeexplorer.text.Numbers;

import ij.ImagePlus;
import ij.measure.Calibration;

import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The state behind an interactive traversal, without any GUI: a model, an anchor code, the current code that the
 * user moves one dimension at a time, and a {@link LiveDecoder} that renders the current code in the source's
 * intensity scale and geometry. A window listens to it ({@link Listener}); it never blocks its caller. Every model
 * computation (previews, sweeps, grids, encoding a new anchor slice) runs on the decoder's single worker thread.
 * <p>
 * The anchor is {@code zero}, {@code mean}, {@code slice:N} of an image, or a draw from the prior N(0, I) by a
 * seeded generator. "Sweep" makes exactly the stack {@code Latent Sweep...} makes around the anchor; {@link
 * #sweepKeys} gives the keys of the call that makes it again (random anchors have none).
 *
 * @author VAE Explorer developers
 */
public final class TraversalSession implements AutoCloseable {

	/** Sweep settings: {@code Latent Sweep...}'s defaults, so the recorded line is the plain one. */
	public static final double SWEEP_FROM = -3, SWEEP_TO = 3;
	public static final int SWEEP_STEPS = 11;

	/** Slider half-range and the grid's range, in prior standard deviations. */
	public static final double RANGE = 3;

	/** Grid columns ({@code Traversal Grid...}'s default). */
	public static final int GRID_STEPS = 9;

	/** What a window hears from the session. Methods may be called on any thread. */
	public interface Listener {

		/**
		 * The whole code was replaced (reset, new anchor, random draw), so sliders must move; not called for {@link
		 * #setValue}, whose caller already knows.
		 */
		default void codeReplaced(float[] code, String anchorDescription) {}

		/** A preview frame is ready (on the worker thread). */
		default void frameRendered(LiveDecoder.Frame frame) {}

		/** Something failed; a one-sentence message. */
		default void failed(String message) {}
	}

	private final VaeModel model;
	private final Path modelFile;
	private final ImagePlus openedWith;
	private final Calibration calibration;
	private final LiveDecoder decoder;
	private final List<Listener> listeners = new CopyOnWriteArrayList<>();
	private final AtomicLong anchorTickets = new AtomicLong();
	private final OutputImageFactory images = new OutputImageFactory();

	// Guarded by this.
	private Anchor anchor;
	private ImagePlus anchorImage;
	private float[] anchorCode;
	private String anchorDescription;
	private float[] code;
	private long seed = 1;
	private Random random = new Random(seed);
	private int draws;

	/**
	 * Resolves the anchor on the calling thread (encoding a slice if it is {@code slice:N}).
	 *
	 * @param model a model with latent statistics
	 * @param modelFile the model's file (for titles and macro lines)
	 * @param anchor the first anchor
	 * @param image the image that {@code slice:N} refers to and whose title and calibration outputs take, or null
	 * @throws IllegalArgumentException if the anchor cannot be resolved or the model has no latent statistics
	 */
	public TraversalSession(VaeModel model, Path modelFile, Anchor anchor, ImagePlus image) {
		if (model.statistics() == null) throw new IllegalArgumentException("model has no latent statistics; " +
			"train it again with this version");
		this.model = model;
		this.modelFile = modelFile;
		this.openedWith = image;
		this.calibration = image == null ? null : image.getCalibration().copy();
		this.anchor = anchor;
		this.anchorImage = anchor.needsImage() ? image : null;
		this.anchorCode = anchor.resolve(model, image);
		this.anchorDescription = describe(anchor, anchorImage);
		this.code = anchorCode.clone();
		this.decoder = new LiveDecoder(this::render, f -> listeners.forEach(l -> l.frameRendered(f)),
			m -> listeners.forEach(l -> l.failed(m)), "VAE Explorer traversal of " + displayName(modelFile));
	}

	public void addListener(Listener listener) {
		listeners.add(listener);
	}

	public void removeListener(Listener listener) {
		listeners.remove(listener);
	}

	// -- What the window shows --

	public VaeModel model() { return model; }

	public Path modelFile() { return modelFile; }

	public LatentStatistics statistics() { return model.statistics(); }

	/** Number of latent dimensions. */
	public int latent() { return model.latent(); }

	/** What titles name: the image the session was opened with, else the model file. */
	public String sourceName() {
		return openedWith != null ? openedWith.getTitle() : displayName(modelFile);
	}

	/** The image the session was opened with (the default for slice anchors), or null. */
	public ImagePlus image() { return openedWith; }

	public String previewTitle() {
		return "Traversal of " + sourceName();
	}

	public synchronized float[] code() { return code.clone(); }

	public synchronized float[] anchorCode() { return anchorCode.clone(); }

	/** The anchor as a macro value ({@code zero}, {@code mean}, {@code slice:N}), or null for a random draw. */
	public synchronized Anchor anchor() { return anchor; }

	/** The image of a {@code slice:N} anchor, or null. */
	public synchronized ImagePlus anchorImage() { return anchorImage; }

	/** E.g. {@code zero}, {@code slice:4 of cells.tif}, {@code random #2 (seed 1)}. */
	public synchronized String anchorDescription() { return anchorDescription; }

	/** The decoder, for its counters and for waiting on it. */
	public LiveDecoder decoder() { return decoder; }

	// -- Changes --

	/** Renders the current code (the first frame of a new window). */
	public synchronized long refresh() {
		return decoder.request(code);
	}

	/** Moves one dimension and asks for a preview of the new code. */
	public synchronized long setValue(int dim, double value) {
		code[dim] = (float) value;
		return decoder.request(code);
	}

	/** Puts every dimension back at the anchor. */
	public void reset() {
		float[] now;
		String description;
		synchronized (this) {
			code = anchorCode.clone();
			now = code.clone();
			description = anchorDescription;
			decoder.request(code);
		}
		listeners.forEach(l -> l.codeReplaced(now, description));
	}

	/** Restarts the random anchors' generator. */
	public synchronized void setSeed(long newSeed) {
		seed = newSeed;
		random = new Random(newSeed);
		draws = 0;
	}

	public synchronized long seed() { return seed; }

	/** Makes the next draw from N(0, I) (of the seeded generator) the anchor and the current code. */
	public void randomAnchor() {
		anchorTickets.incrementAndGet(); // a slice still being encoded must not overwrite this
		float[] drawn = new float[latent()];
		String description;
		synchronized (this) {
			for (int d = 0; d < drawn.length; d++) drawn[d] = (float) random.nextGaussian();
			draws++;
			description = String.format(Locale.ROOT, "random #%d (seed %d)", draws, seed);
			replaceAnchor(null, null, drawn, description);
		}
		notifyReplaced();
	}

	/**
	 * Makes a new anchor (encoding a slice on the worker thread) the anchor and the current code. When anchors are
	 * asked for faster than slices encode (a stack's slider dragged with "follow" on), only the newest is applied.
	 *
	 * @return the anchor's code, or null if a newer request superseded it; fails with the resolver's exception
	 */
	public CompletableFuture<float[]> setAnchor(Anchor newAnchor, ImagePlus image) {
		long ticket = anchorTickets.incrementAndGet();
		return decoder.submit(() -> {
			if (ticket != anchorTickets.get()) return null;
			float[] resolved = newAnchor.resolve(model, image);
			ImagePlus source = newAnchor.needsImage() ? image : null;
			synchronized (this) {
				if (ticket != anchorTickets.get()) return null;
				replaceAnchor(newAnchor, source, resolved, describe(newAnchor, source));
			}
			notifyReplaced();
			return resolved;
		});
	}

	private void replaceAnchor(Anchor a, ImagePlus image, float[] resolved, String description) {
		anchor = a;
		anchorImage = image;
		anchorCode = resolved.clone();
		anchorDescription = description;
		code = resolved.clone();
		decoder.request(code);
	}

	private void notifyReplaced() {
		float[] now;
		String description;
		synchronized (this) {
			now = code.clone();
			description = anchorDescription;
		}
		listeners.forEach(l -> l.codeReplaced(now, description));
	}

	// -- Products --

	/**
	 * The stack {@code Latent Sweep...} makes for this dimension around the anchor, with its defaults ({@value
	 * #SWEEP_STEPS} steps from {@code -3} to {@code 3}), titled after the session's image or model.
	 */
	public CompletableFuture<ImagePlus> sweep(int dim) {
		float[] around = anchorCode();
		String source = sweepSourceName();
		Calibration cal = sweepCalibration();
		return decoder.submit(() -> new LatentSweep(dim, SWEEP_FROM, SWEEP_TO, SWEEP_STEPS).render(model, around,
			source, cal));
	}

	/**
	 * The keys of the {@code Latent Sweep...} call that makes {@link #sweep} again, in its order ({@code model},
	 * {@code dim}, {@code from}, {@code to}, {@code steps}, {@code anchor}); null while the anchor is a random draw,
	 * which no key names. {@link #sweepImageTitle} is the image to select first.
	 */
	public synchronized Map<String, String> sweepKeys(int dim) {
		if (anchor == null) return null;
		Map<String, String> keys = new LinkedHashMap<>();
		keys.put("model", modelFile.toString());
		keys.put("dim", Integer.toString(dim));
		keys.put("from", Numbers.format(SWEEP_FROM));
		keys.put("to", Numbers.format(SWEEP_TO));
		keys.put("steps", Integer.toString(SWEEP_STEPS));
		keys.put("anchor", anchor.toString());
		return keys;
	}

	/** The title of the image a sweep's {@code slice:N} anchor refers to, or null when there is none. */
	public synchronized String sweepImageTitle() {
		ImagePlus source = sweepImage();
		return source == null ? null : source.getTitle();
	}

	/**
	 * A traversal grid around the current code: the active dimensions (all, if none is active) in KL order, {@value
	 * #GRID_STEPS} steps from {@code -3} to {@code 3}.
	 */
	public CompletableFuture<ImagePlus> grid() {
		float[] around = code();
		TraversalGrid grid = new TraversalGrid(DimensionSelection.activeOrAll(statistics()), GRID_STEPS, RANGE);
		String source = sourceName();
		return decoder.submit(() -> grid.render(model, around, source, calibration));
	}

	/** Stops the worker thread; the session can no longer render. */
	@Override
	public void close() {
		decoder.close();
		listeners.clear();
	}

	// -- Helpers --

	private ImagePlus render(float[] z) {
		float[] decoded = model.decode(new float[][] { z })[0];
		return images.create(previewTitle(), Collections.singletonList(decoded), Collections.singletonList(label(z)),
			model.normalisation(), model.geometry(), calibration);
	}

	/** A slice label listing the code, e.g. {@code z0=+1.20 z1=-0.30}. */
	public static String label(float[] z) {
		StringBuilder s = new StringBuilder();
		for (int d = 0; d < z.length; d++) {
			if (d > 0) s.append(' ');
			s.append(String.format(Locale.ROOT, "z%d=%+.2f", d, z[d]));
		}
		return s.toString();
	}

	private synchronized ImagePlus sweepImage() {
		return anchorImage != null ? anchorImage : openedWith;
	}

	private String sweepSourceName() {
		ImagePlus image = sweepImage();
		return image != null ? image.getTitle() : displayName(modelFile);
	}

	private Calibration sweepCalibration() {
		ImagePlus image = sweepImage();
		return image == null ? null : image.getCalibration();
	}

	private static String describe(Anchor anchor, ImagePlus image) {
		return anchor.needsImage() && image != null ? anchor + " of " + image.getTitle() : anchor.toString();
	}

	/** The model file's name without {@code .vae.zip}. */
	static String displayName(Path file) {
		String name = file.getFileName().toString();
		return name.endsWith(".vae.zip") ? name.substring(0, name.length() - 8) : name;
	}
}
