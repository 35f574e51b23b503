package io.github.vaeexplorer.ui;

import java.awt.Color;
import java.awt.Dimension;
import java.awt.Font;
import java.awt.GridBagConstraints;
import java.awt.GridBagLayout;
import java.awt.Insets;
import java.awt.event.ActionEvent;
import java.awt.event.KeyEvent;
import java.util.Locale;
import java.util.function.DoubleConsumer;

import javax.swing.AbstractAction;
import javax.swing.InputMap;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JSlider;
import javax.swing.KeyStroke;

/**
 * One latent dimension in the traversal window: its name, its KL, a slider over ±range and the value it is at.
 * Collapsed dimensions are drawn grey. The arrow keys move a focused slider by 0.1 (page keys by 0.5). Swing thread
 * only.
 *
 * @author VAE Explorer developers
 */
final class DimensionRow extends JPanel {

	private static final long serialVersionUID = 1L;

	/** Slider units per unit of z. */
	static final int SCALE = 100;
	/** Arrow-key step, in slider units (0.1 in z). */
	static final int STEP = 10;

	private final int dim;
	private final JSlider slider;
	private final JLabel name, value;
	private boolean quiet;

	/**
	 * @param onChange hears the new z when the user (mouse or keys) moves the slider
	 */
	DimensionRow(int dim, double kl, boolean active, double range, DoubleConsumer onChange) {
		super(new GridBagLayout());
		this.dim = dim;
		int limit = (int) Math.round(range * SCALE);
		slider = new JSlider(-limit, limit, 0);
		slider.setName("z" + dim);
		slider.setPreferredSize(new Dimension(260, slider.getPreferredSize().height));
		name = new JLabel("z" + dim);
		name.setFont(name.getFont().deriveFont(Font.BOLD));
		JLabel klLabel = new JLabel(String.format(Locale.ROOT, "KL %.2f", kl));
		klLabel.setToolTipText(active ? "active: its encodings vary over the stack" :
			"collapsed: it carries (almost) no information and decodes to (almost) nothing");
		value = new JLabel(format(0));
		value.setFont(new Font(Font.MONOSPACED, Font.PLAIN, value.getFont().getSize()));
		value.setPreferredSize(new Dimension(value.getFontMetrics(value.getFont()).stringWidth("+0.00") + 4, value
			.getPreferredSize().height));
		if (!active) {
			Color grey = Color.GRAY;
			name.setForeground(grey);
			klLabel.setForeground(grey);
			value.setForeground(grey);
		}
		slider.addChangeListener(e -> {
			value.setText(format(value()));
			if (!quiet) onChange.accept(value());
		});
		bindKeys();

		GridBagConstraints c = new GridBagConstraints();
		c.insets = new Insets(1, 4, 1, 4);
		c.anchor = GridBagConstraints.WEST;
		name.setPreferredSize(new Dimension(36, name.getPreferredSize().height));
		add(name, c);
		klLabel.setPreferredSize(new Dimension(62, klLabel.getPreferredSize().height));
		add(klLabel, c);
		c.fill = GridBagConstraints.HORIZONTAL;
		c.weightx = 1;
		add(slider, c);
		c.fill = GridBagConstraints.NONE;
		c.weightx = 0;
		add(value, c);
	}

	int dim() { return dim; }

	JSlider slider() { return slider; }

	/** The z the slider is at. */
	double value() {
		return slider.getValue() / (double) SCALE;
	}

	/** Moves the slider without telling the listener (the session already knows). */
	void setQuietly(double z) {
		quiet = true;
		try {
			slider.setValue((int) Math.round(z * SCALE));
		}
		finally {
			quiet = false;
		}
		value.setText(format(z)); // z may lie outside the slider's range
	}

	void setSelected(boolean selected) {
		name.setText(selected ? "\u25B6z" + dim : "z" + dim);
	}

	private void bindKeys() {
		InputMap keys = slider.getInputMap(JComponent.WHEN_FOCUSED);
		bind(keys, KeyEvent.VK_RIGHT, "vae.up", STEP);
		bind(keys, KeyEvent.VK_UP, "vae.up", STEP);
		bind(keys, KeyEvent.VK_LEFT, "vae.down", -STEP);
		bind(keys, KeyEvent.VK_DOWN, "vae.down", -STEP);
		bind(keys, KeyEvent.VK_PAGE_UP, "vae.blockUp", 5 * STEP);
		bind(keys, KeyEvent.VK_PAGE_DOWN, "vae.blockDown", -5 * STEP);
	}

	private void bind(InputMap keys, int key, String action, int delta) {
		keys.put(KeyStroke.getKeyStroke(key, 0), action);
		slider.getActionMap().put(action, new AbstractAction() {

			private static final long serialVersionUID = 1L;

			@Override
			public void actionPerformed(ActionEvent e) {
				slider.setValue(slider.getValue() + delta);
			}
		});
	}

	static String format(double z) {
		return String.format(Locale.ROOT, "%+.2f", z);
	}
}
