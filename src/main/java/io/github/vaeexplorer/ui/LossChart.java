package io.github.vaeexplorer.ui;

import io.github.vaeexplorer.history.EpochRecord;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Dimension;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Stroke;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;

import javax.swing.JPanel;

/**
 * The losses per epoch on a logarithmic axis (reconstruction and KL differ by orders of magnitude): total,
 * reconstruction, KL and validation. The epoch axis runs a quarter beyond the last epoch shown (up to the run's
 * last), so that a long run is readable from its first epochs. Painted by hand; EDT only.
 *
 * @author VAE Explorer developers
 */
final class LossChart extends JPanel {

	private static final long serialVersionUID = 1L;

	/** One line of the chart. */
	private static final class Series {

		final String name;
		final Color color;
		final boolean dashed;
		final ToDoubleFunction<EpochRecord> value;

		Series(String name, Color color, boolean dashed, ToDoubleFunction<EpochRecord> value) {
			this.name = name;
			this.color = color;
			this.dashed = dashed;
			this.value = value;
		}
	}

	private static final Series[] SERIES = {
		new Series("total", Color.BLACK, false, EpochRecord::loss),
		new Series("reconstruction", new Color(0x1f77b4), false, EpochRecord::reconstruction),
		new Series("KL", new Color(0xd62728), false, EpochRecord::kl),
		new Series("validation", new Color(0x2ca02c), true, EpochRecord::validationLoss) };

	private static final int LEFT = 56, RIGHT = 12, TOP = 12, BOTTOM = 34;

	private final List<EpochRecord> records = new ArrayList<>();
	private int firstEpoch = 1, lastEpoch = 1;

	LossChart() {
		setPreferredSize(new Dimension(460, 240));
		setBackground(Color.WHITE);
	}

	/** The epochs this run will cover. */
	void setEpochs(int first, int last) {
		firstEpoch = first;
		lastEpoch = Math.max(first, last);
		repaint();
	}

	void add(EpochRecord record) {
		records.add(record);
		repaint();
	}

	int epochsShown() {
		return records.size();
	}

	@Override
	protected void paintComponent(Graphics graphics) {
		super.paintComponent(graphics);
		Graphics2D g = (Graphics2D) graphics.create();
		g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
		g.setFont(getFont().deriveFont(Font.PLAIN, 11f));
		int w = getWidth() - LEFT - RIGHT, h = getHeight() - TOP - BOTTOM;
		double[] range = logRange();
		// Axes and ticks.
		g.setColor(Color.GRAY);
		g.drawRect(LEFT, TOP, w, h);
		FontMetrics fm = g.getFontMetrics();
		for (double tick : ticks(range)) {
			int y = y(Math.log10(tick), range, h);
			g.setColor(new Color(0xeeeeee));
			g.drawLine(LEFT + 1, y, LEFT + w - 1, y);
			g.setColor(Color.DARK_GRAY);
			String text = format(tick);
			g.drawString(text, LEFT - 4 - fm.stringWidth(text), y + fm.getAscent() / 2 - 1);
		}
		int span = axisEnd() - firstEpoch;
		int step = Math.max(1, (int) Math.ceil(span / 8.0));
		for (int e = firstEpoch; e <= axisEnd(); e += step) {
			int x = x(e, w);
			g.drawLine(x, TOP + h, x, TOP + h + 3);
			String text = Integer.toString(e);
			g.drawString(text, x - fm.stringWidth(text) / 2, TOP + h + 4 + fm.getAscent());
		}
		String axis = "epoch";
		g.drawString(axis, LEFT + w / 2 - fm.stringWidth(axis) / 2, getHeight() - 3);
		// Lines.
		for (Series s : SERIES) {
			g.setColor(s.color);
			Stroke stroke = s.dashed ? new BasicStroke(1.6f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 1f,
				new float[] { 5f, 4f }, 0f) : new BasicStroke(1.6f);
			g.setStroke(stroke);
			int px = -1, py = -1;
			for (EpochRecord r : records) {
				double v = s.value.applyAsDouble(r);
				if (!(v > 0) || Double.isInfinite(v)) {
					px = -1;
					continue;
				}
				int x = x(r.epoch(), w), y = y(Math.log10(v), range, h);
				if (px >= 0) g.drawLine(px, py, x, y);
				if (records.size() == 1 || px < 0) g.fillOval(x - 2, y - 2, 5, 5);
				px = x;
				py = y;
			}
		}
		paintLegend(g, w);
		g.dispose();
	}

	private void paintLegend(Graphics2D g, int w) {
		FontMetrics fm = g.getFontMetrics();
		int x = LEFT + w - 8, y = TOP + 6;
		int width = 0;
		for (Series s : SERIES) width = Math.max(width, fm.stringWidth(s.name));
		x -= width + 26;
		g.setColor(new Color(255, 255, 255, 220));
		g.fillRect(x - 4, y - 2, width + 30, SERIES.length * (fm.getHeight()) + 4);
		for (Series s : SERIES) {
			int cy = y + fm.getHeight() / 2;
			g.setColor(s.color);
			g.setStroke(s.dashed ? new BasicStroke(1.6f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 1f,
				new float[] { 4f, 3f }, 0f) : new BasicStroke(1.6f));
			g.drawLine(x, cy, x + 18, cy);
			g.setColor(Color.DARK_GRAY);
			g.drawString(s.name, x + 24, y + fm.getAscent());
			y += fm.getHeight();
		}
	}

	/** The last epoch on the axis. */
	private int axisEnd() {
		int latest = records.isEmpty() ? firstEpoch : records.get(records.size() - 1).epoch();
		int ahead = Math.max(firstEpoch + 4, latest + Math.max(1, (latest - firstEpoch) / 4));
		return Math.min(lastEpoch, ahead);
	}

	private int x(int epoch, int w) {
		int span = Math.max(1, axisEnd() - firstEpoch);
		return LEFT + (int) Math.round((epoch - firstEpoch) * (double) w / span);
	}

	private static int y(double log, double[] range, int h) {
		return TOP + (int) Math.round((range[1] - log) / (range[1] - range[0]) * h);
	}

	/** log10 of the smallest and largest positive value, widened to at least one decade. */
	private double[] logRange() {
		double lo = Double.POSITIVE_INFINITY, hi = Double.NEGATIVE_INFINITY;
		for (EpochRecord r : records) {
			for (Series s : SERIES) {
				double v = s.value.applyAsDouble(r);
				if (v > 0 && !Double.isInfinite(v)) {
					lo = Math.min(lo, Math.log10(v));
					hi = Math.max(hi, Math.log10(v));
				}
			}
		}
		if (lo > hi) return new double[] { 0, 3 };
		double mid = (lo + hi) / 2;
		if (hi - lo < 1) {
			lo = mid - 0.5;
			hi = mid + 0.5;
		}
		double pad = (hi - lo) * 0.05;
		return new double[] { lo - pad, hi + pad };
	}

	/** 1, 2 and 5 times powers of ten inside the range (only powers of ten when it spans many decades). */
	private static List<Double> ticks(double[] range) {
		List<Double> ticks = new ArrayList<>();
		boolean wide = range[1] - range[0] > 3;
		for (int p = (int) Math.floor(range[0]); p <= Math.ceil(range[1]); p++) {
			for (int m : wide ? new int[] { 1 } : new int[] { 1, 2, 5 }) {
				double v = m * Math.pow(10, p), l = Math.log10(v);
				if (l >= range[0] && l <= range[1]) ticks.add(v);
			}
		}
		return ticks;
	}

	private static String format(double v) {
		if (v >= 1000 || v < 0.01) return String.format(Locale.ROOT, "%.0e", v).replace("e+0", "e").replace("e-0",
			"e-");
		return v >= 1 ? String.format(Locale.ROOT, "%.0f", v) : String.format(Locale.ROOT, "%.2g", v);
	}
}
