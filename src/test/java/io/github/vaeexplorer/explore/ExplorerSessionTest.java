package io.github.vaeexplorer.explore;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.vaeexplorer.latent.LatentEncoding;
import io.github.vaeexplorer.model.VaeModel;
import io.github.vaeexplorer.nd4j.NativeBackend;

import ij.ImagePlus;
import ij.measure.ResultsTable;

import java.nio.file.Paths;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The explorer's session without a window: links to the stack, selection products, decoding the plane. */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class ExplorerSessionTest {

	private static VaeModel model;

	@BeforeAll
	static void load() {
		NativeBackend.ensureLoaded();
		model = ExploreTestKit.model();
	}

	private static ExplorerSession session(ImagePlus stack, Axes axes, ResultsTable results) {
		return new ExplorerSession(model, Paths.get("hand.vae.zip"), stack, Embedding.of(model, stack, axes), null,
			results);
	}

	@Test
	void theMapsPointsAreTheSlicesCodes() {
		ImagePlus stack = ExploreTestKit.stack(30);
		ExplorerSession s = session(stack, Axes.parse("dims:2,0"), null);
		float[][] mu = LatentEncoding.of(model, stack).mu();
		for (int i = 0; i < 30; i++) {
			assertEquals(mu[i][2], s.xs()[i]);
			assertEquals(mu[i][0], s.ys()[i]);
		}
		ResultsTable table = s.embedding().table();
		assertArrayEquals(new String[] { "slice", "x", "y" }, table.getHeadings());
		assertEquals(7, table.getValue("slice", 6));
	}

	@Test
	void showingASliceMovesTheStackAndTheHighlight() {
		ImagePlus stack = ExploreTestKit.stack(20);
		ExplorerSession s = session(stack, Axes.parse("pca"), null);
		int[] heard = { -2 };
		s.addListener(new ExplorerSession.Listener() {

			@Override
			public void currentChanged(int slice) {
				heard[0] = slice;
			}
		});
		assertEquals(0, s.current());
		s.showSlice(13);
		assertEquals(14, stack.getCurrentSlice());
		assertEquals(13, s.current());
		assertEquals(13, heard[0]);
		stack.setSlice(5);
		s.sourceMoved();
		assertEquals(4, s.current());
		assertThrows(IllegalArgumentException.class, () -> s.showSlice(20));
	}

	@Test
	void aSelectionMakesAGalleryASubstackAndASelectedColumn() {
		ImagePlus stack = ExploreTestKit.stack(25);
		ResultsTable results = new ResultsTable(25);
		for (int i = 0; i < 25; i++) results.setValue("class", i, i % 3);
		ExplorerSession s = session(stack, Axes.parse("pca"), results);
		boolean[] pick = new boolean[25];
		pick[3] = pick[10] = pick[24] = true;
		s.select(pick);
		assertArrayEquals(new int[] { 4, 11, 25 }, s.selectedSlices());
		assertEquals(results, s.results(), "the table handed in gets the column");
		assertEquals(3, sum(results.getColumn(ExplorerSession.SELECTED)));
		assertEquals(1, results.getValue(ExplorerSession.SELECTED, 10));
		ImagePlus sub = s.substack();
		assertEquals(3, sub.getStackSize());
		assertEquals("slice 11", sub.getStack().getSliceLabel(2));
		assertArrayEquals((byte[]) stack.getStack().getPixels(11), (byte[]) sub.getStack().getPixels(2));
		ImagePlus gallery = s.gallery();
		assertEquals(3, gallery.getProperty(SelectionImages.CELLS));
		assertEquals(1, gallery.getStackSize());
		assertEquals(25, stack.getStackSize(), "the source is unchanged");
		s.select(new boolean[25]);
		assertThrows(IllegalArgumentException.class, s::gallery);
	}

	@Test
	void rectanglesSelectByTheMapsCoordinates() {
		ImagePlus stack = ExploreTestKit.stack(40);
		ExplorerSession s = session(stack, Axes.parse("dims:0,1"), null);
		s.selectRectangle(0, -10, 10, 10);
		int expected = 0;
		for (float x : s.xs()) if (x >= 0) expected++;
		assertEquals(expected, s.selectedSlices().length);
		assertEquals(expected, sum(s.results().getColumn(ExplorerSession.SELECTED)), "a table of its own");
	}

	@Test
	void decodingAPointOfTwoDimensionsKeepsTheAnchorsOtherValues() {
		ImagePlus stack = ExploreTestKit.stack(12);
		ExplorerSession s = session(stack, Axes.parse("dims:1,3"), null);
		s.showSlice(5);
		float[] anchor = s.encoding().mu()[5];
		float[] z = s.codeAt(0.75, -1.5);
		assertArrayEquals(new float[] { anchor[0], 0.75f, anchor[2], -1.5f }, z);
		ImagePlus decoded = s.decode(0.75, -1.5);
		float[] expected = model.decode(new float[][] { z })[0];
		float[] pixels = (float[]) decoded.getProcessor().getPixels();
		assertEquals(expected.length, pixels.length);
		for (int i = 0; i < pixels.length; i++) assertEquals(expected[i] * 255, pixels[i], 1e-3);
		assertEquals("Decoded at z1 (mu)=0.75, z3 (mu)=-1.50 of explore-shapes", decoded.getTitle());
	}

	@Test
	void coloursComeFromTextOrNumbers() {
		ResultsTable table = new ResultsTable(4);
		String[] kinds = { "ctrl", "treated", "ctrl", "" };
		for (int i = 0; i < 4; i++) table.setValue("condition", i, kinds[i]);
		ColourColumn c = ColourColumn.of(table, "condition", "t.csv", 4);
		assertEquals("[condition=ctrl, condition=treated]", c.legend().keySet().toString());
		assertEquals(c.colours()[0], c.colours()[2]);
		assertEquals(ColourColumn.MISSING, c.colours()[3]);
		assertEquals("color_by column 'colour' is not in t.csv (columns: condition)", assertThrows(
			IllegalArgumentException.class, () -> ColourColumn.of(table, "colour", "t.csv", 4)).getMessage());
		assertEquals("color_by column 'condition' of t.csv has 4 rows but the stack has 5 slices", assertThrows(
			IllegalArgumentException.class, () -> ColourColumn.of(table, "condition", "t.csv", 5)).getMessage());
	}

	private static double sum(double[] values) {
		double s = 0;
		for (double v : values) s += v;
		return s;
	}
}
