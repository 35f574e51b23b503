package io.github.vaeexplorer.ui;

import io.github.vaeexplorer.explore.ExplorerSession;
import io.github.vaeexplorer.explore.ScatterRaster;
import io.github.vaeexplorer.explore.ScatterView;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Dimension;
import java.awt.Graphics;
import java.awt.Graphics2D;
import java.awt.Point;
import java.awt.event.MouseAdapter;
import java.awt.event.MouseEvent;
import java.awt.event.MouseWheelEvent;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.util.ArrayList;
import java.util.List;

import javax.swing.JComponent;
import javax.swing.SwingUtilities;

/**
 * The Latent Explorer's scatter: the session's points drawn by {@link ScatterRaster} into the {@code int[]} of a
 * {@code TYPE_INT_RGB} image, so 100,000 points redraw, pan and zoom smoothly. Hover reports the nearest point; a
 * click on a point or on empty space, and a rectangle or lasso (shift-drag, or lasso mode) dragged with the left
 * button, go to the {@link Actions}; the right or middle button pans, the wheel zooms.
 *
 * @author VAE Explorer developers
 */
final class ScatterPanel extends JComponent {

	/** What the panel's gestures ask for. */
	interface Actions {

		void hovered(int slice);

		void clickedPoint(int slice);

		void clickedEmpty(double x, double y);

		void selectedRectangle(double x0, double y0, double x1, double y1);

		void selectedPolygon(double[] xs, double[] ys);
	}

	/** How near (pixels) the pointer must be to a point to hit it. */
	static final int HIT_PIXELS = 6;
	private static final int DRAG_PIXELS = 4;

	private final ExplorerSession session;
	private final Actions actions;
	private final ScatterView view = new ScatterView(1, 1);
	private final ScatterRaster raster = new ScatterRaster(1, 1);
	private BufferedImage image;
	private boolean fitted, lassoMode;
	private Point pressed, dragged;
	private final List<Point> lasso = new ArrayList<>();
	private boolean lassoing, panning;

	ScatterPanel(ExplorerSession session, Actions actions) {
		this.session = session;
		this.actions = actions;
		setPreferredSize(new Dimension(640, 520));
		setOpaque(true);
		MouseAdapter mouse = new Mouse();
		addMouseListener(mouse);
		addMouseMotionListener(mouse);
		addMouseWheelListener(mouse);
	}

	/** The view (for tests and the benchmark). */
	ScatterView view() { return view; }

	void setLassoMode(boolean on) { lassoMode = on; }

	/** Refits the view to the points (after new axes). */
	void refit() {
		fitted = false;
		repaint();
	}

	/** The pixel of point {@code slice} in the panel's coordinates. */
	Point pixelOf(int slice) {
		ensureView();
		return new Point((int) Math.floor(view.toPixelX(session.xs()[slice])), (int) Math.floor(view.toPixelY(session
			.ys()[slice])));
	}

	private void ensureView() {
		view.resize(Math.max(1, getWidth()), Math.max(1, getHeight()));
		if (!fitted) {
			view.fit(session.embedding().projection().points());
			fitted = true;
		}
	}

	/** Draws the points into the raster and copies it into the image (what one frame costs). */
	BufferedImage render() {
		int w = Math.max(1, getWidth()), h = Math.max(1, getHeight());
		ensureView();
		raster.resize(w, h);
		if (image == null || image.getWidth() != w || image.getHeight() != h) image = new BufferedImage(w, h,
			BufferedImage.TYPE_INT_RGB);
		int radius = session.count() > 20000 ? 1 : session.count() > 2000 ? 2 : 3;
		raster.draw(view, session.xs(), session.ys(), session.pointColours(), session.selected(), session.current(),
			radius);
		int[] target = ((DataBufferInt) image.getRaster().getDataBuffer()).getData();
		System.arraycopy(raster.pixels(), 0, target, 0, target.length);
		return image;
	}

	@Override
	protected void paintComponent(Graphics g) {
		g.drawImage(render(), 0, 0, null);
		Graphics2D g2 = (Graphics2D) g;
		g2.setColor(Color.DARK_GRAY);
		g2.setStroke(new BasicStroke(1f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] { 4f, 3f },
			0f));
		if (pressed != null && dragged != null && !lassoing && !panning) {
			g2.drawRect(Math.min(pressed.x, dragged.x), Math.min(pressed.y, dragged.y), Math.abs(dragged.x - pressed.x),
				Math.abs(dragged.y - pressed.y));
		}
		if (lassoing && lasso.size() > 1) {
			Path2D path = new Path2D.Double();
			path.moveTo(lasso.get(0).x, lasso.get(0).y);
			for (Point p : lasso) path.lineTo(p.x, p.y);
			g2.draw(path);
		}
	}

	private int hit(Point p) {
		ensureView();
		return session.nearest(view.toDataX(p.x), view.toDataY(p.y), HIT_PIXELS / view.scale());
	}

	private final class Mouse extends MouseAdapter {

		@Override
		public void mouseMoved(MouseEvent e) {
			actions.hovered(hit(e.getPoint()));
		}

		@Override
		public void mousePressed(MouseEvent e) {
			pressed = e.getPoint();
			dragged = null;
			panning = !SwingUtilities.isLeftMouseButton(e);
			lassoing = !panning && (lassoMode || e.isShiftDown());
			lasso.clear();
			if (lassoing) lasso.add(pressed);
		}

		@Override
		public void mouseDragged(MouseEvent e) {
			if (pressed == null) return;
			if (panning) {
				Point from = dragged == null ? pressed : dragged;
				view.pan(e.getX() - from.x, e.getY() - from.y);
			}
			dragged = e.getPoint();
			if (lassoing) lasso.add(dragged);
			repaint();
		}

		@Override
		public void mouseReleased(MouseEvent e) {
			Point start = pressed;
			pressed = null;
			if (start == null || panning) {
				panning = false;
				dragged = null;
				return;
			}
			boolean moved = dragged != null && start.distance(e.getPoint()) >= DRAG_PIXELS;
			dragged = null;
			if (!moved && !(lassoing && lasso.size() > 2)) {
				lassoing = false;
				int slice = hit(start);
				if (slice >= 0) actions.clickedPoint(slice);
				else actions.clickedEmpty(view.toDataX(start.x), view.toDataY(start.y));
			}
			else if (lassoing) {
				lasso.add(e.getPoint());
				double[] xs = new double[lasso.size()], ys = new double[lasso.size()];
				for (int i = 0; i < xs.length; i++) {
					xs[i] = view.toDataX(lasso.get(i).x);
					ys[i] = view.toDataY(lasso.get(i).y);
				}
				lassoing = false;
				lasso.clear();
				actions.selectedPolygon(xs, ys);
			}
			else {
				actions.selectedRectangle(view.toDataX(start.x), view.toDataY(start.y), view.toDataX(e.getX()), view
					.toDataY(e.getY()));
			}
			repaint();
		}

		@Override
		public void mouseWheelMoved(MouseWheelEvent e) {
			view.zoom(Math.pow(1.15, -e.getPreciseWheelRotation()), e.getX(), e.getY());
			repaint();
		}
	}
}
