package io.github.vaeexplorer.train;

import java.util.Locale;

/**
 * Whether training reads its images from disk while it trains (bounded memory) instead of converting them all into
 * memory first, and how much memory the reading may use: the {@code stream} and {@code buffer_mb} keys of
 * {@code Train VAE...}.
 *
 * @author VAE Explorer developers
 */
public final class StreamingSettings {

	/** When to read from disk while training. */
	public enum Mode {
		/** When the converted samples would not fit in the Java heap. */
		AUTO,
		/** Always (e.g. to keep memory low, or to test). */
		ALWAYS,
		/** Never: convert everything into memory, or refuse the run if it cannot fit. */
		NEVER;

		/** @return the mode named by a key value: {@code auto}, {@code always} or {@code never} */
		public static Mode fromKey(String key) {
			try {
				return valueOf(key.trim().toUpperCase(Locale.ROOT));
			}
			catch (IllegalArgumentException | NullPointerException e) {
				throw new IllegalArgumentException("stream must be auto, always or never, got '" + key + "'");
			}
		}
	}

	/** The buffer's default size in MB. */
	public static final int DEFAULT_BUFFER_MB = 64;

	/** Streams when needed, with the default buffer. */
	public static final StreamingSettings AUTO = new StreamingSettings(Mode.AUTO, DEFAULT_BUFFER_MB);

	private final Mode mode;
	private final int bufferMb;

	/**
	 * @param mode when to stream
	 * @param bufferMb MB of samples in flight: half for the shuffle window, half for the prefetched batches
	 */
	public StreamingSettings(Mode mode, int bufferMb) {
		if (mode == null) throw new IllegalArgumentException("stream must be auto, always or never");
		if (bufferMb < 1) throw new IllegalArgumentException("buffer_mb must be at least 1, got " + bufferMb);
		this.mode = mode;
		this.bufferMb = bufferMb;
	}

	public Mode mode() {
		return mode;
	}

	/** @return the buffer in bytes */
	public long bufferBytes() {
		return (long) bufferMb << 20;
	}

	/** @return the buffer in MB */
	public int bufferMb() {
		return bufferMb;
	}
}
