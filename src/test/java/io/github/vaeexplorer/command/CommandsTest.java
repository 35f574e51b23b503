package io.github.vaeexplorer.command;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.vaeexplorer.data.TestFolders;
import io.github.vaeexplorer.data.synthetic.ShapesGenerator;
import io.github.vaeexplorer.data.synthetic.ShapesSpec;
import io.github.vaeexplorer.model.ModelFile;
import io.github.vaeexplorer.model.VaeModel;
import io.github.vaeexplorer.nd4j.NativeBackend;
import io.github.vaeexplorer.train.TrainingListener;

import ij.ImagePlus;
import ij.measure.Calibration;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scijava.Context;

/**
 * The commands through a headless SciJava {@link Context}, as a script would call them.
 */
class CommandsTest {

	private static Context context;
	private static CommandRunner runner;
	@TempDir
	static Path dir;
	private static Path model;
	private static ImagePlus stack;
	private static long[] stackChecksum;

	@BeforeAll
	static void trainTinyModel() {
		NativeBackend.ensureLoaded();
		context = CommandContexts.create();
		runner = new CommandRunner(context);
		stack = new ShapesGenerator(ShapesSpec.builder().imageSize(24).count(96).seed(7).build()).generate().stack();
		Calibration cal = stack.getCalibration();
		cal.pixelWidth = 0.5;
		cal.pixelHeight = 0.5;
		cal.setUnit("um");
		stackChecksum = checksum(stack);
		model = dir.resolve("tiny.vae.zip");
		Map<String, Object> in = new HashMap<>();
		in.put("image", stack);
		in.put("model", model.toString());
		in.put("architecture", "dense");
		in.put("latent", 3);
		in.put("epochs", 2);
		in.put("batch", 32);
		in.put("size", 16);
		in.put("seed", 5L);
		Map<String, Object> out = runner.run(TrainVaeCommand.class, in);
		assertEquals(model.toString(), out.get("saved_model"));
	}

	@AfterAll
	static void dispose() {
		context.dispose();
	}

	@Test
	void trainingWritesALoadableModelAndLeavesTheSourceUntouched() {
		assertTrue(Files.isRegularFile(model));
		VaeModel vae = ModelFile.load(model);
		assertEquals(3, vae.latent());
		assertEquals(2, vae.history().size());
		assertEquals(24, vae.geometry().width());
		assertArrayEquals(stackChecksum, checksum(stack));
	}

	@Test
	void sweepFollowsTheOutputConventions() {
		Map<String, Object> in = new HashMap<>();
		in.put("model", model.toString());
		in.put("image", stack);
		in.put("dim", "1");
		in.put("from", -2.0);
		in.put("to", 2.0);
		in.put("steps", 5);
		in.put("anchor", "slice:4");
		ImagePlus sweep = (ImagePlus) runner.run(LatentSweepCommand.class, in).get("sweep");
		assertNotNull(sweep);
		assertEquals("Sweep z1 of " + stack.getTitle(), sweep.getTitle());
		assertEquals(ImagePlus.GRAY32, sweep.getType());
		assertEquals(5, sweep.getStackSize());
		assertEquals(24, sweep.getWidth());
		assertEquals(24, sweep.getHeight());
		assertEquals("z1=-2.00", sweep.getStack().getSliceLabel(1));
		assertEquals("z1=2.00", sweep.getStack().getSliceLabel(5));
		assertEquals(0.5, sweep.getCalibration().pixelWidth, 0);
		assertEquals(stack.getCalibration().getUnit(), sweep.getCalibration().getUnit());
		float[] first = (float[]) sweep.getStack().getPixels(1);
		for (float v : first) assertTrue(Float.isFinite(v) && v >= -1e-3 && v <= 255.001, "value in source scale: " + v);
		assertArrayEquals(stackChecksum, checksum(stack));
	}

	@Test
	void autoDimensionIsTheLargestKl() {
		Map<String, Object> in = new HashMap<>();
		in.put("model", model.toString());
		in.put("steps", 3);
		ImagePlus sweep = (ImagePlus) runner.run(LatentSweepCommand.class, in).get("sweep");
		int top = ModelFile.load(model).statistics().rankedByKl()[0];
		assertEquals("Sweep z" + top + " of tiny", sweep.getTitle());
		assertEquals(3, sweep.getStackSize());
	}

	@Test
	void badSweepParametersNameTheKey() {
		Map<String, Object> in = new HashMap<>();
		in.put("model", model.toString());
		in.put("dim", "7");
		IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> runner.run(
			LatentSweepCommand.class, in));
		assertTrue(e.getMessage().startsWith("dim must be from 0 to 2"), e.getMessage());
		in.put("dim", "0");
		in.put("steps", 0);
		e = assertThrows(IllegalArgumentException.class, () -> runner.run(LatentSweepCommand.class, in));
		assertTrue(e.getMessage().startsWith("steps must be"), e.getMessage());
	}

	@Test
	void trainingWithoutAnImageSaysSo() throws Exception {
		Map<String, Object> in = new HashMap<>();
		in.put("model", dir.resolve("none.vae.zip").toString());
		IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> runner.run(
			TrainVaeCommand.class, in));
		assertTrue(e.getMessage().contains("no image"), e.getMessage());
		assertTrue(Files.notExists(dir.resolve("none.vae.zip")));
	}

	@Test
	void trainingOnAFolderUsesEveryReadableFileAndSaysWhichItSkipped() throws Exception {
		Path folder = dir.resolve("folder");
		TestFolders.mixedShapes(folder, 24, 300);
		TestFolders.garbagePng(folder);
		List<String> messages = new ArrayList<>();
		Map<String, Object> in = new HashMap<>();
		in.put("image", stack);
		in.put("input", folder.toString());
		in.put("model", dir.resolve("folder.vae.zip").toString());
		in.put("architecture", "dense");
		in.put("latent", 2);
		in.put("epochs", 1);
		in.put("size", 16);
		in.put("listener", new TrainingListener() {

			@Override
			public void message(String text) {
				messages.add(text);
			}
		});
		runner.run(TrainVaeCommand.class, in);
		assertEquals(List.of("folder: skipped 1 of 25 files: corrupt.png (not a readable PNG image)."), messages);
		VaeModel trained = ModelFile.load(dir.resolve("folder.vae.zip"));
		assertEquals(32, trained.geometry().width(), "the folder's most common size, not the open image's 24");
		assertTrue(Arrays.equals(stackChecksum, checksum(stack)), "the open image is left alone");

		in.put("input", folder.resolve("corrupt.png").toString());
		IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> runner.run(
			TrainVaeCommand.class, in));
		assertEquals("input must name a folder of images (got '" + folder.resolve("corrupt.png") + "')", e
			.getMessage());
	}

	@Test
	void openSampleDataGivesTheShapesStack() {
		Map<String, Object> in = new HashMap<>();
		in.put("sample", "shapes");
		ImagePlus shapes = (ImagePlus) runner.run(OpenSampleDataCommand.class, in).get("stack");
		assertEquals(3000, shapes.getStackSize());
		assertEquals(64, shapes.getWidth());
	}

	static long[] checksum(ImagePlus imp) {
		long[] sums = new long[imp.getStackSize()];
		for (int i = 1; i <= sums.length; i++) {
			Object pixels = imp.getStack().getPixels(i);
			sums[i - 1] = pixels instanceof byte[] ? Arrays.hashCode((byte[]) pixels) : pixels instanceof short[]
				? Arrays.hashCode((short[]) pixels) : pixels instanceof float[] ? Arrays.hashCode((float[]) pixels)
					: Arrays.hashCode((int[]) pixels);
		}
		return sums;
	}
}
