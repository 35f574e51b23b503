package io.github.vaeexplorer.data.synthetic;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ij.ImagePlus;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IdxReaderTest {

	@TempDir
	Path folder;

	@Test
	void readsGzippedImages() throws IOException {
		final byte[] pixels = IdxTestFiles.ramp(3 * 2 * 4);
		pixels[5] = (byte) 200;
		final Path file = IdxTestFiles.writeGzipped(folder.resolve("tiny-images-idx3-ubyte.gz"),
			IdxTestFiles.images(IdxReader.IMAGES_MAGIC, 3, 2, 4, pixels));
		final IdxImages images = IdxReader.readImages(file);
		assertEquals(3, images.count());
		assertEquals(2, images.rows());
		assertEquals(4, images.columns());
		assertArrayEquals(Arrays.copyOfRange(pixels, 8, 16), images.image(1));
		assertEquals(200, images.image(0)[5] & 0xff);
	}

	@Test
	void readsUncompressedImagesAndLabels() throws IOException {
		final IdxImages images = IdxReader.readImages(new ByteArrayInputStream(
			IdxTestFiles.images(IdxReader.IMAGES_MAGIC, 2, 3, 3, IdxTestFiles.ramp(18))), "plain");
		assertArrayEquals(Arrays.copyOfRange(IdxTestFiles.ramp(18), 9, 18), images.image(1));
		final int[] labels = IdxReader.readLabels(
			new ByteArrayInputStream(IdxTestFiles.labels(3, new byte[] { 9, 0, (byte) 255 })), "labels");
		assertArrayEquals(new int[] { 9, 0, 255 }, labels);
	}

	@Test
	void readsGzippedLabels() throws IOException {
		final Path file = IdxTestFiles.writeGzipped(folder.resolve("tiny-labels-idx1-ubyte.gz"),
			IdxTestFiles.labels(4, new byte[] { 1, 2, 3, 4 }));
		assertArrayEquals(new int[] { 1, 2, 3, 4 }, IdxReader.readLabels(file));
	}

	@Test
	void imagesBecomeALabelledStack() throws IOException {
		final IdxImages images = IdxReader.readImages(new ByteArrayInputStream(
			IdxTestFiles.images(IdxReader.IMAGES_MAGIC, 3, 2, 4, IdxTestFiles.ramp(24))), "plain");
		final ImagePlus stack = FashionMnist.toStack(images, new int[] { 9, 0, 3 }, 2, "t");
		assertEquals(2, stack.getStackSize());
		assertEquals(4, stack.getWidth());
		assertEquals(2, stack.getHeight());
		assertEquals(ImagePlus.GRAY8, stack.getType());
		assertEquals("Ankle boot", stack.getStack().getSliceLabel(1));
		assertEquals("T-shirt/top", stack.getStack().getSliceLabel(2));
		assertArrayEquals(images.image(1), (byte[]) stack.getStack().getPixels(2));
	}

	@Test
	void wrongMagicNumberIsRejected() throws IOException {
		final Path file = IdxTestFiles.writeGzipped(folder.resolve("labels-as-images.gz"),
			IdxTestFiles.labels(2, new byte[] { 1, 2 }));
		final IllegalArgumentException e =
			assertThrows(IllegalArgumentException.class, () -> IdxReader.readImages(file));
		assertEquals(file + ": magic number 0x00000801, expected 0x00000803 (IDX3 unsigned-byte images)",
			e.getMessage());
	}

	@Test
	void truncatedDataIsRejected() {
		final IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
			() -> IdxReader.readImages(new ByteArrayInputStream(
				IdxTestFiles.images(IdxReader.IMAGES_MAGIC, 3, 2, 2, IdxTestFiles.ramp(10))), "short.idx"));
		assertTrue(e.getMessage().startsWith("short.idx: truncated: the header announces 3 images of 2x2 (12 bytes)"),
			e.getMessage());
	}

	@Test
	void truncatedHeaderIsRejected() {
		final IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
			() -> IdxReader.readLabels(new ByteArrayInputStream(new byte[] { 0, 0, 8 }), "tiny"));
		assertEquals("tiny: file ends inside the header, before the magic number", e.getMessage());
	}

	@Test
	void extraBytesAreRejected() {
		final IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
			() -> IdxReader.readLabels(new ByteArrayInputStream(IdxTestFiles.labels(2, new byte[] { 1, 2, 3 })), "long"));
		assertEquals("long: unexpected extra bytes after the 2 labels announced in the header", e.getMessage());
	}

	@Test
	void badDimensionsAreRejected() {
		assertThrows(IllegalArgumentException.class, () -> IdxReader.readImages(
			new ByteArrayInputStream(IdxTestFiles.images(IdxReader.IMAGES_MAGIC, 1, 0, 4, new byte[0])), "zero"));
		final IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
			() -> IdxReader.readImages(new ByteArrayInputStream(
				IdxTestFiles.images(IdxReader.IMAGES_MAGIC, -1, 2, 2, new byte[0])), "negative"));
		assertEquals("negative: negative image count -1 in the header", e.getMessage());
	}

	@Test
	void emptyFileIsRejected() throws IOException {
		final Path file = Files.createFile(folder.resolve("empty.gz"));
		assertThrows(IllegalArgumentException.class, () -> IdxReader.readLabels(file));
	}
}
