package io.github.vaeexplorer.ui;

import io.github.vaeexplorer.command.LatentSweepCommand;
import io.github.vaeexplorer.command.MacroLines;
import io.github.vaeexplorer.latent.Anchor;
import io.github.vaeexplorer.latent.LiveDecoder;
import io.github.vaeexplorer.latent.TraversalSession;
import io.github.vaeexplorer.model.LatentStatistics;

import ij.ImageListener;
import ij.ImagePlus;
import ij.WindowManager;
import ij.measure.ResultsTable;
import ij.plugin.frame.Recorder;

import java.awt.BorderLayout;
import java.awt.Color;
import java.awt.FlowLayout;
import java.awt.event.FocusAdapter;
import java.awt.event.FocusEvent;
import java.awt.event.WindowAdapter;
import java.awt.event.WindowEvent;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import javax.swing.BorderFactory;
import javax.swing.BoxLayout;
import javax.swing.JButton;
import javax.swing.JCheckBox;
import javax.swing.JComboBox;
import javax.swing.JFrame;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JSpinner;
import javax.swing.JToggleButton;
import javax.swing.SpinnerNumberModel;
import javax.swing.SwingUtilities;
import javax.swing.WindowConstants;
import javax.swing.event.PopupMenuEvent;
import javax.swing.event.PopupMenuListener;

/**
 * {@code Interactive Traversal...}: a non-modal window with one slider per latent dimension (largest KL first;
 * collapsed dimensions greyed and folded away), the anchor (zero, mean, a slice of an open image that can follow
 * that image's slider, or a seeded random draw), and Reset, Random, "Sweep this dimension", Grid and "Copy z". A
 * live {@link PreviewWindow} shows the decoded code while a slider moves. The window only listens to its {@link
 * TraversalSession}, which decodes on its own worker thread, so the Swing thread never waits for the network.
 * Closing the window stops that thread.
 *
 * @author VAE Explorer developers
 */
public final class TraversalDialog {

	static final String ZERO = "zero", MEAN = "mean", SLICE = "slice of image", RANDOM = "random";

	private final TraversalSession session;
	private final JFrame frame;
	private final Map<Integer, DimensionRow> rows = new LinkedHashMap<>();
	private final PreviewWindow preview = new PreviewWindow();
	private final JComboBox<String> anchorKind = new JComboBox<>(new String[] { ZERO, MEAN, SLICE, RANDOM });
	private final JComboBox<ImageItem> images = new JComboBox<>();
	private final JCheckBox follow = new JCheckBox("follow its slider", true);
	private final JSpinner seed = new JSpinner(new SpinnerNumberModel(1, 0, Integer.MAX_VALUE, 1));
	private final JLabel anchorLabel = new JLabel();
	private final JLabel status = new JLabel(" ");
	private final JToggleButton showCollapsed = new JToggleButton();
	private final JPanel collapsedPanel = new JPanel();
	private final Map<String, JButton> buttons = new LinkedHashMap<>();
	private final ImageListener follower = new Follower();
	private boolean quietAnchorUi, cleanedUp;
	private int selectedDim = -1, followedSample = -1;

	private TraversalDialog(TraversalSession session) {
		this.session = session;
		frame = new JFrame("Interactive Traversal: " + session.modelFile().getFileName());
		frame.setDefaultCloseOperation(WindowConstants.DISPOSE_ON_CLOSE);
		frame.addWindowListener(new WindowAdapter() {

			@Override
			public void windowClosed(WindowEvent e) {
				cleanUp();
			}
		});
		JPanel content = new JPanel(new BorderLayout(0, 4));
		content.setBorder(BorderFactory.createEmptyBorder(6, 6, 6, 6));
		content.add(anchorPanel(), BorderLayout.NORTH);
		content.add(new JScrollPane(sliderPanel()), BorderLayout.CENTER);
		content.add(buttonPanel(), BorderLayout.SOUTH);
		float[] code = session.code();
		for (DimensionRow row : rows.values()) row.setQuietly(code[row.dim()]);
		anchorLabel.setText("anchor: " + session.anchorDescription());
		frame.setContentPane(content);
		frame.pack();
		session.addListener(new SessionListener());
		ImagePlus.addImageListener(follower);
	}

	/**
	 * Opens the window for a session and renders its first frame; may be called from any thread.
	 */
	public static TraversalDialog open(TraversalSession session) {
		TraversalDialog[] dialog = new TraversalDialog[1];
		TrainingMonitor.onEdtAndWait(() -> {
			dialog[0] = new TraversalDialog(session);
			dialog[0].frame.setLocationByPlatform(true);
			dialog[0].frame.setVisible(true);
			session.refresh();
		});
		return dialog[0];
	}

	/** Closes the window (and so stops the session's worker). Any thread. */
	public void close() {
		SwingUtilities.invokeLater(frame::dispose);
	}

	public TraversalSession session() { return session; }

	JFrame frame() { return frame; }

	PreviewWindow preview() { return preview; }

	DimensionRow row(int dim) { return rows.get(dim); }

	JButton button(String name) { return buttons.get(name); }

	JToggleButton collapsedToggle() { return showCollapsed; }

	JPanel collapsedPanel() { return collapsedPanel; }

	JComboBox<String> anchorKind() { return anchorKind; }

	JComboBox<ImageItem> imageChooser() { return images; }

	JCheckBox followBox() { return follow; }

	JLabel statusLabel() { return status; }

	int selectedDim() { return selectedDim; }

	void setPaintListener(PreviewWindow.PaintListener listener) {
		preview.setPaintListener(listener);
	}

	// -- Layout --

	private JPanel anchorPanel() {
		refreshImages();
		ImagePlus initial = session.anchorImage() != null ? session.anchorImage() : session.image();
		if (initial != null) selectImage(initial);
		Anchor anchor = session.anchor();
		anchorKind.setSelectedItem(anchor == null ? RANDOM : anchor.kind() == Anchor.Kind.SLICE ? SLICE
			: anchor.toString());
		anchorKind.setName("anchor");
		anchorKind.addActionListener(e -> {
			if (!quietAnchorUi) anchorChanged();
		});
		images.setName("image");
		images.addActionListener(e -> {
			if (!quietAnchorUi && SLICE.equals(anchorKind.getSelectedItem())) applySliceAnchor(true);
		});
		images.addPopupMenuListener(new PopupMenuListener() {

			@Override
			public void popupMenuWillBecomeVisible(PopupMenuEvent e) {
				refreshImages();
			}

			@Override
			public void popupMenuWillBecomeInvisible(PopupMenuEvent e) {}

			@Override
			public void popupMenuCanceled(PopupMenuEvent e) {}
		});
		follow.setName("follow");
		follow.setToolTipText("With the slice anchor: re-anchor whenever that image shows another slice");
		seed.setName("seed");
		((JSpinner.DefaultEditor) seed.getEditor()).getTextField().setColumns(4);
		seed.setToolTipText("Seed of the random anchors: the same seed gives the same sequence of draws");
		seed.addChangeListener(e -> session.setSeed(((Number) seed.getValue()).longValue()));

		JPanel panel = new JPanel();
		panel.setLayout(new BoxLayout(panel, BoxLayout.Y_AXIS));
		JPanel line = new JPanel(new FlowLayout(FlowLayout.LEFT, 4, 0));
		line.add(new JLabel("Anchor"));
		line.add(anchorKind);
		line.add(images);
		line.add(follow);
		panel.add(line);
		JPanel second = new JPanel(new FlowLayout(FlowLayout.LEFT, 4, 0));
		second.add(anchorLabel);
		panel.add(second);
		return panel;
	}

	private JPanel sliderPanel() {
		LatentStatistics stats = session.statistics();
		double[] kl = stats.klPerDim();
		JPanel active = new JPanel();
		active.setLayout(new BoxLayout(active, BoxLayout.Y_AXIS));
		collapsedPanel.setLayout(new BoxLayout(collapsedPanel, BoxLayout.Y_AXIS));
		int collapsed = 0;
		for (int d : stats.rankedByKl()) {
			int dim = d;
			DimensionRow row = new DimensionRow(dim, kl[dim], stats.isActive(dim), TraversalSession.RANGE, z -> {
				select(dim);
				session.setValue(dim, z);
			});
			row.slider().addFocusListener(new FocusAdapter() {

				@Override
				public void focusGained(FocusEvent e) {
					select(dim);
				}
			});
			rows.put(dim, row);
			if (stats.isActive(dim)) active.add(row);
			else {
				collapsedPanel.add(row);
				collapsed++;
			}
		}
		if (selectedDim < 0 && !rows.isEmpty()) select(rows.keySet().iterator().next());
		JPanel panel = new JPanel(new BorderLayout());
		panel.add(active, BorderLayout.NORTH);
		JPanel folded = new JPanel(new BorderLayout());
		if (collapsed > 0) {
			int n = collapsed;
			showCollapsed.setName("show-collapsed");
			showCollapsed.setText("Show " + n + " collapsed dimension" + (n == 1 ? "" : "s"));
			showCollapsed.addActionListener(e -> {
				collapsedPanel.setVisible(showCollapsed.isSelected());
				showCollapsed.setText((showCollapsed.isSelected() ? "Hide " : "Show ") + n + " collapsed dimension" +
					(n == 1 ? "" : "s"));
				frame.pack();
			});
			collapsedPanel.setVisible(false);
			JPanel toggle = new JPanel(new FlowLayout(FlowLayout.LEFT, 4, 2));
			toggle.add(showCollapsed);
			folded.add(toggle, BorderLayout.NORTH);
			folded.add(collapsedPanel, BorderLayout.CENTER);
		}
		if (collapsed == rows.size()) {
			JLabel none = new JLabel("No dimension is active: every one has collapsed onto the prior.");
			none.setForeground(Color.GRAY);
			panel.add(none, BorderLayout.CENTER);
		}
		panel.add(folded, BorderLayout.SOUTH);
		return panel;
	}

	private JPanel buttonPanel() {
		addButton("reset", "Reset", "Put every dimension back at the anchor", e -> session.reset());
		addButton("random", "Random", "Anchor on a draw from the prior N(0, I) (seeded)", e -> randomAnchor());
		addButton("sweep", "Sweep this dimension", "The stack Latent Sweep... makes for the selected dimension " +
			"around the anchor (recorded as a macro line)", e -> sweep());
		addButton("grid", "Grid", "A traversal grid of the active dimensions around the current code", e -> grid());
		addButton("copy", "Copy z", "Add the current code to the Results table", e -> copyZ());
		JPanel panel = new JPanel(new BorderLayout());
		JPanel row = new JPanel(new FlowLayout(FlowLayout.LEFT, 4, 2));
		for (JButton b : buttons.values()) {
			row.add(b);
			if (b.getName().equals("random")) {
				row.add(new JLabel("seed"));
				row.add(seed);
			}
		}
		panel.add(row, BorderLayout.NORTH);
		status.setName("status");
		panel.add(status, BorderLayout.SOUTH);
		return panel;
	}

	private void addButton(String name, String text, String tip, java.awt.event.ActionListener action) {
		JButton b = new JButton(text);
		b.setName(name);
		b.setToolTipText(tip);
		b.addActionListener(action);
		buttons.put(name, b);
	}

	// -- Actions (Swing thread) --

	private void select(int dim) {
		if (dim == selectedDim) return;
		if (selectedDim >= 0 && rows.containsKey(selectedDim)) rows.get(selectedDim).setSelected(false);
		selectedDim = dim;
		DimensionRow row = rows.get(dim);
		if (row != null) row.setSelected(true);
	}

	private void anchorChanged() {
		Object kind = anchorKind.getSelectedItem();
		if (RANDOM.equals(kind)) randomAnchor();
		else if (SLICE.equals(kind)) applySliceAnchor(true);
		else whenDone(session.setAnchor(Anchor.parse(kind.toString()), null), null);
	}

	private void randomAnchor() {
		session.randomAnchor();
		setAnchorKindQuietly(RANDOM);
	}

	private void applySliceAnchor(boolean explicit) {
		ImageItem item = (ImageItem) images.getSelectedItem();
		if (item == null) {
			if (explicit) showStatus("Open an image to anchor on one of its slices.", true);
			return;
		}
		int sample = currentSample(item.image);
		followedSample = sample;
		whenDone(session.setAnchor(Anchor.parse("slice:" + sample), item.image), null);
	}

	private void sweep() {
		int dim = selectedDim;
		String macro = sweepMacro(session, dim);
		whenDone(session.sweep(dim), image -> {
			image.show();
			if (macro != null) Recorder.recordString(macro);
			showStatus(macro == null ? "Swept z" + dim + "; a random anchor has no macro equivalent, so nothing " +
				"was recorded." : "Swept z" + dim + " around the " + session.anchorDescription() + " anchor.", false);
		});
	}

	/** The macro lines that make the sweep of {@code dim} again, or null for a random anchor. */
	static String sweepMacro(TraversalSession session, int dim) {
		Map<String, String> keys = session.sweepKeys(dim);
		if (keys == null) return null;
		String image = session.sweepImageTitle();
		return (image == null ? "" : MacroLines.selectImage(image)) + MacroLines.run(LatentSweepCommand.class, keys);
	}

	private void grid() {
		whenDone(session.grid(), image -> {
			image.show();
			showStatus("Traversal grid of " + image.getStackSize() + " tiles.", false);
		});
	}

	private void copyZ() {
		float[] code = session.code();
		ResultsTable table = ResultsTable.getResultsTable();
		if (table == null) table = new ResultsTable();
		table.incrementCounter();
		table.addValue("anchor", session.anchorDescription());
		for (int d = 0; d < code.length; d++) table.addValue("z" + d, code[d]);
		table.show("Results");
		showStatus("Added the code to the Results table (row " + table.size() + ").", false);
	}

	private <T> void whenDone(CompletableFuture<T> future, java.util.function.Consumer<T> onSuccess) {
		future.whenComplete((value, error) -> SwingUtilities.invokeLater(() -> {
			if (error != null) {
				Throwable cause = error instanceof CompletionException && error.getCause() != null ? error.getCause()
					: error;
				showStatus(cause.getMessage() == null ? cause.toString() : cause.getMessage(), true);
			}
			else if (onSuccess != null && value != null) onSuccess.accept(value);
		}));
	}

	private void showStatus(String text, boolean error) {
		status.setForeground(error ? new Color(0xb00020) : Color.DARK_GRAY);
		status.setText(text);
	}

	private void setAnchorKindQuietly(String kind) {
		quietAnchorUi = true;
		try {
			anchorKind.setSelectedItem(kind);
		}
		finally {
			quietAnchorUi = false;
		}
	}

	// -- Open images --

	/** An open image in the chooser. */
	static final class ImageItem {

		final ImagePlus image;

		ImageItem(ImagePlus image) {
			this.image = image;
		}

		@Override
		public String toString() {
			return image.getTitle();
		}
	}

	private void refreshImages() {
		ImageItem selected = (ImageItem) images.getSelectedItem();
		quietAnchorUi = true;
		try {
			images.removeAllItems();
			int[] ids = WindowManager.getIDList();
			if (ids != null) {
				for (int id : ids) {
					ImagePlus imp = WindowManager.getImage(id);
					if (imp != null && !PreviewWindow.isPreview(imp)) images.addItem(new ImageItem(imp));
				}
			}
			ImagePlus own = session.image();
			if (own != null && !contains(own) && !PreviewWindow.isPreview(own)) images.addItem(new ImageItem(own));
			if (selected != null) selectImage(selected.image);
		}
		finally {
			quietAnchorUi = false;
		}
	}

	private boolean contains(ImagePlus imp) {
		for (int i = 0; i < images.getItemCount(); i++) {
			if (images.getItemAt(i).image == imp) return true;
		}
		return false;
	}

	private void selectImage(ImagePlus imp) {
		for (int i = 0; i < images.getItemCount(); i++) {
			if (images.getItemAt(i).image == imp) {
				boolean wasQuiet = quietAnchorUi;
				quietAnchorUi = true;
				images.setSelectedIndex(i);
				quietAnchorUi = wasQuiet;
				return;
			}
		}
	}

	/** The 1-based sample (z, t plane) an image shows, as {@code slice:N} counts them. */
	static int currentSample(ImagePlus imp) {
		int[] czt = imp.convertIndexToPosition(imp.getCurrentSlice());
		return (czt[2] - 1) * imp.getNSlices() + czt[1];
	}

	/** Re-anchors when the followed image shows another slice; updates the image list. */
	private final class Follower implements ImageListener {

		@Override
		public void imageOpened(ImagePlus imp) {
			SwingUtilities.invokeLater(TraversalDialog.this::refreshImages);
		}

		@Override
		public void imageClosed(ImagePlus imp) {
			SwingUtilities.invokeLater(TraversalDialog.this::refreshImages);
		}

		@Override
		public void imageUpdated(ImagePlus imp) {
			if (PreviewWindow.isPreview(imp)) return;
			SwingUtilities.invokeLater(() -> {
				ImageItem item = (ImageItem) images.getSelectedItem();
				if (cleanedUp || item == null || item.image != imp || !follow.isSelected() || !SLICE.equals(anchorKind
					.getSelectedItem())) return;
				if (currentSample(imp) != followedSample) applySliceAnchor(false);
			});
		}
	}

	// -- Session events --

	private final class SessionListener implements TraversalSession.Listener {

		@Override
		public void codeReplaced(float[] code, String anchorDescription) {
			SwingUtilities.invokeLater(() -> {
				for (DimensionRow row : rows.values()) row.setQuietly(code[row.dim()]);
				anchorLabel.setText("anchor: " + anchorDescription);
			});
		}

		@Override
		public void frameRendered(LiveDecoder.Frame frame) {
			SwingUtilities.invokeLater(() -> {
				if (cleanedUp) return;
				preview.show(frame);
				showStatus(String.format(Locale.ROOT, "z%d selected; decoded in %.0f ms", selectedDim, (frame
					.renderedAt() - frame.requestedAt()) / 1e6), false);
			});
		}

		@Override
		public void failed(String message) {
			SwingUtilities.invokeLater(() -> showStatus(message, true));
		}
	}

	private void cleanUp() {
		if (cleanedUp) return;
		cleanedUp = true;
		ImagePlus.removeImageListener(follower);
		session.close();
	}
}
