package io.github.vaeexplorer.ui;

import io.github.vaeexplorer.explore.Axes;
import io.github.vaeexplorer.explore.Embedding;
import io.github.vaeexplorer.explore.ExploreTestKit;
import io.github.vaeexplorer.explore.ExplorerSession;
import io.github.vaeexplorer.nd4j.NativeBackend;

import ij.ImagePlus;
import ij.ImageStack;
import ij.process.ByteProcessor;

import java.awt.Graphics2D;
import java.awt.GraphicsEnvironment;
import java.awt.image.BufferedImage;
import java.nio.file.Paths;
import java.util.Arrays;
import java.util.Locale;
import java.util.Random;

import javax.swing.JFrame;
import javax.swing.SwingUtilities;

/**
 * Manual benchmark (not a test): how many frames a second the Latent Explorer's scatter redraws with 100,000 points
 * (PCA of the codes of 100,000 seeded random 16×16 slices, coloured by a latent dimension, 2% selected, one ringed),
 * each frame panned or zoomed. "offscreen": the panel's raster drawn and copied into an image drawn on another image
 * (what painting costs, no display needed); "onscreen" (with a display, e.g. {@code xvfb-run}): the same panel in a
 * visible 800×600 window, painted with {@code paintImmediately}. Run with the test classpath:
 *
 * <pre>
 * xvfb-run -a java -cp target/classes:target/test-classes:$(cat cp.txt) io.github.vaeexplorer.ui.ScatterRedrawBenchmark [points] [frames]
 * </pre>
 *
 * Prints one line of JSON.
 */
public final class ScatterRedrawBenchmark {

	private ScatterRedrawBenchmark() {}

	public static void main(String[] args) throws Exception {
		int points = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
		int frames = args.length > 1 ? Integer.parseInt(args[1]) : 300;
		NativeBackend.ensureLoaded();
		Random random = new Random(7);
		ImageStack stack = new ImageStack(16, 16);
		for (int i = 0; i < points; i++) {
			byte[] pixels = new byte[256];
			random.nextBytes(pixels);
			stack.addSlice(null, new ByteProcessor(16, 16, pixels));
		}
		ImagePlus source = new ImagePlus("random", stack);
		long t0 = System.nanoTime();
		ExplorerSession session = new ExplorerSession(ExploreTestKit.model(), Paths.get("hand.vae.zip"), source,
			Embedding.of(ExploreTestKit.model(), source, Axes.parse("pca")), null, null);
		double embedS = (System.nanoTime() - t0) / 1e9;
		session.setColours(session.dimensionColours(0));
		boolean[] pick = new boolean[points];
		for (int i = 0; i < points; i += 50) pick[i] = true;
		session.select(pick);
		session.showSlice(points / 2);
		ScatterPanel panel = new ScatterPanel(session, new ScatterPanel.Actions() {

			@Override
			public void hovered(int slice) {}

			@Override
			public void clickedPoint(int slice) {}

			@Override
			public void clickedEmpty(double x, double y) {}

			@Override
			public void selectedRectangle(double x0, double y0, double x1, double y1) {}

			@Override
			public void selectedPolygon(double[] xs, double[] ys) {}
		});
		panel.setSize(800, 600);
		BufferedImage screen = new BufferedImage(800, 600, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = screen.createGraphics();
		double offscreen = measure(frames, i -> {
			move(panel, i);
			panel.paint(g);
		});
		String onscreen = "null";
		if (!GraphicsEnvironment.isHeadless() && System.getenv("DISPLAY") != null) {
			JFrame[] frame = new JFrame[1];
			SwingUtilities.invokeAndWait(() -> {
				frame[0] = new JFrame("benchmark");
				frame[0].setContentPane(panel);
				frame[0].setSize(800, 600);
				frame[0].setVisible(true);
			});
			Thread.sleep(500);
			double[] fps = new double[1];
			SwingUtilities.invokeAndWait(() -> fps[0] = measure(frames, i -> {
				move(panel, i);
				panel.paintImmediately(0, 0, panel.getWidth(), panel.getHeight());
				java.awt.Toolkit.getDefaultToolkit().sync();
			}));
			SwingUtilities.invokeAndWait(() -> frame[0].dispose());
			onscreen = String.format(Locale.ROOT, "%.1f", fps[0]);
		}
		System.out.println(String.format(Locale.ROOT, "{\"points\": %d, \"frames\": %d, \"embed_s\": %.1f, " +
			"\"offscreen_fps\": %.1f, \"onscreen_fps\": %s, \"cores\": %d}", points, frames, embedS, offscreen,
			onscreen, Runtime.getRuntime().availableProcessors()));
		System.exit(0);
	}

	/** Alternates pans and zooms in and out, so every frame shows a different view. */
	private static void move(ScatterPanel panel, int frame) {
		switch (frame % 4) {
			case 0:
				panel.view().pan(7, -3);
				break;
			case 1:
				panel.view().zoom(1.1, 400, 300);
				break;
			case 2:
				panel.view().pan(-7, 3);
				break;
			default:
				panel.view().zoom(1 / 1.1, 400, 300);
		}
	}

	private interface Frame {

		void draw(int index);
	}

	/** Frames per second: the median of five runs of {@code frames / 5} frames, after a warm-up run. */
	private static double measure(int frames, Frame frame) {
		int per = Math.max(1, frames / 5);
		for (int i = 0; i < per; i++) frame.draw(i);
		double[] fps = new double[5];
		for (int r = 0; r < 5; r++) {
			long start = System.nanoTime();
			for (int i = 0; i < per; i++) frame.draw(i);
			fps[r] = per / ((System.nanoTime() - start) / 1e9);
		}
		Arrays.sort(fps);
		return fps[2];
	}
}
