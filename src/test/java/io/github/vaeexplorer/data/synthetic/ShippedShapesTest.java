package io.github.vaeexplorer.data.synthetic;

import io.github.vaeexplorer.table.FactorTable;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import ij.IJ;
import ij.ImagePlus;

import java.io.IOException;
import java.nio.file.Paths;

import org.junit.jupiter.api.Test;

/** The shipped sample-data/shapes.zip and its CSV must equal a fresh generation with the defaults. */
class ShippedShapesTest {

	@Test
	void shippedShapesEqualAFreshGeneration() throws IOException {
		final ImagePlus shipped = IJ.openImage(Paths.get("sample-data/shapes.zip").toString());
		assertNotNull(shipped, "sample-data/shapes.zip could not be opened; rebuild it with SampleDataBuilder");
		final ShapesDataset fresh = new ShapesGenerator(ShapesSpec.defaults()).generate();
		assertEquals(ImagePlus.GRAY8, shipped.getType());
		assertEquals(fresh.stack().getStackSize(), shipped.getStackSize());
		assertEquals(fresh.stack().getWidth(), shipped.getWidth());
		assertEquals(fresh.stack().getHeight(), shipped.getHeight());
		for (int slice = 1; slice <= shipped.getStackSize(); slice++) {
			assertArrayEquals((byte[]) fresh.stack().getStack().getPixels(slice),
				(byte[]) shipped.getStack().getPixels(slice), "pixels of slice " + slice);
			assertEquals(fresh.stack().getStack().getSliceLabel(slice), shipped.getStack().getSliceLabel(slice));
		}
		assertEquals(fresh.factors(), FactorTable.read(Paths.get("sample-data/shapes-factors.csv")));
	}
}
