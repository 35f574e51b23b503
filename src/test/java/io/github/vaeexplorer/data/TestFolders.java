package io.github.vaeexplorer.data;

import io.github.vaeexplorer.data.synthetic.ShapesGenerator;
import io.github.vaeexplorer.data.synthetic.ShapesSpec;

import ij.ImagePlus;
import ij.io.FileSaver;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Folders of image files for the folder tests: seeded shapes of mixed sizes as PNG and TIFF, and broken files. */
public final class TestFolders {

	/** The side lengths the files of {@link #mixedShapes} cycle through: 32 is the most common. */
	public static final int[] SIZES = { 24, 32, 40, 32 };

	private TestFolders() {}

	/**
	 * Writes {@code count} single shapes, {@code cell000.png}, {@code cell001.tif}, ...: even numbers as 8-bit PNG, odd
	 * ones as 8-bit TIFF, sized {@code SIZES[i % 4]}.
	 */
	public static List<Path> mixedShapes(Path dir, int count, long seed) throws IOException {
		Files.createDirectories(dir);
		List<Path> files = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			ImagePlus one = new ShapesGenerator(ShapesSpec.builder().imageSize(SIZES[i % SIZES.length]).count(1).seed(
				seed + i).build()).generate().stack();
			Path file = dir.resolve(String.format("cell%03d.%s", i, i % 2 == 0 ? "png" : "tif"));
			FileSaver saver = new FileSaver(one);
			if (!(i % 2 == 0 ? saver.saveAsPng(file.toString()) : saver.saveAsTiff(file.toString()))) {
				throw new IOException(file + " cannot be written");
			}
			files.add(file);
		}
		return files;
	}

	/** A PNG that is text. */
	public static Path garbagePng(Path dir) throws IOException {
		return Files.write(dir.resolve("corrupt.png"), "not a PNG at all".getBytes(StandardCharsets.UTF_8));
	}

	/** A TIFF cut in half: its header is fine, its pixels end early. */
	public static Path truncatedTiff(Path dir) throws IOException {
		ImagePlus one = new ShapesGenerator(ShapesSpec.builder().imageSize(32).count(3).seed(5).build()).generate()
			.stack();
		Path file = dir.resolve("broken.tif");
		if (!new FileSaver(one).saveAsTiffStack(file.toString())) throw new IOException(file + " cannot be written");
		byte[] bytes = Files.readAllBytes(file);
		return Files.write(file, java.util.Arrays.copyOf(bytes, bytes.length / 2));
	}
}
