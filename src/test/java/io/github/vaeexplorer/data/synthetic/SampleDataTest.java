package io.github.vaeexplorer.data.synthetic;

import io.github.vaeexplorer.table.FactorTable;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import ij.IJ;
import ij.ImagePlus;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Paths;
import java.util.Arrays;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class SampleDataTest {

	@Test
	void catalogueListsBothSamples() {
		assertEquals(Arrays.asList("shapes", "fashion-mnist"), SampleData.names());
		final SampleDataset shapes = SampleData.describe("shapes");
		assertEquals("/sample-data/shapes.zip", shapes.imageResource());
		assertEquals("/sample-data/shapes-factors.csv", shapes.tableResource());
		assertEquals("/sample-data/fashion-mnist.zip", SampleData.describe("fashion-mnist").imageResource());
		assertEquals("/sample-data/fashion-mnist-labels.csv", SampleData.describe("fashion-mnist").tableResource());
		for (final SampleDataset entry : SampleData.catalogue()) {
			assertFalse(entry.description().isEmpty());
		}
	}

	@Test
	void unknownNameListsTheValidNames() {
		final IllegalArgumentException e =
			assertThrows(IllegalArgumentException.class, () -> new SampleData().open("mnist"));
		assertEquals("unknown sample 'mnist'; valid names: shapes, fashion-mnist", e.getMessage());
	}

	@Test
	void opensEverySampleFromAClassPathHoldingTheProjectFolder() throws IOException {
		try (URLClassLoader projectRoot = projectRootLoader()) {
			final SampleData samples = new SampleData(projectRoot);
			for (final String name : SampleData.names()) {
				assertTrue(samples.isAvailable(name), name);
				final ImagePlus fromResource = samples.open(name);
				final ImagePlus fromFile =
					IJ.openImage(Paths.get("sample-data", SampleData.describe(name).imageFile()).toString());
				assertEquals(name, fromResource.getTitle());
				assertEquals(fromFile.getStackSize(), fromResource.getStackSize());
				for (int slice = 1; slice <= fromFile.getStackSize(); slice += 97) {
					assertArrayEquals((byte[]) fromFile.getStack().getPixels(slice),
						(byte[]) fromResource.getStack().getPixels(slice), name + " slice " + slice);
					assertEquals(fromFile.getStack().getSliceLabel(slice), fromResource.getStack().getSliceLabel(slice));
				}
				final FactorTable table = samples.readTable(name);
				assertEquals(fromResource.getStackSize(), table.rowCount());
				final Optional<InputStream> stream = samples.openTableStream(name);
				assertTrue(stream.isPresent());
				try (InputStream in = stream.get()) {
					assertEquals(table, FactorTable.read(in, name));
				}
			}
		}
	}

	@Test
	void missingResourcesGiveAClearError() throws IOException {
		try (URLClassLoader empty = new URLClassLoader(new URL[0], null)) {
			final SampleData samples = new SampleData(empty);
			assertFalse(samples.isAvailable("shapes"));
			assertFalse(samples.openTableStream("shapes").isPresent());
			final IOException e = assertThrows(IOException.class, () -> samples.open("shapes"));
			assertEquals("sample resource /sample-data/shapes.zip is not on the class path", e.getMessage());
		}
	}

	@Test
	void opensShapesFromThePackagedClassPath() throws IOException {
		final SampleData samples = new SampleData();
		assumeTrue(samples.isAvailable("shapes"), "sample-data/ is not packed as a resource by the pom");
		final ImagePlus shapes = samples.open("shapes");
		assertEquals(3000, shapes.getStackSize());
		assertEquals(64, shapes.getWidth());
		assertEquals(new ShapesGenerator(ShapesSpec.defaults()).generate().factors(), samples.readTable("shapes"));
	}

	private static URLClassLoader projectRootLoader() throws IOException {
		return new URLClassLoader(new URL[] { Paths.get("").toAbsolutePath().toUri().toURL() }, null);
	}
}
