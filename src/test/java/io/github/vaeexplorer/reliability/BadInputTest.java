package io.github.vaeexplorer.reliability;

import static io.github.vaeexplorer.reliability.Harness.assertCliFails;
import static io.github.vaeexplorer.reliability.Harness.cli;
import static io.github.vaeexplorer.reliability.Harness.inputs;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.vaeexplorer.command.LatentSweepCommand;
import io.github.vaeexplorer.command.TrainVaeCommand;
import io.github.vaeexplorer.model.ModelFile;
import io.github.vaeexplorer.model.VaeModel;
import io.github.vaeexplorer.nd4j.NativeBackend;
import io.github.vaeexplorer.train.TrainingListener;

import ij.ImagePlus;
import ij.ImageStack;
import ij.process.ByteProcessor;
import ij.process.ColorProcessor;
import ij.process.FloatProcessor;
import ij.process.LUT;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The reliability matrix's bad images, each through the Train VAE command and the CLI: trained with a warning where
 * that makes sense, refused with a one-line message otherwise; the source never changes.
 */
class BadInputTest {

	@TempDir
	static Path dir;
	private static Harness harness;

	@BeforeAll
	static void start() {
		NativeBackend.ensureLoaded();
		harness = new Harness();
	}

	@AfterAll
	static void stop() {
		harness.close();
	}

	/** Trains through the command; returns the listener's messages. */
	private static List<String> trainCommand(ImagePlus image, Path model) {
		List<String> messages = new ArrayList<>();
		TrainingListener listener = new TrainingListener() {

			@Override
			public void message(String text) {
				messages.add(text);
			}
		};
		int before = Harness.checksum(image);
		harness.runner.run(TrainVaeCommand.class, inputs("image", image, "model", model.toString(), "architecture",
			"dense", "latent", 2, "epochs", 1, "batch", 8, "size", 16, "listener", listener));
		assertEquals(before, Harness.checksum(image), "source unchanged");
		assertTrue(Files.isRegularFile(model));
		return messages;
	}

	private static Harness.CliResult trainCli(Path tif, Path model) {
		return cli("train", "--input", tif.toString(), "--model", model.toString(), "--architecture", "dense",
			"--latent", "2", "--epochs", "1", "--batch", "8", "--size", "16");
	}

	@Test
	void noImage() {
		harness.assertCommandFails(TrainVaeCommand.class, inputs("model", dir.resolve("n.vae.zip").toString()),
			"no image");
		assertCliFails(cli("train", "--model", dir.resolve("n.vae.zip").toString()), "--input is required");
		assertFalse(Files.exists(dir.resolve("n.vae.zip")));
	}

	@Test
	void singleImageTrainsWithAWarning() {
		ImagePlus one = new ImagePlus("one", Harness.shapes(16, 1, 1).getProcessor());
		assertTrue(trainCommand(one, dir.resolve("one.vae.zip")).stream().anyMatch(m -> m.contains("single sample")));
		Harness.CliResult r = trainCli(Harness.saveTiff(one, dir.resolve("one.tif")), dir.resolve("one-cli.vae.zip"));
		assertEquals(0, r.code, r.err);
		assertTrue(r.err.contains("single sample"), r.err);
	}

	@Test
	void onePixelImageTrains() {
		ImageStack stack = new ImageStack(1, 1);
		for (int i = 0; i < 4; i++) stack.addSlice(new ByteProcessor(1, 1, new byte[] { (byte) (i * 60) }));
		ImagePlus pixel = new ImagePlus("pixel", stack);
		trainCommand(pixel, dir.resolve("pixel.vae.zip"));
		assertEquals(1, ModelFile.load(dir.resolve("pixel.vae.zip")).geometry().width());
		assertEquals(0, trainCli(Harness.saveTiff(pixel, dir.resolve("pixel.tif")), dir.resolve("p2.vae.zip")).code);
	}

	@Test
	void constantStackTrainsWithAWarning() {
		ImageStack stack = new ImageStack(8, 8);
		for (int i = 0; i < 6; i++) {
			ByteProcessor bp = new ByteProcessor(8, 8);
			bp.setValue(77);
			bp.fill();
			stack.addSlice(bp);
		}
		ImagePlus flat = new ImagePlus("flat", stack);
		assertTrue(trainCommand(flat, dir.resolve("flat.vae.zip")).stream().anyMatch(m -> m.contains(
			"nothing in it for the model to learn")));
		Harness.CliResult r = trainCli(Harness.saveTiff(flat, dir.resolve("flat.tif")), dir.resolve("f2.vae.zip"));
		assertEquals(0, r.code, r.err);
		assertTrue(r.err.contains("nothing in it"), r.err);
	}

	@Test
	void nonFinitePixelsAreReplacedAndReported() {
		ImageStack stack = new ImageStack(8, 8);
		for (int i = 0; i < 6; i++) {
			float[] v = new float[64];
			for (int j = 0; j < 64; j++) v[j] = (i * 64 + j) % 13;
			v[3] = Float.NaN;
			v[9] = Float.POSITIVE_INFINITY;
			v[20] = Float.NEGATIVE_INFINITY;
			stack.addSlice(new FloatProcessor(8, 8, v));
		}
		ImagePlus nan = new ImagePlus("nan", stack);
		assertTrue(trainCommand(nan, dir.resolve("nan.vae.zip")).stream().anyMatch(m -> m.contains(
			"18 NaN/Inf pixels")));
		VaeModel model = ModelFile.load(dir.resolve("nan.vae.zip"));
		assertTrue(Double.isFinite(model.normalisation().high(0)));
		Harness.CliResult r = trainCli(Harness.saveTiff(nan, dir.resolve("nan.tif")), dir.resolve("n2.vae.zip"));
		assertEquals(0, r.code, r.err);
		assertTrue(r.err.contains("NaN/Inf"), r.err);
	}

	@Test
	void hugeImageIsRefusedBeforeRunningOutOfMemory() {
		ImagePlus huge = new ImagePlus("huge", new ByteProcessor(20_000, 20_000));
		Map<String, Object> in = inputs("image", huge, "model", dir.resolve("huge.vae.zip").toString(), "epochs", 1);
		harness.assertCommandFails(TrainVaeCommand.class, in, "training needs about");
		assertFalse(Files.exists(dir.resolve("huge.vae.zip")));
	}

	@Test
	void rgbAndColourLutImagesTrain() {
		ImageStack rgb = new ImageStack(16, 16);
		ImagePlus grey = Harness.shapes(16, 6, 2);
		for (int i = 1; i <= 6; i++) {
			ColorProcessor cp = new ColorProcessor(16, 16);
			byte[] g = (byte[]) grey.getStack().getPixels(i);
			cp.setRGB(g, new byte[256], g);
			rgb.addSlice(cp);
		}
		ImagePlus colour = new ImagePlus("rgb", rgb);
		trainCommand(colour, dir.resolve("rgb.vae.zip"));
		assertEquals(3, ModelFile.load(dir.resolve("rgb.vae.zip")).config().channels());
		assertEquals(0, trainCli(Harness.saveTiff(colour, dir.resolve("rgb.tif")), dir.resolve("rgb2.vae.zip")).code);

		ImagePlus lut = Harness.shapes(16, 6, 3);
		lut.getProcessor().setLut(LUT.createLutFromColor(java.awt.Color.GREEN));
		trainCommand(lut, dir.resolve("lut.vae.zip"));
		assertEquals(1, ModelFile.load(dir.resolve("lut.vae.zip")).config().channels());
	}

	@Test
	void channelCountDifferentFromTheModelsIsNamed() {
		ImagePlus grey = Harness.shapes(16, 6, 4);
		Path model = dir.resolve("grey.vae.zip");
		trainCommand(grey, model);
		ImageStack rgb = new ImageStack(16, 16);
		for (int i = 0; i < 2; i++) rgb.addSlice(new ColorProcessor(16, 16));
		ImagePlus colour = new ImagePlus("rgb2", rgb);
		harness.assertCommandFails(LatentSweepCommand.class, inputs("model", model.toString(), "image", colour,
			"anchor", "slice:1"), "3");
		assertCliFails(cli("sweep", "--model", model.toString(), "--input", Harness.saveTiff(colour, dir.resolve(
			"c.tif")).toString(), "--anchor", "slice:1", "--out", dir.resolve("c-out.tif").toString()), "channel");
		assertFalse(Files.exists(dir.resolve("c-out.tif")));
		harness.assertCommandFails(TrainVaeCommand.class, inputs("image", colour, "model", dir.resolve("r.vae.zip")
			.toString(), "resume", model.toString(), "epochs", 1), "channel");
	}
}
