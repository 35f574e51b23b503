package io.github.vaeexplorer.latent;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ij.ImagePlus;
import ij.process.FloatProcessor;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

/** The preview's worker: newest request first, one thread, a clean stop. No model and no display needed. */
class LiveDecoderTest {

	private final List<LiveDecoder.Frame> frames = new CopyOnWriteArrayList<>();
	private final List<String> failures = new CopyOnWriteArrayList<>();
	private final List<String> renderThreads = new CopyOnWriteArrayList<>();

	private static ImagePlus picture(float[] z) {
		return new ImagePlus("z", new FloatProcessor(1, 1, new float[] { z[0] }));
	}

	@Test
	void requestsMadeDuringARenderCollapseIntoTheNewest() throws Exception {
		CountDownLatch started = new CountDownLatch(1), release = new CountDownLatch(1);
		LiveDecoder decoder = new LiveDecoder(z -> {
			renderThreads.add(Thread.currentThread().getName());
			if (z[0] == 0) {
				started.countDown();
				await(release);
			}
			return picture(z);
		}, frames::add, failures::add, "test decoder");
		try {
			decoder.request(new float[] { 0 });
			assertTrue(started.await(10, TimeUnit.SECONDS));
			for (int i = 1; i <= 100; i++) decoder.request(new float[] { i });
			release.countDown();
			assertTrue(decoder.awaitIdle(10, TimeUnit.SECONDS));
			assertEquals(101, decoder.requestCount());
			assertEquals(2, decoder.renderCount(), "the first and the newest only");
			assertEquals(2, frames.size());
			assertArrayEquals(new float[] { 100 }, frames.get(1).code(), 0f);
			assertEquals(101, frames.get(1).id());
			assertTrue(frames.get(1).renderedAt() >= frames.get(1).requestedAt());
			assertTrue(renderThreads.stream().allMatch("test decoder"::equals));
		}
		finally {
			decoder.close();
		}
	}

	@Test
	void otherWorkRunsOnTheSameThreadAndFailuresAreReported() throws Exception {
		LiveDecoder decoder = new LiveDecoder(z -> {
			if (z[0] < 0) throw new IllegalArgumentException("negative code");
			return picture(z);
		}, frames::add, failures::add, "test decoder");
		try {
			assertEquals("test decoder", decoder.submit(() -> Thread.currentThread().getName()).get());
			ExecutionException e = org.junit.jupiter.api.Assertions.assertThrows(ExecutionException.class, () -> decoder
				.submit(() -> {
					throw new IllegalStateException("boom");
				}).get());
			assertEquals("boom", e.getCause().getMessage());
			decoder.request(new float[] { -1 });
			assertTrue(decoder.awaitIdle(10, TimeUnit.SECONDS));
			assertEquals(List.of("negative code"), failures);
			assertTrue(frames.isEmpty());
		}
		finally {
			decoder.close();
		}
	}

	@Test
	void closingEndsTheThreadAndRefusesWork() throws Exception {
		LiveDecoder decoder = new LiveDecoder(LiveDecoderTest::picture, frames::add, failures::add, "test decoder");
		decoder.request(new float[] { 1 });
		assertTrue(decoder.awaitIdle(10, TimeUnit.SECONDS));
		decoder.close();
		assertTrue(decoder.awaitTermination(10, TimeUnit.SECONDS));
		assertTrue(decoder.isTerminated());
		assertEquals(-1, decoder.request(new float[] { 2 }));
		ExecutionException e = org.junit.jupiter.api.Assertions.assertThrows(ExecutionException.class, () -> decoder
			.submit(() -> 1).get());
		assertTrue(e.getCause() instanceof IllegalStateException);
		assertEquals(1, frames.size());
	}

	private static void await(CountDownLatch latch) {
		try {
			latch.await(10, TimeUnit.SECONDS);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}
}
