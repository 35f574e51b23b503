package io.github.vaeexplorer.reliability;

import static io.github.vaeexplorer.reliability.Harness.assertCliFails;
import static io.github.vaeexplorer.reliability.Harness.cli;
import static io.github.vaeexplorer.reliability.Harness.inputs;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.vaeexplorer.command.LatentSweepCommand;
import io.github.vaeexplorer.command.TrainVaeCommand;
import io.github.vaeexplorer.nd4j.NativeBackend;

import ij.IJ;
import ij.ImagePlus;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Absurd parameters, each through a command and the CLI: a one-line message naming the key, and nothing written.
 */
class BadParameterTest {

	@TempDir
	static Path dir;
	private static Harness harness;
	private static ImagePlus stack;
	private static Path tif, model;

	@BeforeAll
	static void start() {
		NativeBackend.ensureLoaded();
		harness = new Harness();
		stack = Harness.shapes(16, 24, 5);
		tif = Harness.saveTiff(stack, dir.resolve("s.tif"));
		model = Harness.trainTinyModel(tif, dir.resolve("ok.vae.zip"), 3);
	}

	@AfterAll
	static void stop() {
		harness.close();
	}

	@ParameterizedTest
	@CsvSource({ "epochs,0,epochs must be between 1", "epochs,-3,epochs must be between 1",
		"batch,0,batch must be between 1", "latent,0,latent must be between 1", "latent,-2,latent must be between 1",
		"beta,-1,beta must be a finite number >= 0", "learning_rate,0,learning_rate must be a number > 0",
		"learning_rate,-0.1,learning_rate must be a number > 0", "learning_rate,NaN,learning_rate must be a number",
		"size,40,size must be divisible by 16", "epochs,many,epochs must be a whole number",
		"validation,1.5,validation must be a fraction", "architecture,resnet,architecture must be one of conv, dense",
		"epochz,3,unknown key 'epochz'" })
	void trainRefuses(String key, String value, String message) {
		Path out = dir.resolve("bad-" + key + ".vae.zip");
		assertCliFails(cli("train", "--input", tif.toString(), "--model", out.toString(), "--" + key, value), message);
		assertFalse(Files.exists(out));
		Object typed = typed(key, value);
		if (typed != null) {
			Map<String, Object> in = inputs("image", stack, "model", out.toString(), key, typed);
			harness.assertCommandFails(TrainVaeCommand.class, in, message);
			assertFalse(Files.exists(out));
		}
	}

	@ParameterizedTest
	@CsvSource({ "steps,0,steps must be between 1", "steps,-5,steps must be between 1",
		"dim,10,dim must be from 0 to 2", "dim,-1,dim must be from 0 to 2", "dim,x,dim must be auto or a number",
		"anchor,slice:0,anchor must be zero, mean or slice:N", "from,abc,from must be a number" })
	void sweepRefuses(String key, String value, String message) {
		Path out = dir.resolve("bad-" + key + ".tif");
		assertCliFails(cli("sweep", "--model", model.toString(), "--out", out.toString(), "--" + key, value), message);
		assertFalse(Files.exists(out));
		Object typed = typed(key, value);
		if (typed != null) harness.assertCommandFails(LatentSweepCommand.class, inputs("model", model.toString(), key,
			typed), message);
	}

	@Test
	void reversedSweepIsAllowed() {
		Path out = dir.resolve("reversed.tif");
		assertEquals(0, cli("sweep", "--model", model.toString(), "--out", out.toString(), "--from", "2", "--to", "-2",
			"--steps", "3").code);
		ImagePlus sweep = IJ.openImage(out.toString());
		assertEquals(3, sweep.getStackSize());
		assertTrue(sweep.getStack().getSliceLabel(1).endsWith("=2.00"), sweep.getStack().getSliceLabel(1));
		assertTrue(sweep.getStack().getSliceLabel(3).endsWith("=-2.00"), sweep.getStack().getSliceLabel(3));
	}

	/** The value as the command's field type, or null where the text cannot be typed (the CLI's job). */
	private static Object typed(String key, String value) {
		try {
			switch (key) {
				case "epochs": case "batch": case "latent": case "size": case "steps":
					return Integer.parseInt(value);
				case "beta": case "learning_rate": case "validation": case "from": case "to":
					double d = Double.parseDouble(value);
					return Double.isNaN(d) ? null : d;
				case "epochz":
					return null;
				default:
					return value;
			}
		}
		catch (NumberFormatException e) {
			return null;
		}
	}
}
