package io.github.vaeexplorer.ui;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.vaeexplorer.explore.Axes;
import io.github.vaeexplorer.explore.Embedding;
import io.github.vaeexplorer.explore.ExploreTestKit;
import io.github.vaeexplorer.explore.ExplorerSession;
import io.github.vaeexplorer.explore.SelectionImages;
import io.github.vaeexplorer.latent.Anchor;
import io.github.vaeexplorer.latent.TraversalSession;
import io.github.vaeexplorer.model.ModelFile;
import io.github.vaeexplorer.model.VaeModel;
import io.github.vaeexplorer.nd4j.NativeBackend;

import ij.IJ;
import ij.ImageJ;
import ij.ImagePlus;
import ij.WindowManager;
import ij.measure.ResultsTable;

import java.awt.Point;
import java.awt.event.InputEvent;
import java.awt.event.MouseEvent;
import java.io.IOException;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Latent Explorer window under a real display ({@code xvfb-run}): mouse events on its scatter, and what they do
 * to the source stack and ImageJ's windows, and the menu command run from a macro line.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class LatentExplorerWindowTest {

	private static ImageJ imagej;
	private static VaeModel model;
	private final List<LatentExplorerWindow> opened = new ArrayList<>();

	@BeforeAll
	static void start() throws IOException {
		GuiTestKit.assumeDisplay();
		NativeBackend.ensureLoaded();
		imagej = GuiTestKit.startImageJ();
		model = ExploreTestKit.model();
	}

	@AfterEach
	void closeWindows() {
		for (LatentExplorerWindow w : opened) if (w != null) GuiTestKit.onEdt(() -> w.frame().dispose());
		opened.clear();
		GuiTestKit.onEdt(() -> {
			ResultsTable.getResultsTable().reset();
			WindowManager.closeAllWindows();
		});
	}

	@AfterAll
	static void quit() {
		GuiTestKit.quitImageJ(imagej);
	}

	private LatentExplorerWindow open(ImagePlus stack, String axes) {
		GuiTestKit.onEdt(() -> stack.show());
		ExplorerSession session = new ExplorerSession(model, Paths.get("hand.vae.zip"), stack, Embedding.of(model,
			stack, Axes.parse(axes)), null, null);
		LatentExplorerWindow window = LatentExplorerWindow.open(session);
		opened.add(window);
		GuiTestKit.waitUntil(() -> window.scatter().isShowing() && window.scatter().getWidth() > 100, 10000,
			"the scatter on screen");
		GuiTestKit.flushEdt();
		return window;
	}

	private static void mouse(ScatterPanel panel, int id, Point p, int modifiers) {
		GuiTestKit.onEdt(() -> panel.dispatchEvent(new MouseEvent(panel, id, System.currentTimeMillis(), modifiers,
			p.x, p.y, 1, false, MouseEvent.BUTTON1)));
	}

	private static void click(ScatterPanel panel, Point p) {
		mouse(panel, MouseEvent.MOUSE_PRESSED, p, InputEvent.BUTTON1_DOWN_MASK);
		mouse(panel, MouseEvent.MOUSE_RELEASED, p, 0);
		GuiTestKit.flushEdt();
	}

	/** A point whose pixel no other point is within the hit radius of, so a click there means it alone. */
	private static int isolatedPoint(LatentExplorerWindow w) {
		ScatterPanel panel = w.scatter();
		int n = w.session().count();
		for (int i = n - 1; i >= 0; i--) {
			Point pi = panel.pixelOf(i);
			boolean alone = true;
			for (int j = 0; j < n && alone; j++) {
				if (j != i && panel.pixelOf(j).distance(pi) <= 2 * ScatterPanel.HIT_PIXELS) alone = false;
			}
			if (alone && i != w.session().current()) return i;
		}
		throw new AssertionError("no isolated point");
	}

	@Test
	void clickingAPointShowsItsSliceInTheStack() {
		ImagePlus stack = ExploreTestKit.stack(60);
		LatentExplorerWindow w = open(stack, "pca");
		int target = isolatedPoint(w);
		assertNotEquals(target + 1, stack.getCurrentSlice());
		click(w.scatter(), w.scatter().pixelOf(target));
		assertEquals(target + 1, stack.getCurrentSlice(), "the click showed slice " + (target + 1));
		assertEquals(target, w.session().current(), "and its point is ringed");
	}

	@Test
	void clickingAPointReAnchorsAnOpenTraversalThatFollowsTheStack() {
		ImagePlus stack = ExploreTestKit.stack(40);
		LatentExplorerWindow w = open(stack, "pca");
		TraversalDialog traversal = TraversalDialog.open(new TraversalSession(model, Paths.get("hand.vae.zip"), Anchor
			.parse("slice:1"), stack));
		try {
			int target = isolatedPoint(w);
			click(w.scatter(), w.scatter().pixelOf(target));
			String expected = "slice:" + (target + 1) + " of explore-shapes";
			GuiTestKit.waitUntil(() -> expected.equals(traversal.session().anchorDescription()), 10000, expected);
			// Encoded alone rather than in a batch: equal up to float rounding.
			assertArrayEquals(w.session().encoding().mu()[target], traversal.session().anchorCode(), 1e-5f,
				"the traversal's anchor is the clicked slice's code");
		}
		finally {
			GuiTestKit.onEdt(() -> traversal.frame().dispose());
		}
	}

	@Test
	void theStacksSliderRingsItsPoint() {
		ImagePlus stack = ExploreTestKit.stack(30);
		LatentExplorerWindow w = open(stack, "dims:0,2");
		GuiTestKit.onEdt(() -> stack.setSlice(17));
		GuiTestKit.waitUntil(() -> w.session().current() == 16, 5000, "slice 17 ringed");
	}

	@Test
	void aRectangleOpensTheGalleryOfItsCellsAndMakesASubstack() {
		ImagePlus stack = ExploreTestKit.stack(80);
		LatentExplorerWindow w = open(stack, "pca");
		ScatterPanel panel = w.scatter();
		Point a = new Point(panel.getWidth() / 4, panel.getHeight() / 4), b = new Point(3 * panel.getWidth() / 4,
			3 * panel.getHeight() / 4);
		int expected = 0;
		for (int i = 0; i < w.session().count(); i++) {
			Point p = panel.pixelOf(i);
			double x = panel.view().toDataX(p.x), y = panel.view().toDataY(p.y);
			if (within(w.session().xs()[i], panel.view().toDataX(a.x), panel.view().toDataX(b.x)) && within(w
				.session().ys()[i], panel.view().toDataY(a.y), panel.view().toDataY(b.y))) expected++;
			assertTrue(Double.isFinite(x + y));
		}
		assertTrue(expected > 0 && expected < 80, "the rectangle holds some points: " + expected);
		mouse(panel, MouseEvent.MOUSE_PRESSED, a, InputEvent.BUTTON1_DOWN_MASK);
		mouse(panel, MouseEvent.MOUSE_DRAGGED, new Point((a.x + b.x) / 2, (a.y + b.y) / 2), InputEvent
			.BUTTON1_DOWN_MASK);
		mouse(panel, MouseEvent.MOUSE_DRAGGED, b, InputEvent.BUTTON1_DOWN_MASK);
		mouse(panel, MouseEvent.MOUSE_RELEASED, b, 0);
		GuiTestKit.flushEdt();
		String title = "Gallery of " + expected + " cells of explore-shapes";
		GuiTestKit.waitUntil(() -> WindowManager.getImage(title) != null, 5000, title);
		ImagePlus gallery = WindowManager.getImage(title);
		assertNotNull(gallery.getWindow(), "the gallery is on screen");
		assertEquals(expected, gallery.getProperty(SelectionImages.CELLS));
		assertEquals(expected, w.session().selectedSlices().length);
		ResultsTable results = ResultsTable.getResultsTable();
		assertEquals(80, results.size());
		double selected = 0;
		for (double v : results.getColumn(ExplorerSession.SELECTED)) selected += v;
		assertEquals(expected, selected, "the Results table's selected column");
		GuiTestKit.onEdt(() -> w.substackButton().doClick());
		ImagePlus sub = WindowManager.getImage("Substack of explore-shapes");
		assertNotNull(sub);
		assertEquals(expected, sub.getStackSize(), "the substack has the selected slices");
	}

	@Test
	void clickingEmptySpaceDecodesThatPoint() {
		ImagePlus stack = ExploreTestKit.stack(20);
		LatentExplorerWindow w = open(stack, "dims:0,1");
		ScatterPanel panel = w.scatter();
		Point corner = new Point(3, 3);
		assertEquals(-1, w.session().nearest(panel.view().toDataX(3), panel.view().toDataY(3), ScatterPanel.HIT_PIXELS /
			panel.view().scale()));
		int before = stack.getCurrentSlice();
		click(panel, corner);
		ImagePlus decoded = w.decoded();
		assertNotNull(decoded, "a decoded image");
		assertTrue(decoded.getTitle().startsWith("Decoded at z0 (mu)="), decoded.getTitle());
		assertEquals(16, decoded.getWidth());
		assertEquals(before, stack.getCurrentSlice(), "the stack did not move");
	}

	@Test
	void theMenuCommandOpensTheWindowFromAMacroLine(@TempDir Path dir) throws IOException {
		Path file = dir.resolve("hand.vae.zip");
		ModelFile.save(model, file);
		ImagePlus stack = ExploreTestKit.stack(15);
		GuiTestKit.onEdt(() -> stack.show());
		GuiTestKit.waitUntil(() -> WindowManager.getCurrentImage() == stack, 5000, "the stack active");
		IJ.run("Latent Explorer...", "model=[" + file + "] axes=dims:2,0 color_by=mu_1 table=");
		String title = "Latent Explorer: explore-shapes (hand.vae.zip)";
		GuiTestKit.waitUntil(() -> GuiTestKit.frame(title) != null, 20000, title);
		opened.add(null);
		GuiTestKit.onEdt(() -> GuiTestKit.frame(title).dispose());
	}

	private static boolean within(double v, double a, double b) {
		return v >= Math.min(a, b) && v <= Math.max(a, b);
	}
}
