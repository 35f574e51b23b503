package io.github.vaeexplorer.latent;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.vaeexplorer.data.ConversionResult;
import io.github.vaeexplorer.data.FloatSampleSet;
import io.github.vaeexplorer.data.StackConverter;
import io.github.vaeexplorer.data.synthetic.ShapesGenerator;
import io.github.vaeexplorer.data.synthetic.ShapesSpec;
import io.github.vaeexplorer.history.TrainingHistory;
import io.github.vaeexplorer.model.LatentStatistics;
import io.github.vaeexplorer.model.VaeConfig;
import io.github.vaeexplorer.model.VaeModel;
import io.github.vaeexplorer.model.VaeNetwork;
import io.github.vaeexplorer.model.VaeTestKit;
import io.github.vaeexplorer.nd4j.NativeBackend;

import ij.ImagePlus;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class AnchorTest {

	private static ImagePlus image;
	private static VaeModel model;

	@BeforeAll
	static void untrainedModel() {
		NativeBackend.ensureLoaded();
		image = new ShapesGenerator(ShapesSpec.builder().imageSize(16).count(5).seed(3).build()).generate().stack();
		ConversionResult data = new StackConverter().convert(image, 16);
		VaeConfig config = VaeTestKit.tinyDense().build();
		LatentStatistics stats = new LatentStatistics(new double[4], new double[] { 0.5, -1, 0, 2 }, new double[4],
			new double[4], new double[4]);
		model = new VaeModel(VaeNetwork.create(config), data.normalisation(), data.geometry(), new TrainingHistory(),
			stats, null);
	}

	@Test
	void parsesTheThreeKinds() {
		assertEquals(Anchor.Kind.ZERO, Anchor.parse("zero").kind());
		assertEquals(Anchor.Kind.MEAN, Anchor.parse(" Mean ").kind());
		Anchor slice = Anchor.parse("slice:12");
		assertEquals(Anchor.Kind.SLICE, slice.kind());
		assertEquals(12, slice.slice());
		assertEquals(7, Anchor.parse("SLICE: 7").slice());
	}

	@Test
	void toStringGivesBackWhatParses() {
		for (String text : new String[] { "zero", "mean", "slice:3" }) {
			assertEquals(text, Anchor.parse(text).toString());
		}
	}

	@Test
	void onlySliceAnchorsNeedAnImage() {
		assertTrue(Anchor.parse("slice:1").needsImage());
		assertFalse(Anchor.parse("zero").needsImage());
		assertFalse(Anchor.parse("mean").needsImage());
	}

	@ParameterizedTest
	@NullSource
	@ValueSource(strings = { "", "median", "slice:", "slice:0", "slice:-2", "slice:x", "slice:1.5", "zero!" })
	void rejectsAnythingElseNamingTheValue(String text) {
		IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Anchor.parse(text));
		assertEquals("anchor must be zero, mean or slice:N with N >= 1 (got '" + text + "')", e.getMessage());
	}

	@Test
	void zeroResolvesToThePriorMean() {
		assertArrayEquals(new float[4], Anchor.parse("zero").resolve(model, null), 0f);
	}

	@Test
	void meanResolvesToTheStatisticsMeanEncoding() {
		assertArrayEquals(new float[] { 0.5f, -1f, 0f, 2f }, Anchor.parse("mean").resolve(model, null), 0f);
	}

	@Test
	void sliceResolvesToTheEncodingOfThatSample() {
		float[] x = new StackConverter().convertPlane(image, 2, 16, model.normalisation());
		float[] expected = model.encode(FloatSampleSet.wrap(x, 1, 16))[0][0];
		assertArrayEquals(expected, Anchor.parse("slice:3").resolve(model, image), 0f);
	}

	@Test
	void sliceWithoutAnImageIsRejected() {
		IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Anchor.parse("slice:2")
			.resolve(model, null));
		assertTrue(e.getMessage().startsWith("anchor=slice:2 needs an image"), e.getMessage());
	}

	@Test
	void sliceBeyondTheImageIsRejected() {
		IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Anchor.parse("slice:6")
			.resolve(model, image));
		assertEquals("anchor=slice:6 but shapes has 5 sample(s)", e.getMessage());
	}
}
