package io.github.vaeexplorer.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Paths;

import org.bytedeco.javacpp.Pointer;

/**
 * Peak memory of this JVM: the heap pools' own peak counters; off-heap memory as the resident set minus the committed
 * heap, sampled whenever {@link #sample()} is called (ND4J's tensors, native libraries and JVM internals); and the
 * kernel's peak resident set (VmHWM), which bounds everything.
 *
 * @author VAE Explorer developers
 */
final class MemoryMeter {

	private long peakOffHeap;

	/** Records the current off-heap size. Cheap (one /proc read): call it once a batch. */
	void sample() {
		peakOffHeap = Math.max(peakOffHeap, Pointer.physicalBytes() - Runtime.getRuntime().totalMemory());
	}

	long peakOffHeapBytes() {
		sample();
		return peakOffHeap;
	}

	/** Sum of the heap pools' peak usage since the JVM started. */
	static long peakHeapBytes() {
		long sum = 0;
		for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
			if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) sum += pool.getPeakUsage().getUsed();
		}
		return sum;
	}

	/** The process's peak resident set in bytes (Linux), or -1 where unknown. */
	static long peakResidentBytes() {
		try {
			for (String line : Files.readAllLines(Paths.get("/proc/self/status"), StandardCharsets.US_ASCII)) {
				if (line.startsWith("VmHWM:")) return Long.parseLong(line.replaceAll("[^0-9]", "")) * 1024;
			}
		}
		catch (IOException | NumberFormatException e) {
			// not Linux: unknown
		}
		return -1;
	}
}
