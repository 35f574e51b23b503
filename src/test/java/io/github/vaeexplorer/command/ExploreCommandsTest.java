package io.github.vaeexplorer.command;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.vaeexplorer.data.synthetic.ShapesGenerator;
import io.github.vaeexplorer.data.synthetic.ShapesSpec;
import io.github.vaeexplorer.latent.LatentEncoding;
import io.github.vaeexplorer.model.LatentStatistics;
import io.github.vaeexplorer.model.ModelFile;
import io.github.vaeexplorer.model.VaeModel;
import io.github.vaeexplorer.nd4j.NativeBackend;

import ij.ImagePlus;
import ij.gui.Plot;
import ij.measure.Calibration;
import ij.measure.ResultsTable;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scijava.Context;

/**
 * The exploring commands (grid, interpolation, reconstruction, prior samples, encodings, model info) through a
 * headless SciJava {@link Context}, on a small dense VAE trained on 24×24 shapes at size 16 (so every output is
 * resampled back to the source's size), and the output conventions of docs/reference.md.
 */
class ExploreCommandsTest {

	private static final int WIDTH = 24;
	private static final int SLICES = 600;
	private static final int LATENT = 4;

	private static Context context;
	private static CommandRunner runner;
	@TempDir
	static Path dir;
	private static Path model;
	private static VaeModel vae;
	private static ImagePlus stack;
	private static long[] stackChecksum;

	@BeforeAll
	static void trainSmallModel() {
		NativeBackend.ensureLoaded();
		context = CommandContexts.create();
		runner = new CommandRunner(context);
		stack = new ShapesGenerator(ShapesSpec.builder().imageSize(WIDTH).count(SLICES).seed(7).build()).generate()
			.stack();
		stack.setTitle("blobs.tif");
		Calibration cal = stack.getCalibration();
		cal.pixelWidth = 0.25;
		cal.pixelHeight = 0.25;
		cal.setUnit("um");
		stackChecksum = CommandsTest.checksum(stack);
		model = dir.resolve("blobs.vae.zip");
		Map<String, Object> in = new HashMap<>();
		in.put("image", stack);
		in.put("model", model.toString());
		in.put("architecture", "dense");
		in.put("latent", LATENT);
		in.put("epochs", 20);
		in.put("batch", 32);
		in.put("size", 16);
		in.put("validation", 0.0);
		in.put("seed", 5L);
		assertEquals(model.toString(), runner.run(TrainVaeCommand.class, in).get("saved_model"));
		vae = ModelFile.load(model);
	}

	@AfterAll
	static void dispose() {
		context.dispose();
	}

	@AfterEach
	void sourceIsUntouched() {
		assertArrayEquals(stackChecksum, CommandsTest.checksum(stack));
		assertEquals(0.25, stack.getCalibration().pixelWidth, 0);
	}

	private static Map<String, Object> inputs(Object... keyValues) {
		Map<String, Object> in = new HashMap<>();
		in.put("model", model.toString());
		for (int i = 0; i < keyValues.length; i += 2) in.put((String) keyValues[i], keyValues[i + 1]);
		return in;
	}

	/** 32-bit, the source's width, height and calibration, every slice labelled. */
	private static void assertOutputConventions(ImagePlus out, String title, int slices) {
		assertEquals(title, out.getTitle());
		assertEquals(ImagePlus.GRAY32, out.getType());
		assertEquals(slices, out.getStackSize());
		assertEquals(WIDTH, out.getWidth());
		assertEquals(WIDTH, out.getHeight());
		assertEquals(0.25, out.getCalibration().pixelWidth, 0);
		assertEquals(stack.getCalibration().getUnit(), out.getCalibration().getUnit());
		for (int i = 1; i <= slices; i++) {
			assertNotNull(out.getStack().getSliceLabel(i), "label of slice " + i);
			for (float v : (float[]) out.getStack().getPixels(i)) {
				assertTrue(Float.isFinite(v) && v >= -1e-3 && v <= 255.001, "value in source scale: " + v);
			}
		}
	}

	private static float[] pixels(ImagePlus imp, int slice) {
		return (float[]) imp.getStack().getPixels(slice);
	}

	// -- Traversal Grid --

	@Test
	void gridHasAnActiveDimensionTimesStepsTilesInKlOrder() {
		Map<String, Object> out = runner.run(TraversalGridCommand.class, inputs("image", stack, "steps", 5, "range",
			"2"));
		ImagePlus grid = (ImagePlus) out.get("grid");
		int[] active = vae.statistics().activeDims();
		assertTrue(active.length > 0, "the trained model has active dimensions");
		assertOutputConventions(grid, "Traversal grid of blobs.tif", active.length * 5);
		assertEquals(5, grid.getNSlices());
		assertEquals(active.length, grid.getNFrames());
		assertTrue(grid.isHyperStack());
		for (int r = 0; r < active.length; r++) {
			assertEquals("z" + active[r] + "=-2.00", grid.getStack().getSliceLabel(r * 5 + 1));
			assertEquals("z" + active[r] + "=+0.00", grid.getStack().getSliceLabel(r * 5 + 3));
			assertEquals("z" + active[r] + "=+2.00", grid.getStack().getSliceLabel(r * 5 + 5));
		}
		ImagePlus montage = (ImagePlus) out.get("montage");
		assertEquals("Traversal grid montage of blobs.tif", montage.getTitle());
		assertEquals(ImagePlus.GRAY32, montage.getType());
		assertEquals(1, montage.getStackSize());
		assertNotNull(montage.getStack().getSliceLabel(1));
		int tile = 3 * WIDTH; // 24-pixel tiles are enlarged 3 times so that their labels fit
		assertTrue(montage.getWidth() >= 5 * tile && montage.getWidth() <= 5 * tile + 10, "" + montage.getWidth());
		assertTrue(montage.getHeight() >= active.length * tile && montage.getHeight() <= active.length * tile + 10, "" +
			montage.getHeight());
		assertEquals(0.25 / 3, montage.getCalibration().pixelWidth, 1e-12);
		assertEquals(stack.getCalibration().getUnit(), montage.getCalibration().getUnit());
		assertTrue(((String) out.get("note")).contains("z" + active[0] + " (active"), (String) out.get("note"));
	}

	@Test
	void gridTilesAreTheSweepsOfTheirRow() {
		int[] active = vae.statistics().activeDims();
		ImagePlus grid = (ImagePlus) runner.run(TraversalGridCommand.class, inputs("image", stack, "steps", 3, "range",
			"1.5", "dims", "all")).get("grid");
		assertEquals(LATENT, grid.getNFrames());
		ImagePlus sweep = (ImagePlus) runner.run(LatentSweepCommand.class, inputs("image", stack, "dim", "" +
			active[0], "from", -1.5, "to", 1.5, "steps", 3)).get("sweep");
		for (int s = 1; s <= 3; s++) assertArrayEquals(pixels(sweep, s), pixels(grid, s), 1e-5f);
	}

	@Test
	void observedRangeSweepsEachDimensionOverItsMeans() {
		LatentStatistics stats = vae.statistics();
		ImagePlus grid = (ImagePlus) runner.run(TraversalGridCommand.class, inputs("image", stack, "dims", "3,1",
			"steps", 4, "range", "observed")).get("grid");
		assertEquals(2, grid.getNFrames());
		assertEquals(String.format(Locale.ROOT, "z3=%+.2f", stats.muMin()[3]), grid.getStack().getSliceLabel(1));
		assertEquals(String.format(Locale.ROOT, "z3=%+.2f", stats.muMax()[3]), grid.getStack().getSliceLabel(4));
		assertEquals(String.format(Locale.ROOT, "z1=%+.2f", stats.muMin()[1]), grid.getStack().getSliceLabel(5));
	}

	@Test
	void badGridKeysAreNamed() {
		assertEquals("dims must name dimensions from 0 to 3 for this model (got 9)", assertThrows(
			IllegalArgumentException.class, () -> runner.run(TraversalGridCommand.class, inputs("dims", "0,9")))
				.getMessage());
		assertEquals("range must be a number > 0 or observed (got 'wide')", assertThrows(
			IllegalArgumentException.class, () -> runner.run(TraversalGridCommand.class, inputs("range", "wide")))
				.getMessage());
	}

	// -- Interpolate Slices --

	@Test
	void interpolationStartsAndEndsAtTheReconstructionsOfTheTwoSlices() {
		ImagePlus recon = (ImagePlus) runner.run(ReconstructStackCommand.class, inputs("image", stack)).get(
			"reconstruction");
		for (String path : new String[] { "linear", "spherical" }) {
			ImagePlus interpolation = (ImagePlus) runner.run(InterpolateSlicesCommand.class, inputs("image", stack,
				"first", 3, "last", 17, "steps", 6, "path", path)).get("interpolation");
			assertOutputConventions(interpolation, "Interpolation 3-17 of blobs.tif", 6);
			assertArrayEquals(pixels(recon, 3), pixels(interpolation, 1), 0f, path);
			assertArrayEquals(pixels(recon, 17), pixels(interpolation, 6), 0f, path);
			assertFalse(Arrays.equals(pixels(interpolation, 1), pixels(interpolation, 3)), path);
			assertEquals(path + " t=0.000 (slice 3)", interpolation.getStack().getSliceLabel(1));
			assertEquals(path + " t=0.400", interpolation.getStack().getSliceLabel(3));
		}
	}

	@Test
	void interpolationBeyondTheStackNamesTheKey() {
		assertEquals("last is 601 but blobs.tif has 600 slice(s)", assertThrows(IllegalArgumentException.class,
			() -> runner.run(InterpolateSlicesCommand.class, inputs("image", stack, "last", 601))).getMessage());
		assertEquals("path must be linear or spherical (got 'curved')", assertThrows(IllegalArgumentException.class,
			() -> runner.run(InterpolateSlicesCommand.class, inputs("image", stack, "path", "curved"))).getMessage());
	}

	// -- Reconstruct Stack --

	@Test
	void reconstructionErrorIsAtMostHalfThatOfTheMeanImage() {
		Map<String, Object> out = runner.run(ReconstructStackCommand.class, inputs("image", stack));
		ImagePlus recon = (ImagePlus) out.get("reconstruction");
		assertOutputConventions(recon, "Reconstruction of blobs.tif", SLICES);
		ResultsTable errors = (ResultsTable) out.get("errors");
		assertEquals(SLICES, errors.size());
		assertArrayEquals(new String[] { "slice", "mse", "bce_nats" }, errors.getHeadings());
		int n = WIDTH * WIDTH;
		double[] mean = new double[n];
		for (int s = 1; s <= SLICES; s++) {
			byte[] px = (byte[]) stack.getStack().getPixels(s);
			for (int i = 0; i < n; i++) mean[i] += (px[i] & 0xff) / (double) SLICES;
		}
		double meanImageMse = 0, modelMse = 0;
		for (int s = 1; s <= SLICES; s++) {
			byte[] px = (byte[]) stack.getStack().getPixels(s);
			float[] r = pixels(recon, s);
			double sliceMse = 0;
			for (int i = 0; i < n; i++) {
				meanImageMse += Math.pow((px[i] & 0xff) - mean[i], 2) / n / SLICES;
				sliceMse += Math.pow((px[i] & 0xff) - r[i], 2) / n;
			}
			assertEquals(sliceMse, errors.getValue("mse", s - 1), 1e-6 * Math.max(1, sliceMse), "slice " + s);
			assertEquals(s, errors.getValue("slice", s - 1), 0);
			assertTrue(errors.getValue("bce_nats", s - 1) > 0);
			modelMse += sliceMse / SLICES;
		}
		assertTrue(modelMse <= 0.5 * meanImageMse, "model " + modelMse + " vs mean image " + meanImageMse);
		String summary = (String) out.get("summary");
		assertTrue(summary.contains(String.format(Locale.ROOT, "mean squared error %.6g", modelMse)), summary);
	}

	// -- Sample From Prior --

	@Test
	void priorSamplesAreFiniteDifferAndRepeatWithTheSeed() {
		ImagePlus a = (ImagePlus) runner.run(SampleFromPriorCommand.class, inputs("count", 6, "seed", 3L)).get(
			"samples");
		assertEquals("Samples from blobs", a.getTitle());
		assertEquals(ImagePlus.GRAY32, a.getType());
		assertEquals(6, a.getStackSize());
		assertEquals(WIDTH, a.getWidth());
		assertEquals("prior sample 1 (seed 3)", a.getStack().getSliceLabel(1));
		for (int i = 1; i <= 6; i++) {
			for (float v : pixels(a, i)) assertTrue(Float.isFinite(v));
			for (int j = 1; j < i; j++) assertFalse(Arrays.equals(pixels(a, i), pixels(a, j)), i + " vs " + j);
		}
		ImagePlus again = (ImagePlus) runner.run(SampleFromPriorCommand.class, inputs("count", 2, "seed", 3L)).get(
			"samples");
		assertArrayEquals(pixels(a, 2), pixels(again, 2), 0f);
		ImagePlus other = (ImagePlus) runner.run(SampleFromPriorCommand.class, inputs("count", 1, "seed", 4L)).get(
			"samples");
		assertFalse(Arrays.equals(pixels(a, 1), pixels(other, 1)));
	}

	// -- Encode Stack --

	@Test
	void encodeTableHasTwoKPlusOneColumnsAndARowPerSlice() {
		ResultsTable table = (ResultsTable) runner.run(EncodeStackCommand.class, inputs("image", stack)).get(
			"encodings");
		String[] headings = table.getHeadings();
		assertEquals(2 * LATENT + 1, headings.length);
		assertArrayEquals(new String[] { "slice", "mu_0", "mu_1", "mu_2", "mu_3", "logvar_0", "logvar_1", "logvar_2",
			"logvar_3" }, headings);
		assertEquals(SLICES, table.size());
		LatentEncoding direct = LatentEncoding.of(vae, stack);
		for (int row : new int[] { 0, 299, 599 }) {
			assertEquals(row + 1, table.getValue("slice", row), 0);
			for (int d = 0; d < LATENT; d++) {
				assertEquals(direct.mu()[row][d], table.getValue("mu_" + d, row), 0);
				assertEquals(direct.logvar()[row][d], table.getValue("logvar_" + d, row), 0);
			}
		}
	}

	// -- Model Info --

	@Test
	void modelInfoPlotsHistoryKlAndTheStackInTheTopTwoDimensions() {
		Map<String, Object> out = runner.run(ModelInfoCommand.class, inputs("image", stack));
		assertTrue(((String) out.get("config")).contains("\"architecture\": \"dense\""), (String) out.get("config"));
		Plot history = (Plot) out.get("history");
		assertEquals(20, history.getDataObjectArrays(0)[0].length);
		Plot kl = (Plot) out.get("kl");
		LatentStatistics stats = vae.statistics();
		float[] activeKl = kl.getDataObjectArrays(0)[1];
		assertEquals(stats.activeDims().length, activeKl.length);
		Plot scatter = (Plot) out.get("scatter");
		int[] ranked = stats.rankedByKl();
		assertEquals("z" + ranked[0] + " (mu)", scatter.getLabel('x'));
		assertEquals(SLICES, scatter.getDataObjectArrays(0)[0].length);
		assertTrue(((String) out.get("summary")).contains(stats.activeDims().length + " active"));
	}

	@Test
	void modelInfoColoursTheScatterByACsvColumn() throws IOException {
		StringBuilder csv = new StringBuilder("slice,group\n");
		for (int i = 0; i < SLICES; i++) csv.append(i + 1).append(',').append(i % 3).append('\n');
		Path file = dir.resolve("groups.csv");
		Files.write(file, csv.toString().getBytes(StandardCharsets.UTF_8));
		Plot scatter = (Plot) runner.run(ModelInfoCommand.class, inputs("image", stack, "color_by", "group", "table",
			file.toString())).get("scatter");
		for (int g = 0; g < 3; g++) assertEquals(SLICES / 3, scatter.getDataObjectArrays(g)[0].length);
		assertEquals("color_by column 'colour' is not in " + file + " (columns: slice, group)", assertThrows(
			IllegalArgumentException.class, () -> runner.run(ModelInfoCommand.class, inputs("image", stack, "color_by",
				"colour", "table", file.toString()))).getMessage());
	}

	@Test
	void modelInfoColoursTheScatterByAColumnOfATableHandedIn() {
		ResultsTable groups = new ResultsTable(SLICES);
		for (int i = 0; i < SLICES; i++) groups.setValue("group", i, i % 3);
		Plot scatter = (Plot) runner.run(ModelInfoCommand.class, inputs("image", stack, "color_by", "group", "results",
			groups)).get("scatter");
		for (int g = 0; g < 3; g++) assertEquals(SLICES / 3, scatter.getDataObjectArrays(g)[0].length);
		assertEquals("color_by column 'colour' is not in the given table (columns: group)", assertThrows(
			IllegalArgumentException.class, () -> runner.run(ModelInfoCommand.class, inputs("image", stack, "color_by",
				"colour", "results", groups))).getMessage());
	}

	@Test
	void modelInfoWithoutAnImageHasNoScatter() {
		Map<String, Object> out = runner.run(ModelInfoCommand.class, inputs());
		assertNotNull(out.get("kl"));
		assertNull(out.get("scatter"));
	}
}
