package io.github.vaeexplorer.latent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ij.ImagePlus;
import ij.ImageStack;
import ij.process.FloatProcessor;

import org.junit.jupiter.api.Test;

class GridMontageTest {

	@Test
	void smallTilesGrowByAWholeFactorAndLargeOnesShrink() {
		assertEquals(3, GridMontage.scale(24, 20), 0);
		assertEquals(1, GridMontage.scale(64, 64), 0);
		assertEquals(1, GridMontage.scale(200, 256), 0);
		assertEquals(0.5, GridMontage.scale(512, 300), 0);
	}

	@Test
	void tilesAreLaidOutRowPerFrameColumnPerSlice() {
		ImageStack stack = new ImageStack(64, 64);
		for (int i = 0; i < 6; i++) {
			float[] px = new float[64 * 64];
			java.util.Arrays.fill(px, i * 10);
			stack.addSlice("z" + i / 3 + "=" + i % 3, new FloatProcessor(64, 64, px));
		}
		ImagePlus grid = new ImagePlus("g", stack);
		grid.setDimensions(1, 3, 2);
		ImagePlus montage = GridMontage.of(grid, "m");
		assertEquals("m", montage.getTitle());
		assertEquals(ImagePlus.GRAY32, montage.getType());
		float[] px = (float[]) montage.getProcessor().getPixels();
		int w = montage.getWidth();
		// the middle of the last tile of the first row holds slice 3 (value 20); of the first tile of row 2, slice 4
		assertEquals(20, px[32 * w + 2 * 64 + 32], 0);
		assertEquals(30, px[(64 + 32) * w + 32], 0);
		assertNotEquals(px[32 * w + 32], px[32 * w + 64 + 32]);
	}

	@Test
	void everyChannelGetsItsOwnMontagePlane() {
		ImageStack stack = new ImageStack(64, 64);
		for (int i = 0; i < 8; i++) {
			float[] px = new float[64 * 64];
			java.util.Arrays.fill(px, i);
			stack.addSlice("tile " + i / 2, new FloatProcessor(64, 64, px));
		}
		ImagePlus grid = new ImagePlus("g", stack);
		grid.setDimensions(2, 2, 2); // C fastest: plane i is channel i % 2 of tile i / 2
		ImagePlus montage = GridMontage.of(grid, "m");
		assertEquals(2, montage.getNChannels());
		assertTrue(montage.isComposite());
		int w = montage.getWidth();
		assertEquals(6, ((float[]) montage.getStack().getPixels(1))[(64 + 32) * w + 64 + 32], 0);
		assertEquals(7, ((float[]) montage.getStack().getPixels(2))[(64 + 32) * w + 64 + 32], 0);
	}
}
