package io.github.vaeexplorer.ui;

import java.awt.Color;
import java.awt.Dimension;
import java.awt.FontMetrics;
import java.awt.Graphics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;

import javax.swing.JPanel;

/**
 * A row of held-out samples above their current reconstructions, replaced each epoch. EDT only.
 *
 * @author VAE Explorer developers
 */
final class ReconstructionStrip extends JPanel {

	private static final long serialVersionUID = 1L;
	private static final int TILE = 72, GAP = 6, LABEL = 104;

	private final int columns;
	private List<BufferedImage> originals = new ArrayList<>(), reconstructions = new ArrayList<>();
	private String caption = "reconstructions appear after the first epoch";

	ReconstructionStrip(int columns) {
		this.columns = columns;
		setPreferredSize(new Dimension(LABEL + columns * (TILE + GAP) + GAP, 2 * TILE + 3 * GAP + 16));
		setBackground(Color.WHITE);
	}

	/** Replaces the pictures; {@code epoch} names them. */
	void show(List<BufferedImage> originalImages, List<BufferedImage> reconstructed, int epoch) {
		originals = new ArrayList<>(originalImages);
		reconstructions = new ArrayList<>(reconstructed);
		caption = "held-out samples and their reconstructions after epoch " + epoch;
		repaint();
	}

	int shown() {
		return reconstructions.size();
	}

	@Override
	protected void paintComponent(Graphics graphics) {
		super.paintComponent(graphics);
		Graphics2D g = (Graphics2D) graphics.create();
		g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
		FontMetrics fm = g.getFontMetrics();
		g.setColor(Color.DARK_GRAY);
		int top = GAP;
		g.drawString("validation", GAP, top + TILE / 2 + fm.getAscent() / 2);
		g.drawString("reconstruction", GAP, top + TILE + GAP + TILE / 2 + fm.getAscent() / 2);
		for (int i = 0; i < columns; i++) {
			int x = LABEL + i * (TILE + GAP);
			tile(g, i < originals.size() ? originals.get(i) : null, x, top);
			tile(g, i < reconstructions.size() ? reconstructions.get(i) : null, x, top + TILE + GAP);
		}
		g.setColor(Color.GRAY);
		g.drawString(caption, GAP, top + 2 * TILE + 2 * GAP + fm.getAscent());
		g.dispose();
	}

	private static void tile(Graphics2D g, BufferedImage image, int x, int y) {
		if (image != null) g.drawImage(image, x, y, TILE, TILE, null);
		else {
			g.setColor(new Color(0xf0f0f0));
			g.fillRect(x, y, TILE, TILE);
		}
		g.setColor(Color.LIGHT_GRAY);
		g.drawRect(x, y, TILE - 1, TILE - 1);
	}
}
