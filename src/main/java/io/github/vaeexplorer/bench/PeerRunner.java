package io.github.vaeexplorer.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Runs the PyTorch peer script ({@code torch_vae_ref.py ARCH IMAGES EPOCHS BATCH}) and reads the training images/s
 * it prints. The peer is ours to compare with, on the same machine, in the same run.
 *
 * @author VAE Explorer developers
 */
final class PeerRunner {

	private static final Pattern RATE = Pattern.compile("images_per_s=([0-9.]+)");

	private final Path script;
	private final String python;

	PeerRunner(Path script, String python) {
		this.script = script;
		this.python = python;
	}

	/** Whether the script exists and the interpreter can import torch. */
	boolean isAvailable() {
		if (!Files.isRegularFile(script)) return false;
		try {
			Process p = new ProcessBuilder(python, "-c", "import torch").redirectErrorStream(true).start();
			p.getInputStream().readAllBytes();
			return p.waitFor(60, TimeUnit.SECONDS) && p.exitValue() == 0;
		}
		catch (IOException e) {
			return false;
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return false;
		}
	}

	/**
	 * One peer run.
	 *
	 * @return training images per second as the peer measured it
	 * @throws IOException if it fails or prints no rate
	 */
	double imagesPerSecond(String architecture, int images, int epochs, int batch) throws IOException {
		ProcessBuilder pb = new ProcessBuilder(Arrays.asList(python, script.toString(), architecture, Integer.toString(
			images), Integer.toString(epochs), Integer.toString(batch))).redirectErrorStream(true);
		pb.environment().put("THREADS", Integer.toString(Runtime.getRuntime().availableProcessors()));
		Process p = pb.start();
		StringBuilder output = new StringBuilder();
		try (BufferedReader in = new BufferedReader(new InputStreamReader(p.getInputStream(),
			StandardCharsets.UTF_8)))
		{
			String line;
			while ((line = in.readLine()) != null) output.append(line).append('\n');
		}
		try {
			if (!p.waitFor(10, TimeUnit.MINUTES) || p.exitValue() != 0) throw new IOException("the PyTorch peer " +
				"failed: " + output.toString().trim());
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IOException("interrupted while the PyTorch peer ran");
		}
		Matcher m = RATE.matcher(output);
		if (!m.find()) throw new IOException("the PyTorch peer printed no images_per_s: " + output.toString().trim());
		return Double.parseDouble(m.group(1));
	}
}
