package io.github.vaeexplorer.command;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.vaeexplorer.data.synthetic.ShapesGenerator;
import io.github.vaeexplorer.data.synthetic.ShapesSpec;
import io.github.vaeexplorer.nd4j.NativeBackend;

import ij.IJ;
import ij.ImagePlus;
import ij.ImageStack;
import ij.io.FileSaver;
import ij.measure.ResultsTable;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scijava.Context;

/**
 * A checked-in tiny model ({@code src/test/resources/golden/tiny-conv.vae.zip}: conv, 16×16, z = 3, two epochs on
 * the shipped shapes sample, without its optimiser state) must decode, encode and reconstruct as it did when the
 * golden files beside it were written: a change that alters what a trained model outputs shows here. Tolerances
 * allow for the differences between ND4J's CPU builds: portable and AVX-512 differed by at most 4.6e-5 in a pixel
 * (of 0-255) and not at all in the six decimals of the encodings; AVX2 and AVX-512 not at all.
 * <p>
 * After an intended change, {@link #main} rewrites the golden files (run from the repository root).
 */
class GoldenOutputTest {

	private static final String FOLDER = "golden/";
	private static final String MODEL = "tiny-conv.vae.zip";
	/** Intensities are 0-255 (the shapes' 8-bit scale): 20 times the largest difference between CPU builds. */
	private static final double PIXEL_TOLERANCE = 1e-3;
	private static final double CODE_TOLERANCE = 1e-4;

	@TempDir
	static Path dir;
	private static Context context;
	private static Map<String, Object> outputs;

	@BeforeAll
	static void runTheModel() throws IOException {
		NativeBackend.ensureLoaded();
		Path model = dir.resolve(MODEL);
		try (InputStream in = resource(MODEL).openStream()) {
			Files.copy(in, model, StandardCopyOption.REPLACE_EXISTING);
		}
		context = CommandContexts.create();
		outputs = compute(new CommandRunner(context), model);
	}

	@AfterAll
	static void dispose() {
		if (context != null) context.dispose();
	}

	@Test
	void aSweepDecodesAsBefore() throws IOException {
		assertSameImage(golden("sweep.tif"), (ImagePlus) outputs.get("sweep.tif"));
	}

	@Test
	void reconstructionsAreAsBefore() throws IOException {
		assertSameImage(golden("reconstruction.tif"), (ImagePlus) outputs.get("reconstruction.tif"));
	}

	@Test
	void encodingsAreAsBefore() throws IOException, URISyntaxException {
		ResultsTable expected = ResultsTable.open(Paths.get(resource("encodings.csv").toURI()).toString());
		ResultsTable actual = (ResultsTable) outputs.get("encodings.csv");
		assertEquals(expected.size(), actual.size());
		assertEquals(expected.getColumnHeadings(), actual.getColumnHeadings());
		for (String column : expected.getHeadings()) {
			if (!actual.columnExists(column)) continue;
			for (int row = 0; row < expected.size(); row++) {
				assertEquals(expected.getValue(column, row), actual.getValue(column, row), CODE_TOLERANCE, column + " of " +
					"row " + row);
			}
		}
	}

	/** The three outputs of the model on a fixed stack of 12 generated shapes, by file name. */
	static Map<String, Object> compute(CommandRunner runner, Path model) {
		ImagePlus stack = new ShapesGenerator(ShapesSpec.builder().imageSize(32).count(12).seed(99).build()).generate()
			.stack();
		stack.setTitle("golden-shapes.tif");
		Map<String, Object> results = new LinkedHashMap<>();
		results.put("sweep.tif", runner.run(LatentSweepCommand.class, inputs("model", model.toString(), "dim", "auto",
			"from", -2.0, "to", 2.0, "steps", 5)).get("sweep"));
		results.put("reconstruction.tif", runner.run(ReconstructStackCommand.class, inputs("model", model.toString(),
			"image", stack)).get("reconstruction"));
		results.put("encodings.csv", runner.run(EncodeStackCommand.class, inputs("model", model.toString(), "image",
			stack)).get("encodings"));
		return results;
	}

	/** Rewrites the golden files from the checked-in model: {@code src/test/resources/golden/}. */
	public static void main(String[] args) throws IOException {
		NativeBackend.ensureLoaded();
		Path folder = Paths.get("src", "test", "resources", "golden");
		try (Context c = CommandContexts.create()) {
			for (Map.Entry<String, Object> e : compute(new CommandRunner(c), folder.resolve(MODEL)).entrySet()) {
				String file = folder.resolve(e.getKey()).toString();
				if (e.getValue() instanceof ImagePlus) new FileSaver((ImagePlus) e.getValue()).saveAsTiffStack(file);
				else ((ResultsTable) e.getValue()).saveAs(file);
				System.out.println("wrote " + file);
			}
		}
	}

	private static void assertSameImage(ImagePlus expected, ImagePlus actual) {
		assertNotNull(actual);
		assertEquals(expected.getWidth(), actual.getWidth());
		assertEquals(expected.getHeight(), actual.getHeight());
		assertEquals(expected.getStackSize(), actual.getStackSize());
		ImageStack e = expected.getStack(), a = actual.getStack();
		double worst = 0;
		for (int s = 1; s <= e.getSize(); s++) {
			assertEquals(e.getSliceLabel(s), a.getSliceLabel(s));
			float[] ep = (float[]) e.getProcessor(s).convertToFloat().getPixels();
			float[] ap = (float[]) a.getProcessor(s).convertToFloat().getPixels();
			for (int i = 0; i < ep.length; i++) worst = Math.max(worst, Math.abs(ep[i] - ap[i]));
		}
		assertTrue(worst <= PIXEL_TOLERANCE, "largest pixel difference " + worst);
	}

	private static ImagePlus golden(String name) throws IOException {
		try {
			ImagePlus image = IJ.openImage(Paths.get(resource(name).toURI()).toString());
			assertNotNull(image, name);
			return image;
		}
		catch (URISyntaxException e) {
			throw new IOException(e);
		}
	}

	private static URL resource(String name) {
		URL url = GoldenOutputTest.class.getClassLoader().getResource(FOLDER + name);
		assertNotNull(url, "src/test/resources/" + FOLDER + name);
		return url;
	}

	private static Map<String, Object> inputs(Object... keyValues) {
		Map<String, Object> map = new HashMap<>();
		for (int i = 0; i < keyValues.length; i += 2) map.put((String) keyValues[i], keyValues[i + 1]);
		return map;
	}
}
