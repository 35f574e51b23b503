package io.github.vaeexplorer.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.vaeexplorer.data.GeneratedStack;
import io.github.vaeexplorer.history.EpochRecord;
import io.github.vaeexplorer.model.ModelFile;
import io.github.vaeexplorer.model.VaeModel;

import java.io.IOException;
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
 * {@code train --input BIG.tif} in a JVM whose heap is a fraction of the data: the stack is opened as a virtual
 * stack and read while training, for two epochs, and a model comes out.
 */
@Tag("slow")
class OutOfCoreTrainTest {

	/**
	 * The forked JVM's heap, and a stack of 32-bit 32x32 planes twice as large (as a file, and as the samples that
	 * training in memory would hold). Measured: at 2.7 times (255 MB), 96 MB of heap, two epochs peak at 373 MB
	 * resident, heap, nd4j's native arrays and the JVM together.
	 */
	private static final int HEAP_MB = 96, SIDE = 32, PLANES = 2 * HEAP_MB * (1 << 20) / (4 * SIDE * SIDE);

	@TempDir
	Path dir;

	@Test
	@Timeout(value = 20, unit = TimeUnit.MINUTES)
	void trainsOnAStackSeveralTimesLargerThanTheHeap() throws IOException, InterruptedException {
		Path stack = GeneratedStack.write(dir.resolve("big.tif"), SIDE, PLANES);
		assertTrue(Files.size(stack) >= 2L * HEAP_MB << 20, "the file is " + (Files.size(stack) >> 20) + " MB");
		Path model = dir.resolve("big.vae.zip");
		List<String> command = new ArrayList<>(List.of(Paths.get(System.getProperty("java.home"), "bin", "java")
			.toString(), "-Xmx" + HEAP_MB + "m", "-cp", System.getProperty("java.class.path"), Main.class.getName(),
			"train", "--input", stack.toString(), "--model", model.toString(), "--architecture", "dense", "--size", ""
				+ SIDE, "--latent", "4", "--epochs", "2", "--batch", "128", "--validation", "0.02", "--buffer_mb", "8"));
		Path log = dir.resolve("train.log");
		Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
		assertTrue(process.waitFor(19, TimeUnit.MINUTES), "training did not finish");
		String output = new String(Files.readAllBytes(log), StandardCharsets.UTF_8);
		assertEquals(0, process.exitValue(), output);
		assertTrue(output.contains("Reading the images from disk while training"), output);

		VaeModel trained = ModelFile.load(model);
		List<EpochRecord> history = trained.history().records();
		assertEquals(2, history.size());
		assertTrue(history.get(1).loss() < history.get(0).loss(), "loss " + history.get(0).loss() + " -> " + history
			.get(1).loss());
		assertTrue(trained.normalisation().high(0) > trained.normalisation().low(0));
	}
}
