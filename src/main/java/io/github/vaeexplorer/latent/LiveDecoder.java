package io.github.vaeexplorer.latent;

import ij.ImagePlus;

import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Renders latent codes for a live preview on one worker thread, newest first: a request replaces any request that
 * has not started yet, so a slider dragged faster than the decoder can follow costs one decode per finished decode,
 * and the last position is always the one shown. Other work on the same model (sweeps, encodings) runs on the same
 * thread through {@link #submit}, because a network is not thread-safe. Nothing here blocks the caller.
 * <p>
 * The worker thread starts with the first request and ends with {@link #close()}.
 *
 * @author VAE Explorer developers
 */
public final class LiveDecoder implements AutoCloseable {

	/** A rendered code, with the times it was asked for and finished ({@link System#nanoTime()}). */
	public static final class Frame {

		private final long id;
		private final float[] code;
		private final ImagePlus image;
		private final long requestedAt, renderedAt;

		Frame(long id, float[] code, ImagePlus image, long requestedAt, long renderedAt) {
			this.id = id;
			this.code = code;
			this.image = image;
			this.requestedAt = requestedAt;
			this.renderedAt = renderedAt;
		}

		/** The request's number, as returned by {@link LiveDecoder#request}. */
		public long id() { return id; }

		/** The code (a copy owned by this frame). */
		public float[] code() { return code.clone(); }

		/** The rendered image (not shown). */
		public ImagePlus image() { return image; }

		public long requestedAt() { return requestedAt; }

		public long renderedAt() { return renderedAt; }
	}

	private static final class Request {

		final long id;
		final float[] code;
		final long requestedAt;

		Request(long id, float[] code, long requestedAt) {
			this.id = id;
			this.code = code;
			this.requestedAt = requestedAt;
		}
	}

	private final Function<float[], ImagePlus> renderer;
	private final Consumer<Frame> frames;
	private final Consumer<String> failures;
	private final ExecutorService executor;
	private final AtomicReference<Request> pending = new AtomicReference<>();
	private final AtomicBoolean scheduled = new AtomicBoolean();
	private final AtomicLong requests = new AtomicLong(), renders = new AtomicLong();
	private volatile boolean closed;

	/**
	 * @param renderer turns a code into an image; runs on the worker thread only
	 * @param frames receives each rendered frame, on the worker thread
	 * @param failures receives the message of a renderer's exception, on the worker thread
	 * @param threadName the worker thread's name
	 */
	public LiveDecoder(Function<float[], ImagePlus> renderer, Consumer<Frame> frames, Consumer<String> failures,
		String threadName)
	{
		this.renderer = renderer;
		this.frames = frames;
		this.failures = failures;
		this.executor = Executors.newSingleThreadExecutor(r -> {
			Thread t = new Thread(r, threadName);
			t.setDaemon(true);
			return t;
		});
	}

	/**
	 * Asks for a code to be rendered, replacing any request not yet started. Returns at once.
	 *
	 * @return the request's number (increasing), or -1 once closed
	 */
	public long request(float[] code) {
		if (closed) return -1;
		long id = requests.incrementAndGet();
		pending.set(new Request(id, code.clone(), System.nanoTime()));
		if (scheduled.compareAndSet(false, true)) {
			try {
				executor.execute(this::drain);
			}
			catch (java.util.concurrent.RejectedExecutionException e) {
				return -1; // closed meanwhile
			}
		}
		return id;
	}

	private void drain() {
		// Cleared before reading, so that a request arriving during a render schedules another drain, which finds
		// nothing to do if this loop already took that request.
		scheduled.set(false);
		Request r;
		while (!closed && (r = pending.getAndSet(null)) != null) {
			ImagePlus image;
			try {
				image = renderer.apply(r.code);
			}
			catch (RuntimeException e) {
				if (!closed) failures.accept(e.getMessage() == null ? e.toString() : e.getMessage());
				continue;
			}
			renders.incrementAndGet();
			if (!closed) frames.accept(new Frame(r.id, r.code, image, r.requestedAt, System.nanoTime()));
		}
	}

	/**
	 * Runs other work on the worker thread, after whatever is queued. The future fails with the task's exception
	 * (not wrapped), or with an {@link IllegalStateException} once closed.
	 */
	public <T> CompletableFuture<T> submit(Callable<T> task) {
		CompletableFuture<T> result = new CompletableFuture<>();
		if (closed) {
			result.completeExceptionally(new IllegalStateException("the preview has been closed"));
			return result;
		}
		try {
			executor.execute(() -> {
				try {
					result.complete(task.call());
				}
				catch (Exception e) {
					result.completeExceptionally(e instanceof CompletionException && e.getCause() != null ? e
						.getCause() : e);
				}
			});
		}
		catch (java.util.concurrent.RejectedExecutionException e) {
			result.completeExceptionally(new IllegalStateException("the preview has been closed"));
		}
		return result;
	}

	/** Requests made so far. */
	public long requestCount() {
		return requests.get();
	}

	/** Codes actually rendered so far (fewer than requests when stale ones were dropped). */
	public long renderCount() {
		return renders.get();
	}

	/**
	 * Waits until everything queued so far has run.
	 *
	 * @return false if that did not happen within the timeout
	 */
	public boolean awaitIdle(long timeout, TimeUnit unit) throws InterruptedException {
		try {
			submit(() -> null).get(timeout, unit);
			return true;
		}
		catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
			return false;
		}
	}

	/** Stops the worker: pending requests are dropped, a render in progress is not delivered. */
	@Override
	public void close() {
		closed = true;
		pending.set(null);
		executor.shutdownNow();
	}

	public boolean isClosed() {
		return closed;
	}

	/** Whether the worker thread has ended (after {@link #close()}). */
	public boolean isTerminated() {
		return executor.isTerminated();
	}

	/** Waits for the worker thread to end after {@link #close()}. */
	public boolean awaitTermination(long timeout, TimeUnit unit) throws InterruptedException {
		return executor.awaitTermination(timeout, unit);
	}
}
