package io.github.vaeexplorer.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.vaeexplorer.data.ConversionResult;
import io.github.vaeexplorer.data.FolderConverter;
import io.github.vaeexplorer.data.TestFolders;
import io.github.vaeexplorer.model.ModelFile;
import io.github.vaeexplorer.model.VaeModel;

import ij.IJ;
import ij.ImagePlus;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command line over a folder: {@code train --input DIR} on 200 mixed-size PNG/TIFF files with a corrupt one
 * among them, and {@code sweep --input DIR --out DIR} once per file.
 */
class MainFolderTest {

	private static final int FILES = 200;

	@TempDir
	static Path dir;
	private static Path images;
	private static Path model;
	private static String trainErr;

	private final CliCapture cli = new CliCapture();

	@BeforeAll
	static void trainOnAFolder() throws IOException {
		images = dir.resolve("images");
		TestFolders.mixedShapes(images, FILES, 500);
		TestFolders.garbagePng(images);
		model = dir.resolve("folder.vae.zip");
		CliCapture training = new CliCapture();
		int code = training.run("train", "--input", images.toString(), "--model", model.toString(), "--architecture", "dense",
			"--size", "16", "--latent", "3", "--epochs", "2", "--batch", "32", "--seed", "5");
		trainErr = training.err();
		assertEquals(0, code, trainErr);
	}

	@Test
	void trainingNamesTheCorruptFileOnceAndUsesAllOthers() {
		String warning = "note: images: skipped 1 of 201 files: corrupt.png (not a readable PNG image).";
		assertEquals(1, trainErr.split(java.util.regex.Pattern.quote(warning), -1).length - 1, trainErr);
		VaeModel vae = ModelFile.load(model);
		assertEquals(2, vae.history().size());
		assertEquals(32, vae.geometry().width(), "the most common size of the files");
		assertEquals(16, vae.config().size());

		ConversionResult data = new FolderConverter().convert(images, 16, vae.normalisation());
		assertEquals(FILES, data.samples().count());
		float[][][] codes = vae.encode(data.samples());
		assertEquals(FILES, codes[0].length);
		for (float[] mu : codes[0]) {
			assertEquals(3, mu.length);
			for (float v : mu) assertTrue(Float.isFinite(v));
		}
	}

	@Test
	void sweepRunsOncePerFileAroundItsOwnFirstSlice() throws IOException {
		Path sweeps = dir.resolve("sweeps");
		assertEquals(0, cli.run("sweep", "--model", model.toString(), "--input", images.toString(), "--out", sweeps
			.toString(), "--dim", "0", "--steps", "3", "--anchor", "slice:1"), cli.err());
		List<String> names;
		try (Stream<Path> files = Files.list(sweeps)) {
			names = files.map(p -> p.getFileName().toString()).sorted().collect(Collectors.toList());
		}
		assertEquals(FILES, names.size());
		assertEquals("cell000.tif", names.get(0));
		assertEquals("cell199.tif", names.get(FILES - 1));
		assertTrue(cli.out().contains("wrote " + FILES + " of 201 files to " + sweeps), cli.out());
		assertEquals("warning: skipped 1 of 201 files that cannot be read: corrupt.png (not a readable PNG image)\n",
			cli.err());

		ImagePlus a = IJ.openImage(sweeps.resolve("cell000.tif").toString());
		ImagePlus b = IJ.openImage(sweeps.resolve("cell001.tif").toString());
		assertEquals(3, a.getStackSize());
		assertEquals("z0=0.00", a.getStack().getSliceLabel(2));
		assertEquals(32, a.getWidth(), "the model's geometry");
		assertFalse(Arrays.equals((float[]) a.getStack().getPixels(2), (float[]) b.getStack().getPixels(2)),
			"each file is swept around its own encoding");
	}

	@Test
	void aFailureOnTheFirstFileStopsWithItsMessage() {
		assertEquals(1, cli.run("sweep", "--model", model.toString(), "--input", images.toString(), "--out", dir.resolve(
			"never").toString(), "--anchor", "slice:2"));
		assertEquals("error: anchor=slice:2 but cell000.png has 1 sample(s)\n", cli.err());
	}

	@Test
	void outMustBeAnotherFolder() throws IOException {
		assertEquals(1, cli.run("sweep", "--model", model.toString(), "--input", images.toString(), "--out", images
			.toString()));
		assertTrue(cli.err().startsWith("error: --out must be another folder than --input"), cli.err());
		Path file = Files.write(dir.resolve("a-file.tif"), new byte[] { 1 });
		cli.resetErr();
		assertEquals(1, cli.run("sweep", "--model", model.toString(), "--input", images.toString(), "--out", file
			.toString()));
		assertTrue(cli.err().startsWith("error: --out must be a folder when --input is a folder"), cli.err());
	}

	@Test
	void outputNamesKeepTheInputNames() {
		Map<Path, String> names = FolderBatch.outputNames(List.of(Path.of("cells.png"), Path.of("cells.tif"), Path.of(
			"other.jpg")), ".tif");
		assertArrayEquals(new String[] { "cells.png.tif", "cells.tif.tif", "other.tif" }, names.values().toArray());
		assertEquals(".csv", FolderBatch.outputExtension("encode"));
		assertEquals(".tif", FolderBatch.outputExtension("reconstruct"));
	}
}
