package io.github.vaeexplorer.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ij.ImagePlus;
import ij.io.FileSaver;
import ij.process.ColorProcessor;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which files of a folder count as images, and that broken ones come back as a reason, never as an exception. */
class ImageFilesTest {

	@TempDir
	Path dir;

	@Test
	void listsImageFilesByNameAndNothingElse() throws IOException {
		for (String name : new String[] { "b.TIF", "a.png", "c.jpeg", "d.jpg", "e.tiff", "notes.txt", ".hidden.tif",
			"model.vae.zip" })
		{
			Files.write(dir.resolve(name), new byte[] { 1 });
		}
		Files.createDirectories(dir.resolve("sub.tif"));
		List<String> names = ImageFiles.list(dir).stream().map(p -> p.getFileName().toString()).collect(Collectors
			.toList());
		assertEquals(List.of("a.png", "b.TIF", "c.jpeg", "d.jpg", "e.tiff"), names);
		assertThrows(IllegalArgumentException.class, () -> ImageFiles.list(dir.resolve("a.png")));
	}

	@Test
	void opensPngTiffStacksAndGreyJpegsWithTheirPixels() throws IOException {
		ImagePlus stack = TestImages.shorts("s", 7, 5, 3, 1);
		assertTrue(new FileSaver(stack).saveAsTiffStack(dir.resolve("s.tif").toString()));
		ImagePlus tif = ImageFiles.open(dir.resolve("s.tif")).image();
		assertEquals(16, tif.getBitDepth());
		assertEquals(3, tif.getStackSize());
		assertEquals("s.tif", tif.getTitle());
		assertArrayEquals((short[]) stack.getStack().getPixels(3), (short[]) tif.getStack().getPixels(3));

		ImagePlus bytes = TestImages.bytes("b", 9, 4, 1, 2);
		assertTrue(new FileSaver(bytes).saveAsPng(dir.resolve("b.png").toString()));
		ImagePlus png = ImageFiles.open(dir.resolve("b.png")).image();
		assertEquals(8, png.getBitDepth());
		assertArrayEquals((byte[]) bytes.getProcessor().getPixels(), (byte[]) png.getProcessor().getPixels());

		ImagePlus shorts = TestImages.shorts("w", 6, 5, 1, 4);
		assertTrue(new FileSaver(shorts).saveAsPng(dir.resolve("w.png").toString()));
		ImagePlus png16 = ImageFiles.open(dir.resolve("w.png")).image();
		assertEquals(16, png16.getBitDepth(), "a 16-bit PNG stays 16-bit");
		assertArrayEquals((short[]) shorts.getProcessor().getPixels(), (short[]) png16.getProcessor().getPixels());

		assertTrue(new FileSaver(bytes).saveAsJpeg(dir.resolve("b.jpg").toString()));
		ImagePlus jpg = ImageFiles.open(dir.resolve("b.jpg")).image();
		assertEquals(8, jpg.getBitDepth(), "a grey JPEG opens as 8-bit, as ImageJ opens it");
		assertEquals(9, jpg.getWidth());

		ColorProcessor colour = new ColorProcessor(4, 4);
		colour.setColor(java.awt.Color.RED);
		colour.fill();
		assertTrue(new FileSaver(new ImagePlus("c", colour)).saveAsPng(dir.resolve("c.png").toString()));
		assertEquals(24, ImageFiles.open(dir.resolve("c.png")).image().getBitDepth());
	}

	@Test
	void brokenFilesComeBackWithAReason() throws IOException {
		Path[] broken = { TestFolders.garbagePng(dir), TestFolders.truncatedTiff(dir), Files.write(dir.resolve(
			"text.tif"), "II but not a TIFF".getBytes(StandardCharsets.UTF_8)), Files.write(dir.resolve("magic.png"),
				new byte[] { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 1, 2, 3 }), Files.write(dir.resolve(
					"magic.jpg"), new byte[] { (byte) 0xff, (byte) 0xd8, (byte) 0xff, (byte) 0xe0, 1, 2, 3 }), Files
						.write(dir.resolve("empty.jpeg"), new byte[0]) };
		for (Path file : broken) {
			ImageFiles.Opened opened = ImageFiles.open(file);
			assertNull(opened.image(), file.toString());
			assertTrue(opened.problem().startsWith("not a readable"), opened.problem());
		}
	}

	@Test
	void baseNameDropsOnlyAnImageExtension() {
		assertEquals("cells", ImageFiles.baseName("cells.tif"));
		assertEquals("cells.v2", ImageFiles.baseName("cells.v2.PNG"));
		assertEquals("notes.txt", ImageFiles.baseName("notes.txt"));
		assertEquals(".tif", ImageFiles.baseName(".tif"));
	}
}
