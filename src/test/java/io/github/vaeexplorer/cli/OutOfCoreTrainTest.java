package io.github.vaeexplorer.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.vaeexplorer.data.GeneratedStack;
import io.github.vaeexplorer.history.EpochRecord;
import io.github.vaeexplorer.model.ModelFile;
import io.github.vaeexplorer.model.VaeModel;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code train --input BIG.tif} in a JVM whose heap is a quarter of the data: the stack is opened as a virtual
 * stack and read while training, for three epochs, with resident memory flat from one epoch to the next, and a model
 * comes out.
 */
@Tag("slow")
class OutOfCoreTrainTest {

	/**
	 * The forked JVM's heap, and a stack of 32-bit 32x32 planes four times as large (as a file, and as the samples
	 * that training in memory would hold). Measured by {@code src/bench/stream-bench.sh} on the same sizes: about
	 * 360 MB resident at the peak, heap, nd4j's native arrays and the JVM together.
	 */
	private static final int HEAP_MB = 64, SIDE = 32, PLANES = 4 * HEAP_MB * (1 << 20) / (4 * SIDE * SIDE);

	/** ND4J's native arrays (network, checkpoint, activations), which JavaCPP would otherwise cap at the heap's size. */
	private static final int NATIVE_MB = 256;

	/** Growth of resident memory allowed from the end of the second epoch to the end of the third. */
	private static final long FLAT_MB = 24;

	@TempDir
	Path dir;

	@Test
	@Timeout(value = 20, unit = TimeUnit.MINUTES)
	void trainsOnAStackSeveralTimesLargerThanTheHeap() throws IOException, InterruptedException {
		Path stack = GeneratedStack.write(dir.resolve("big.tif"), SIDE, PLANES);
		assertTrue(Files.size(stack) >= 4L * HEAP_MB << 20, "the file is " + (Files.size(stack) >> 20) + " MB");
		Path model = dir.resolve("big.vae.zip");
		List<String> command = new ArrayList<>(List.of(Paths.get(System.getProperty("java.home"), "bin", "java")
			.toString(), "-Xmx" + HEAP_MB + "m",
			"-Dorg.bytedeco.javacpp.maxbytes=" + NATIVE_MB + "m", "-cp", System.getProperty("java.class.path"), Main.class.getName(),
			"train", "--input", stack.toString(), "--model", model.toString(), "--architecture", "dense", "--size", ""
				+ SIDE, "--latent", "4", "--epochs", "3", "--batch", "128", "--validation", "0.02", "--buffer_mb", "8"));
		Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
		StringBuilder output = new StringBuilder();
		List<Long> residentAfterEpoch = new ArrayList<>();
		try (BufferedReader lines = new BufferedReader(new InputStreamReader(process.getInputStream(),
			StandardCharsets.UTF_8)))
		{
			for (String line; (line = lines.readLine()) != null;) {
				output.append(line).append('\n');
				if (line.startsWith("epoch ")) residentAfterEpoch.add(residentMegabytes(process.pid()));
			}
		}
		assertTrue(process.waitFor(1, TimeUnit.MINUTES), "training did not finish");
		assertEquals(0, process.exitValue(), output.toString());
		assertTrue(output.toString().contains("Reading the images from disk while training"), output.toString());
		assertEquals(3, residentAfterEpoch.size(), output.toString());
		if (residentAfterEpoch.get(2) >= 0) {
			assertTrue(residentAfterEpoch.get(2) <= residentAfterEpoch.get(1) + FLAT_MB,
				"resident MB after each epoch: " + residentAfterEpoch);
		}

		VaeModel trained = ModelFile.load(model);
		List<EpochRecord> history = trained.history().records();
		assertEquals(3, history.size());
		assertTrue(history.get(1).loss() < history.get(0).loss(), "loss " + history.get(0).loss() + " -> " + history
			.get(1).loss());
		assertTrue(trained.normalisation().high(0) > trained.normalisation().low(0));
	}

	/** A process's resident memory (VmRSS) in MB, or -1 where {@code /proc} does not tell it. */
	private static long residentMegabytes(long pid) throws IOException {
		Path status = Paths.get("/proc", Long.toString(pid), "status");
		if (!Files.isReadable(status)) return -1;
		for (String line : Files.readAllLines(status, StandardCharsets.ISO_8859_1)) {
			if (line.startsWith("VmRSS:")) return Long.parseLong(line.replaceAll("[^0-9]", "")) >> 10;
		}
		return -1;
	}
}
