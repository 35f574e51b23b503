package io.github.vaeexplorer.train;

import io.github.vaeexplorer.model.NetworkLayout;
import io.github.vaeexplorer.model.VaeConfig;

import java.util.Locale;

import org.bytedeco.javacpp.Pointer;

/**
 * Estimates, before any work, the memory a training run needs (the converted samples, one source plane being
 * converted, the network with its gradients, Adam state and checkpoints, and the activations of one batch) and
 * refuses a run that cannot fit, with the numbers and what to change, instead of failing later with an
 * OutOfMemoryError.
 *
 * @author VAE Explorer developers
 */
public final class MemoryBudget {

	/** Factor over the raw activation count for gradients and temporaries (measured: about 4 for both networks). */
	private static final int ACTIVATION_OVERHEAD = 6;

	private final long samplesBytes, planeBytes, checkpointBytes, networkBytes, activationBytes;
	/** Whether the samples are a read-ahead buffer (training from disk) rather than the whole data set. */
	private final boolean streaming;

	/**
	 * @param samples number of training samples
	 * @param bytesPerValue what the samples add to the image: 0 for 8-bit planes read in place, 1 for RGB codes, 4
	 *          for floats
	 * @param planeWidth width of a source plane
	 * @param planeHeight height of a source plane
	 */
	public MemoryBudget(VaeConfig config, long samples, int bytesPerValue, long planeWidth, long planeHeight) {
		this(config, samples * config.inputLength() * (long) bytesPerValue, false, planeWidth, planeHeight);
	}

	/**
	 * The budget of training from disk: on the heap, the read-ahead buffer in place of the samples.
	 *
	 * @param bufferBytes the {@code buffer_mb} setting in bytes
	 */
	public static MemoryBudget streaming(VaeConfig config, long bufferBytes, long planeWidth, long planeHeight) {
		return new MemoryBudget(config, bufferBytes, true, planeWidth, planeHeight);
	}

	private MemoryBudget(VaeConfig config, long samplesBytes, boolean streaming, long planeWidth, long planeHeight) {
		NetworkLayout layout = NetworkLayout.of(config.network());
		long parameters = layout.parameters().stream().mapToLong(p -> p.length()).sum();
		this.samplesBytes = samplesBytes;
		this.streaming = streaming;
		planeBytes = planeWidth * planeHeight * 4L * 2;
		checkpointBytes = parameters * 4L * 3; // the epoch checkpoint: weights and Adam's two moments, off the heap
		networkBytes = parameters * 4L * 4; // weights, gradients and Adam's two moments, off the heap
		activationBytes = layout.activationsPerSample() * Math.max(config.batch(), 256) * 4L * ACTIVATION_OVERHEAD;
	}

	/**
	 * Java heap the run needs at its peak: the samples and one converted source plane (saving the model at the end
	 * copies the weights and Adam's moments to the heap, when the samples' buffer is no longer needed).
	 */
	public long heapBytes() {
		return Math.max(samplesBytes + planeBytes, checkpointBytes);
	}

	/** Native memory ND4J needs: the network's arrays, the epoch checkpoint and one batch's activations. */
	public long offHeapBytes() {
		return networkBytes + checkpointBytes + activationBytes;
	}

	/** Heap this JVM can still get (up to -Xmx). */
	public static long availableHeapBytes() {
		Runtime rt = Runtime.getRuntime();
		return rt.maxMemory() - (rt.totalMemory() - rt.freeMemory());
	}

	/** Native memory JavaCPP still allows ND4J (its maxbytes and maxphysicalbytes limits). */
	public static long availableOffHeapBytes() {
		long offHeapLimit = Pointer.maxBytes() > 0 ? Pointer.maxBytes() - Pointer.totalBytes() : Long.MAX_VALUE / 4;
		long physicalLimit = Pointer.maxPhysicalBytes() > 0 ? Pointer.maxPhysicalBytes() - Pointer.physicalBytes()
			: Long.MAX_VALUE / 4;
		return Math.max(0, Math.min(offHeapLimit, physicalLimit));
	}

	/** Checks against this JVM's current limits. */
	public void check() {
		check(availableHeapBytes(), availableOffHeapBytes());
	}

	/**
	 * Refuses a run that does not fit.
	 *
	 * @throws IllegalArgumentException with the estimate, its parts, and what to change
	 */
	public void check(long heapAvailable, long offHeapAvailable) {
		if (heapBytes() <= heapAvailable && offHeapBytes() <= offHeapAvailable) return;
		throw new IllegalArgumentException(String.format(Locale.ROOT,
			"training needs about %s of Java heap (%s %s, source plane %s) and %s native (network %s, " +
				"checkpoint %s, activations %s) but can get only %s and %s: use %s, a smaller image (Image > " +
				"Scale...), or give ImageJ more memory (Edit > Options > Memory & Threads, or java -Xmx)", gb(
					heapBytes()), streaming ? "read-ahead buffer" : "samples", gb(samplesBytes), gb(planeBytes), gb(
						offHeapBytes()), gb(networkBytes), gb(checkpointBytes), gb(activationBytes), gb(heapAvailable),
			gb(offHeapAvailable), streaming ? "a smaller buffer_mb, size or batch"
				: "a smaller size or batch, fewer slices") + (offHeapBytes() > offHeapAvailable ? "; native memory " +
					"is capped at the heap's size unless java -Dorg.bytedeco.javacpp.maxbytes says otherwise" : ""));
	}

	private static String gb(long bytes) {
		return bytes >= 1L << 30 ? String.format(Locale.ROOT, "%.1f GB", bytes / (double) (1L << 30)) : String.format(
			Locale.ROOT, "%d MB", Math.max(1, bytes >> 20));
	}
}
