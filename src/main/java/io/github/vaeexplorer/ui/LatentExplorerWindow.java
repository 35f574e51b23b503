package io.github.vaeexplorer.ui;

import io.github.vaeexplorer.explore.Axes;
import io.github.vaeexplorer.explore.ColourColumn;
import io.github.vaeexplorer.explore.ExplorerSession;
import io.github.vaeexplorer.model.LatentStatistics;

import ij.ImageListener;
import ij.ImagePlus;
import ij.measure.ResultsTable;
import ij.plugin.filter.Analyzer;

import java.awt.BorderLayout;
import java.awt.Color;
import java.awt.FlowLayout;
import java.awt.Image;
import java.awt.event.WindowAdapter;
import java.awt.event.WindowEvent;
import java.awt.image.BufferedImage;
import java.util.Locale;
import java.util.Map;

import javax.swing.BorderFactory;
import javax.swing.BoxLayout;
import javax.swing.ImageIcon;
import javax.swing.JButton;
import javax.swing.JComboBox;
import javax.swing.JFrame;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JToggleButton;
import javax.swing.SwingUtilities;
import javax.swing.WindowConstants;

/**
 * {@code Latent Explorer...}: a scatter of every slice's code, linked both ways with its stack. Hover shows the
 * slice; a click shows it in the stack (so an Interactive Traversal anchored to that stack's slice, following its
 * slider, re-anchors there); the stack's slider highlights its point; a rectangle or lasso selects slices (a gallery
 * opens, the Results table gets a {@code selected} column, "Make substack" makes them a stack); a click on empty
 * space decodes that point. The window only listens to its {@link ExplorerSession}.
 *
 * @author VAE Explorer developers
 */
public final class LatentExplorerWindow {

	static final String PCA = "pca", UMAP = "umap", DIMS = "two dimensions", NONE = "(none)";
	private static final int THUMBNAIL = 112;

	private final ExplorerSession session;
	private final JFrame frame;
	private final ScatterPanel scatter;
	private final JComboBox<String> axesKind = new JComboBox<>(new String[] { PCA, UMAP, DIMS });
	private final JComboBox<String> dimX = new JComboBox<>(), dimY = new JComboBox<>();
	private final JComboBox<String> colourBy = new JComboBox<>();
	private final JLabel thumbnail = new JLabel();
	private final JLabel hoverText = new JLabel(" ");
	private final JLabel legend = new JLabel(" ");
	private final JLabel status = new JLabel(" ");
	private final JButton gallery = new JButton("Gallery"), substack = new JButton("Make substack"),
		clear = new JButton("Clear selection");
	private final JToggleButton lasso = new JToggleButton("Lasso");
	private final ImageListener follower = new Follower();
	private ImagePlus decoded, lastGallery;
	private boolean quiet;

	private LatentExplorerWindow(ExplorerSession session) {
		this.session = session;
		frame = new JFrame("Latent Explorer: " + session.source().getTitle() + " (" + session.modelFile()
			.getFileName() + ")");
		frame.setDefaultCloseOperation(WindowConstants.DISPOSE_ON_CLOSE);
		scatter = new ScatterPanel(session, new Gestures());
		JPanel content = new JPanel(new BorderLayout(4, 4));
		content.setBorder(BorderFactory.createEmptyBorder(6, 6, 6, 6));
		content.add(controls(), BorderLayout.NORTH);
		content.add(scatter, BorderLayout.CENTER);
		content.add(side(), BorderLayout.EAST);
		content.add(status, BorderLayout.SOUTH);
		frame.setContentPane(content);
		frame.pack();
		session.addListener(new SessionListener());
		ImagePlus.addImageListener(follower);
		frame.addWindowListener(new WindowAdapter() {

			@Override
			public void windowClosed(WindowEvent e) {
				ImagePlus.removeImageListener(follower);
			}
		});
		showAxes();
		showLegend();
		updateButtons();
	}

	/** Opens the window for a session; may be called from any thread. */
	public static LatentExplorerWindow open(ExplorerSession session) {
		LatentExplorerWindow[] window = new LatentExplorerWindow[1];
		TrainingMonitor.onEdtAndWait(() -> {
			window[0] = new LatentExplorerWindow(session);
			window[0].frame.setLocationByPlatform(true);
			window[0].frame.setVisible(true);
		});
		return window[0];
	}

	/** Closes the window. Any thread. */
	public void close() {
		SwingUtilities.invokeLater(frame::dispose);
	}

	public ExplorerSession session() { return session; }

	JFrame frame() { return frame; }

	ScatterPanel scatter() { return scatter; }

	/** The decoded image of the last click on empty space, or null. */
	ImagePlus decoded() { return decoded; }

	/** The gallery of the last selection, or null. */
	ImagePlus lastGallery() { return lastGallery; }

	JButton substackButton() { return substack; }

	// -- Layout --

	private JPanel controls() {
		JPanel rows = new JPanel();
		rows.setLayout(new BoxLayout(rows, BoxLayout.Y_AXIS));
		JPanel row = new JPanel(new FlowLayout(FlowLayout.LEFT, 4, 0));
		JPanel colourRow = new JPanel(new FlowLayout(FlowLayout.LEFT, 4, 0));
		rows.add(row);
		rows.add(colourRow);
		row.add(new JLabel("axes"));
		row.add(axesKind);
		row.add(dimX);
		row.add(dimY);
		LatentStatistics stats = session.model().statistics();
		int k = session.encoding().latent();
		int[] order = stats != null ? stats.rankedByKl() : identity(k);
		double[] kl = stats != null ? stats.klPerDim() : new double[k];
		for (int d : order) {
			String item = String.format(Locale.ROOT, "z%d (KL %.2f)", d, kl[d]);
			dimX.addItem(item);
			dimY.addItem(item);
		}
		if (order.length > 1) dimY.setSelectedIndex(1);
		colourRow.add(new JLabel("colour by"));
		colourRow.add(colourBy);
		colourBy.addItem(NONE);
		ColourColumn given = session.colourColumn();
		if (given != null) colourBy.addItem(given.name());
		ResultsTable results = session.results();
		for (String h : results.getHeadings()) {
			if (!h.equals(ExplorerSession.SELECTED) && (given == null || !h.equals(given.name()))) colourBy.addItem(h);
		}
		for (int d : order) colourBy.addItem("mu_" + d);
		if (given != null) colourBy.setSelectedItem(given.name());
		axesKind.addActionListener(e -> applyAxes());
		dimX.addActionListener(e -> applyAxes());
		dimY.addActionListener(e -> applyAxes());
		colourBy.addActionListener(e -> applyColours());
		return rows;
	}

	private JPanel side() {
		JPanel side = new JPanel();
		side.setLayout(new BoxLayout(side, BoxLayout.Y_AXIS));
		thumbnail.setPreferredSize(new java.awt.Dimension(THUMBNAIL, THUMBNAIL));
		thumbnail.setBorder(BorderFactory.createLineBorder(Color.LIGHT_GRAY));
		side.add(thumbnail);
		side.add(hoverText);
		side.add(legend);
		gallery.addActionListener(e -> showGallery());
		substack.addActionListener(e -> run(() -> session.substack().show()));
		clear.addActionListener(e -> session.select(new boolean[session.count()]));
		lasso.addActionListener(e -> scatter.setLassoMode(lasso.isSelected()));
		side.add(lasso);
		side.add(gallery);
		side.add(substack);
		side.add(clear);
		return side;
	}

	private static int[] identity(int k) {
		int[] order = new int[k];
		for (int d = 0; d < k; d++) order[d] = d;
		return order;
	}

	private int dimensionOf(JComboBox<String> box) {
		String item = (String) box.getSelectedItem();
		return Integer.parseInt(item.substring(1, item.indexOf(' ')));
	}

	// -- Actions --

	/** Shows the session's axes in the choosers. */
	private void showAxes() {
		quiet = true;
		Axes axes = session.embedding().axes();
		axesKind.setSelectedItem(axes.kind() == Axes.Kind.PCA ? PCA : axes.kind() == Axes.Kind.UMAP ? UMAP : DIMS);
		if (axes.kind() == Axes.Kind.DIMS) {
			selectDim(dimX, axes.first());
			selectDim(dimY, axes.second());
		}
		dimX.setEnabled(axes.kind() == Axes.Kind.DIMS);
		dimY.setEnabled(axes.kind() == Axes.Kind.DIMS);
		quiet = false;
		status.setText(session.count() + " slices; axes " + axes + "; a click on empty space decodes " + session
			.embedding().projection().inverseDescription());
	}

	private static void selectDim(JComboBox<String> box, int dim) {
		for (int i = 0; i < box.getItemCount(); i++) if (box.getItemAt(i).startsWith("z" + dim + " ")) box
			.setSelectedIndex(i);
	}

	private void applyAxes() {
		if (quiet) return;
		String kind = (String) axesKind.getSelectedItem();
		Axes axes = PCA.equals(kind) ? Axes.parse("pca") : UMAP.equals(kind) ? Axes.parse("umap") : Axes.dims(
			dimensionOf(dimX), dimensionOf(dimY));
		status.setText("fitting " + axes + "...");
		axesKind.setEnabled(false);
		Thread worker = new Thread(() -> {
			try {
				session.setAxes(axes);
			}
			catch (RuntimeException e) {
				SwingUtilities.invokeLater(() -> status.setText(e.getMessage()));
			}
			finally {
				SwingUtilities.invokeLater(() -> axesKind.setEnabled(true));
			}
		}, "VAE Explorer latent map");
		worker.setDaemon(true);
		worker.start();
	}

	private void applyColours() {
		String column = (String) colourBy.getSelectedItem();
		run(() -> {
			if (column == null || NONE.equals(column)) session.setColours(null);
			else if (column.startsWith("mu_") && !session.results().columnExists(column)) session.setColours(session
				.dimensionColours(Integer.parseInt(column.substring(3))));
			else if (session.colourColumn() != null && column.equals(session.colourColumn().name())) session
				.setColours(session.colourColumn());
			else session.setColours(ColourColumn.of(session.results(), column, "the Results table", session.count()));
		});
	}

	private void showLegend() {
		ColourColumn c = session.colourColumn();
		if (c == null) {
			legend.setText(" ");
			return;
		}
		StringBuilder html = new StringBuilder("<html>");
		int shown = 0;
		for (Map.Entry<String, Integer> e : c.legend().entrySet()) {
			if (shown++ == 14) {
				html.append("...<br>");
				break;
			}
			html.append(String.format(Locale.ROOT, "<font color='#%06x'>&#9632;</font> %s<br>", e.getValue(), e
				.getKey()));
		}
		legend.setText(html.append("</html>").toString());
	}

	private void showGallery() {
		run(() -> {
			lastGallery = session.gallery();
			lastGallery.show();
		});
	}

	private void updateButtons() {
		boolean any = session.selectedSlices().length > 0;
		gallery.setEnabled(any);
		substack.setEnabled(any);
		clear.setEnabled(any);
	}

	private void run(Runnable action) {
		try {
			action.run();
		}
		catch (RuntimeException e) {
			status.setText(e.getMessage() == null ? e.toString() : e.getMessage());
		}
	}

	private void showResults() {
		ResultsTable table = session.results();
		Analyzer.setResultsTable(table);
		table.show("Results");
	}

	private void showHover(int slice) {
		if (slice < 0) {
			hoverText.setText(" ");
			return;
		}
		float[] sample = session.encoding().samples().samples().sample(slice);
		int channels = session.encoding().samples().samples().channels();
		int size = session.encoding().samples().samples().size();
		BufferedImage small = Thumbnails.of(sample, channels, size);
		thumbnail.setIcon(new ImageIcon(small.getScaledInstance(THUMBNAIL, THUMBNAIL, Image.SCALE_FAST)));
		ColourColumn c = session.colourColumn();
		hoverText.setText("slice " + (slice + 1) + (c == null ? "" : ", " + c.name() + "=" + c.text(slice)));
	}

	private void showDecoded(double x, double y) {
		run(() -> {
			ImagePlus image = session.decode(x, y);
			if (decoded == null || decoded.getWindow() == null || decoded.getWindow().isClosed()) {
				decoded = image;
				decoded.show();
			}
			else {
				decoded.setStack(image.getStack());
				decoded.setTitle(image.getTitle());
			}
			status.setText(image.getTitle() + ": " + image.getStack().getSliceLabel(1));
		});
	}

	// -- Listeners --

	private final class Gestures implements ScatterPanel.Actions {

		@Override
		public void hovered(int slice) {
			showHover(slice);
		}

		@Override
		public void clickedPoint(int slice) {
			run(() -> session.showSlice(slice));
			showHover(slice);
		}

		@Override
		public void clickedEmpty(double x, double y) {
			showDecoded(x, y);
		}

		@Override
		public void selectedRectangle(double x0, double y0, double x1, double y1) {
			session.selectRectangle(x0, y0, x1, y1);
			afterSelection();
		}

		@Override
		public void selectedPolygon(double[] xs, double[] ys) {
			session.selectPolygon(xs, ys);
			afterSelection();
		}

		private void afterSelection() {
			showResults();
			if (session.selectedSlices().length > 0) showGallery();
			else status.setText("nothing selected");
		}
	}

	private final class SessionListener implements ExplorerSession.Listener {

		@Override
		public void mapChanged() {
			SwingUtilities.invokeLater(() -> {
				showAxes();
				showLegend();
				scatter.refit();
			});
		}

		@Override
		public void selectionChanged() {
			SwingUtilities.invokeLater(() -> {
				updateButtons();
				status.setText(session.selectedSlices().length + " of " + session.count() + " slices selected");
				scatter.repaint();
			});
		}

		@Override
		public void currentChanged(int slice) {
			SwingUtilities.invokeLater(scatter::repaint);
		}
	}

	/** Highlights the point of the slice the stack shows when its slider moves. */
	private final class Follower implements ImageListener {

		@Override
		public void imageOpened(ImagePlus imp) {}

		@Override
		public void imageClosed(ImagePlus imp) {}

		@Override
		public void imageUpdated(ImagePlus imp) {
			if (imp == session.source()) SwingUtilities.invokeLater(session::sourceMoved);
		}
	}
}
