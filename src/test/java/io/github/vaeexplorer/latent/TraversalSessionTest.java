package io.github.vaeexplorer.latent;

import io.github.vaeexplorer.command.CommandContexts;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.vaeexplorer.command.CommandRunner;
import io.github.vaeexplorer.command.InteractiveTraversalCommand;
import io.github.vaeexplorer.command.LatentSweepCommand;
import io.github.vaeexplorer.data.OutputImageFactory;
import io.github.vaeexplorer.data.synthetic.ShapesGenerator;
import io.github.vaeexplorer.data.synthetic.ShapesSpec;
import io.github.vaeexplorer.model.ModelFile;
import io.github.vaeexplorer.model.VaeModel;
import io.github.vaeexplorer.model.VaeTestKit;
import io.github.vaeexplorer.nd4j.NativeBackend;
import io.github.vaeexplorer.train.TrainingJob;

import ij.ImagePlus;

import java.nio.file.Path;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scijava.Context;

/** The traversal's state and products without a window (headless). */
class TraversalSessionTest {

	@TempDir
	static Path dir;
	private static Path file;
	private static VaeModel model;
	private static ImagePlus stack;
	private static Context context;

	@BeforeAll
	static void train() {
		NativeBackend.ensureLoaded();
		context = CommandContexts.create();
		stack = new ShapesGenerator(ShapesSpec.builder().imageSize(24).count(96).seed(5).build()).generate().stack();
		stack.setTitle("session-shapes");
		file = dir.resolve("session.vae.zip");
		new TrainingJob(null, null).run(stack, VaeTestKit.tinyDense().latent(3).epochs(2).build(), null, file);
		model = ModelFile.load(file);
	}

	@AfterAll
	static void dispose() {
		context.dispose();
	}

	private static TraversalSession session(Anchor anchor, ImagePlus image) {
		return new TraversalSession(ModelFile.load(file), file, anchor, image);
	}

	@Test
	void theCommandBuildsASessionAndShowsNothing() {
		Map<String, Object> in = new HashMap<>();
		in.put("model", file.toString());
		in.put("anchor", "slice:3");
		in.put("image", stack);
		TraversalSession s = (TraversalSession) new CommandRunner(context).run(InteractiveTraversalCommand.class, in)
			.get("session");
		try {
			assertArrayEquals(Anchor.parse("slice:3").resolve(model, stack), s.anchorCode(), 0f);
			assertEquals("slice:3 of session-shapes", s.anchorDescription());
			assertEquals(0, s.decoder().requestCount(), "nothing decoded until a window asks");
		}
		finally {
			s.close();
		}
	}

	@Test
	void previewFramesAreTheDecoderOutputInSourceScale() throws Exception {
		List<LiveDecoder.Frame> frames = new CopyOnWriteArrayList<>();
		try (TraversalSession s = session(Anchor.zero(), stack)) {
			s.addListener(new TraversalSession.Listener() {

				@Override
				public void frameRendered(LiveDecoder.Frame frame) {
					frames.add(frame);
				}
			});
			s.setValue(1, -2.5);
			assertTrue(s.decoder().awaitIdle(10, TimeUnit.SECONDS));
			float[] z = { 0, -2.5f, 0 };
			ImagePlus expected = new OutputImageFactory().create("x", Collections.singletonList(model.decode(
				new float[][] { z })[0]), null, model.normalisation(), model.geometry(), null);
			ImagePlus shown = frames.get(frames.size() - 1).image();
			assertEquals(24, shown.getWidth());
			assertArrayEquals((float[]) expected.getProcessor().getPixels(), (float[]) shown.getProcessor()
				.getPixels(), 0f);
			assertEquals("z0=+0.00 z1=-2.50 z2=+0.00", shown.getStack().getSliceLabel(1));
			assertEquals("Traversal of session-shapes", shown.getTitle());
		}
	}

	@Test
	void sweepIsTheLatentSweepCommandsStack() throws Exception {
		try (TraversalSession s = session(Anchor.parse("mean"), stack)) {
			s.setValue(0, 2); // moving sliders does not change the sweep: it is around the anchor
			ImagePlus fromSession = s.sweep(2).get(10, TimeUnit.SECONDS);
			Map<String, Object> in = new HashMap<>();
			in.put("model", file.toString());
			in.put("image", stack);
			in.put("dim", "2");
			in.put("anchor", "mean");
			ImagePlus fromCommand = (ImagePlus) new CommandRunner(context).run(LatentSweepCommand.class, in).get("sweep");
			assertEquals(fromCommand.getTitle(), fromSession.getTitle());
			assertEquals(11, fromSession.getStackSize());
			for (int i = 1; i <= 11; i++) {
				assertArrayEquals((float[]) fromCommand.getStack().getPixels(i), (float[]) fromSession.getStack()
					.getPixels(i), 0f);
				assertEquals(fromCommand.getStack().getSliceLabel(i), fromSession.getStack().getSliceLabel(i));
			}
			assertEquals("session-shapes", s.sweepImageTitle());
			assertEquals("{model=" + file + ", dim=2, from=-3, to=3, steps=11, anchor=mean}", s.sweepKeys(2)
				.toString());
		}
	}

	@Test
	void withoutAnImageTheSweepIsNamedAfterTheModel() throws Exception {
		try (TraversalSession s = session(Anchor.zero(), null)) {
			assertEquals("Sweep z0 of session", s.sweep(0).get(10, TimeUnit.SECONDS).getTitle());
			assertNull(s.sweepImageTitle());
			assertEquals("{model=" + file + ", dim=0, from=-3, to=3, steps=11, anchor=zero}", s.sweepKeys(0).toString());
		}
	}

	@Test
	void randomAnchorsComeFromTheSeededGenerator() {
		try (TraversalSession s = session(Anchor.zero(), stack)) {
			s.setSeed(7);
			s.randomAnchor();
			Random r = new Random(7);
			float[] first = { (float) r.nextGaussian(), (float) r.nextGaussian(), (float) r.nextGaussian() };
			assertArrayEquals(first, s.anchorCode(), 0f);
			assertArrayEquals(first, s.code(), 0f);
			assertNull(s.anchor());
			assertNull(s.sweepKeys(0));
			s.setValue(0, 1);
			s.reset();
			assertArrayEquals(first, s.code(), 0f);
			s.setSeed(7);
			s.randomAnchor();
			assertArrayEquals(first, s.anchorCode(), 0f, "the same seed gives the same draw");
		}
	}

	@Test
	void aSliceOutOfRangeFailsWithAMessageAndKeepsTheAnchor() throws Exception {
		try (TraversalSession s = session(Anchor.zero(), stack)) {
			ExecutionException e = assertThrows(ExecutionException.class, () -> s.setAnchor(Anchor.parse("slice:500"),
				stack).get(10, TimeUnit.SECONDS));
			assertEquals("anchor=slice:500 but session-shapes has 96 sample(s)", e.getCause().getMessage());
			assertArrayEquals(new float[3], s.anchorCode(), 0f);
			assertArrayEquals(Anchor.parse("slice:9").resolve(model, stack), s.setAnchor(Anchor.parse("slice:9"), stack)
				.get(10, TimeUnit.SECONDS), 0f);
			assertEquals("slice:9 of session-shapes", s.anchorDescription());
		}
	}
}
