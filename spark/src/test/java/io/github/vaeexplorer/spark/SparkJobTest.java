package io.github.vaeexplorer.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.vaeexplorer.cli.Main;
import io.github.vaeexplorer.data.ConversionResult;
import io.github.vaeexplorer.data.StackConverter;
import io.github.vaeexplorer.model.Architecture;
import io.github.vaeexplorer.model.ModelFile;
import io.github.vaeexplorer.model.VaeConfig;
import io.github.vaeexplorer.train.Trainer;
import io.github.vaeexplorer.train.TrainingResult;

import ij.ImagePlus;
import ij.ImageStack;
import ij.io.FileSaver;
import ij.process.ByteProcessor;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** The Spark job on {@code local[2]} writes what the plugin's own {@code encode} writes, file by file. */
class SparkJobTest {

	@TempDir
	Path dir;

	@Test
	@Timeout(value = 5, unit = TimeUnit.MINUTES)
	void encodingsEqualThePluginsEncode() throws IOException {
		Path images = Files.createDirectories(dir.resolve("images"));
		ImagePlus all = blobs(12, 3);
		for (int f = 0; f < 4; f++) {
			ImageStack stack = new ImageStack(20, 20);
			for (int s = 1; s <= 3; s++) stack.addSlice(all.getStack().getProcessor(f * 3 + s));
			assertTrue(new FileSaver(new ImagePlus("f", stack)).saveAsTiffStack(images.resolve("cells" + f + ".tif")
				.toString()));
		}
		VaeConfig config = VaeConfig.builder().architecture(Architecture.DENSE).size(16).latent(3).epochs(1).batch(4)
			.validation(0).seed(1).build();
		ConversionResult data = new StackConverter().convert(all, 16);
		TrainingResult trained = new Trainer(null, null).train(config, data.samples(), data.normalisation(), data
			.geometry());
		Path model = dir.resolve("m.vae.zip");
		ModelFile.save(trained.model(), model);

		List<String> expected = new ArrayList<>();
		String header = null;
		for (int f = 0; f < 4; f++) {
			Path csv = dir.resolve("plugin" + f + ".csv");
			Path image = images.resolve("cells" + f + ".tif");
			assertEquals(0, new Main(quiet(), quiet()).run("encode", "--model", model.toString(), "--input", image
				.toString(), "--out", csv.toString()));
			List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
			header = "source," + lines.get(0);
			for (String line : lines.subList(1, lines.size())) expected.add(image.getFileName() + "," + line);
		}

		Path out = dir.resolve("spark.csv");
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		assertEquals(0, new SparkJob(new PrintStream(err, true, "UTF-8")).run("encode", "--master", "local[2]",
			"--model", model.toString(), "--input", images.toString(), "--out", out.toString(), "--partitions", "4"),
			err.toString("UTF-8"));
		List<String> actual = Files.readAllLines(out, StandardCharsets.UTF_8);
		assertEquals(header, actual.get(0));
		assertEquals(expected.size(), actual.size() - 1);
		double maxDifference = 0;
		for (int i = 0; i < expected.size(); i++) {
			String[] e = expected.get(i).split(","), a = actual.get(i + 1).split(",");
			assertEquals(e[0], a[0], "row " + i + ": source");
			assertEquals(e.length, a.length);
			for (int c = 1; c < e.length; c++) {
				maxDifference = Math.max(maxDifference, Math.abs(Double.parseDouble(e[c]) - Double.parseDouble(a[c])));
			}
		}
		System.out.println("max |spark - encode| = " + maxDifference);
		assertTrue(maxDifference <= 1e-5, "max difference " + maxDifference);
	}

	private static PrintStream quiet() {
		return new PrintStream(new ByteArrayOutputStream(), true);
	}

	private static ImagePlus blobs(int planes, long seed) {
		Random random = new Random(seed);
		ImageStack stack = new ImageStack(20, 20);
		for (int p = 0; p < planes; p++) {
			byte[] pixels = new byte[400];
			int cx = 5 + random.nextInt(10), cy = 5 + random.nextInt(10);
			for (int y = 0; y < 20; y++) {
				for (int x = 0; x < 20; x++) {
					double r2 = (x - cx) * (x - cx) + (y - cy) * (y - cy);
					pixels[y * 20 + x] = (byte) (200 * Math.exp(-r2 / 8) + random.nextInt(20));
				}
			}
			stack.addSlice("p" + p, new ByteProcessor(20, 20, pixels));
		}
		return new ImagePlus("blobs", stack);
	}
}
