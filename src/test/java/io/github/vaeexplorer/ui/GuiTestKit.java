package io.github.vaeexplorer.ui;

import ij.ImageJ;
import ij.Menus;
import ij.WindowManager;
import ij.plugin.filter.Analyzer;

import java.awt.AWTException;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Frame;
import java.awt.GraphicsEnvironment;
import java.awt.Rectangle;
import java.awt.Robot;
import java.awt.Window;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Hashtable;
import java.util.concurrent.Callable;
import java.util.function.BooleanSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.imageio.ImageIO;
import javax.swing.SwingUtilities;

import org.junit.jupiter.api.Assumptions;

/**
 * Helpers for the window tests, which need a display ({@code xvfb-run}): ImageJ with our menu entries, work on the
 * Swing thread, waiting for a condition, and screenshots.
 */
public final class GuiTestKit {

	private GuiTestKit() {}

	public static void assumeDisplay() {
		Assumptions.assumeTrue(System.getenv("DISPLAY") != null && !GraphicsEnvironment.isHeadless(),
			"needs a display: run under xvfb-run");
	}

	/** ImageJ without its main window, with plugins.config's entries in the menus (as MacroReplayTest does). */
	public static ImageJ startImageJ() throws IOException {
		ImageJ imagej = new ImageJ(ImageJ.NO_SHOW);
		@SuppressWarnings("unchecked")
		Hashtable<String, String> commands = Menus.getCommands();
		Pattern entry = Pattern.compile("^Plugins>VAE Explorer, \"([^\"]+)\", (.+)$");
		for (String line : Files.readAllLines(Paths.get("plugins.config"), StandardCharsets.UTF_8)) {
			Matcher m = entry.matcher(line);
			if (m.matches()) commands.put(m.group(1), m.group(2));
		}
		return imagej;
	}

	/**
	 * Closes every ImageJ window and disposes ImageJ (null: nothing to do). Results tables filled by a test are
	 * closed without the "save measurements?" question.
	 */
	public static void quitImageJ(ImageJ imagej) {
		if (imagej == null) return;
		Analyzer.setUnsavedMeasurements(false);
		onEdt(() -> WindowManager.closeAllWindows());
		imagej.dispose();
	}

	/** Runs on the Swing thread and returns the result. */
	static <T> T onEdt(Callable<T> task) {
		Object[] result = new Object[1];
		try {
			SwingUtilities.invokeAndWait(() -> {
				try {
					result[0] = task.call();
				}
				catch (Exception e) {
					throw new IllegalStateException(e);
				}
			});
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(e);
		}
		catch (InvocationTargetException e) {
			Throwable cause = e.getCause();
			if (cause instanceof RuntimeException) throw (RuntimeException) cause;
			throw new IllegalStateException(cause);
		}
		@SuppressWarnings("unchecked")
		T t = (T) result[0];
		return t;
	}

	static void onEdt(Runnable task) {
		onEdt(() -> {
			task.run();
			return null;
		});
	}

	/** Lets the Swing thread handle everything posted so far. */
	static void flushEdt() {
		onEdt(() -> {});
	}

	/** Polls a condition every 10 ms; fails after the timeout. */
	static void waitUntil(BooleanSupplier condition, long timeoutMs, String what) {
		long end = System.currentTimeMillis() + timeoutMs;
		while (!condition.getAsBoolean()) {
			if (System.currentTimeMillis() > end) throw new AssertionError("timed out after " + timeoutMs +
				" ms waiting for " + what);
			try {
				Thread.sleep(10);
			}
			catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				throw new AssertionError("interrupted waiting for " + what);
			}
		}
	}

	/** The visible frame with this title, or null. */
	static Frame frame(String title) {
		for (Frame f : Frame.getFrames()) {
			if (f.isDisplayable() && title.equals(f.getTitle())) return f;
		}
		return null;
	}

	/**
	 * A screenshot of windows, placed left to right from the screen's corner: what the display shows (there is no
	 * window manager under Xvfb, so no decorations), taken with {@link Robot}.
	 */
	static void screenshot(Path png, Window... windows) throws IOException {
		int gap = 12, x = 0, height = 0;
		for (Window w : windows) {
			int left = x;
			onEdt(() -> {
				w.setLocation(left, 0);
				w.toFront();
			});
			x += w.getWidth() + gap;
			height = Math.max(height, w.getHeight());
		}
		flushEdt();
		try {
			Thread.sleep(500); // let the X server map and paint the windows
			flushEdt();
			Robot robot = new Robot();
			BufferedImage image = new BufferedImage(x + gap, height + 2 * gap, BufferedImage.TYPE_INT_RGB);
			Graphics2D g = image.createGraphics();
			g.setColor(new Color(0xd8d8d8));
			g.fillRect(0, 0, image.getWidth(), image.getHeight());
			int left = gap;
			for (Window w : windows) {
				g.drawImage(robot.createScreenCapture(w.getBounds()), left, gap, null);
				left += w.getWidth() + gap;
			}
			g.dispose();
			Files.createDirectories(png.getParent());
			ImageIO.write(image, "png", png.toFile());
		}
		catch (AWTException e) {
			throw new IOException("cannot take a screenshot: " + e.getMessage(), e);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}
}
