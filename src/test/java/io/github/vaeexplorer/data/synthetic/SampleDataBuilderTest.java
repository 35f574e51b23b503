package io.github.vaeexplorer.data.synthetic;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ij.IJ;
import ij.ImagePlus;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SampleDataBuilderTest {

	@TempDir
	Path folder;

	@Test
	void writesFashionMnistSampleFromIdxFiles() throws IOException {
		final Path source = Files.createDirectory(folder.resolve("source"));
		final Path output = Files.createDirectory(folder.resolve("output"));
		final byte[] pixels = IdxTestFiles.ramp(4 * 28 * 28);
		IdxTestFiles.writeGzipped(source.resolve(FashionMnist.TEST_IMAGES_FILE),
			IdxTestFiles.images(IdxReader.IMAGES_MAGIC, 4, 28, 28, pixels));
		IdxTestFiles.writeGzipped(source.resolve(FashionMnist.TEST_LABELS_FILE),
			IdxTestFiles.labels(4, new byte[] { 9, 2, 1, 1 }));

		final List<Path> written = SampleDataBuilder.writeFashionMnist(source, output, 3);

		assertEquals(Arrays.asList(output.resolve("fashion-mnist.zip"), output.resolve("fashion-mnist-labels.csv"),
			output.resolve("fashion-mnist-LICENSE.txt")), written);
		final ImagePlus stack = IJ.openImage(output.resolve("fashion-mnist.zip").toString());
		assertEquals(3, stack.getStackSize());
		assertEquals("Pullover", stack.getStack().getSliceLabel(2));
		assertArrayEquals(Arrays.copyOfRange(pixels, 2 * 784, 3 * 784), (byte[]) stack.getStack().getPixels(3));
		assertEquals("class\n9\n2\n1\n",
			new String(Files.readAllBytes(output.resolve("fashion-mnist-labels.csv")), "UTF-8"));
		assertTrue(SampleDataBuilder.licenseText(3).contains("first 3 images (indices 0..2)"));
	}

	@Test
	void tooFewImagesIsAnError() throws IOException {
		IdxTestFiles.writeGzipped(folder.resolve(FashionMnist.TEST_IMAGES_FILE),
			IdxTestFiles.images(IdxReader.IMAGES_MAGIC, 1, 28, 28, new byte[784]));
		IdxTestFiles.writeGzipped(folder.resolve(FashionMnist.TEST_LABELS_FILE), IdxTestFiles.labels(1, new byte[1]));
		final IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
			() -> SampleDataBuilder.writeFashionMnist(folder, folder, 2));
		assertTrue(e.getMessage().endsWith("holds only 1 images, need 2"), e.getMessage());
	}

	@Test
	void writesShapesSample() throws IOException {
		final List<Path> written = SampleDataBuilder.writeShapes(folder);
		assertEquals(Arrays.asList(folder.resolve("shapes.zip"), folder.resolve("shapes-factors.csv")), written);
		assertEquals(3000, IJ.openImage(written.get(0).toString()).getStackSize());
	}
}
