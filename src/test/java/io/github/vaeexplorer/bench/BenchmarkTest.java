package io.github.vaeexplorer.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.vaeexplorer.model.Architecture;
import io.github.vaeexplorer.model.NetworkLayout;
import io.github.vaeexplorer.model.VaeConfig;

import com.google.gson.JsonObject;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Paths;

import org.junit.jupiter.api.Test;

/**
 * The benchmark report's shape and the FLOP counts it rests on (speed itself is measured by running bench, not here).
 */
class BenchmarkTest {

	@Test
	void reportHasTheContractsKeys() throws Exception {
		Benchmark.Options options = new Benchmark.Options().repeats(1);
		options.denseImages = 256;
		options.convImages = 128;
		options.batch = 64;
		options.warmupSeconds = 0;
		JsonObject report = new Benchmark(options, new PrintStream(new ByteArrayOutputStream())).run();
		for (String arch : new String[] { "dense", "conv" }) {
			assertTrue(report.getAsJsonObject("train_images_per_s").get(arch).getAsDouble() > 0);
			assertTrue(report.getAsJsonObject("first_epoch_images_per_s").get(arch).getAsDouble() > 0);
			JsonObject decode = report.getAsJsonObject("decode_ms").getAsJsonObject(arch);
			assertTrue(decode.get("median").getAsDouble() <= decode.get("p95").getAsDouble());
			assertTrue(report.getAsJsonObject("gflops").get(arch).getAsDouble() > 0);
		}
		assertTrue(report.get("startup_s").getAsDouble() > 0);
		assertTrue(report.get("peak_bytes").getAsLong() > report.get("peak_heap_bytes").getAsLong());
		assertFalse(report.has("ratio_ours_over_peer"));
	}

	@Test
	void denseFlopsCountEveryWeightTwice() {
		long expected = 2L * (4096 * 512 + 512 * 256 + 2 * 256 * 10 + 10 * 256 + 256 * 512 + 512 * 4096);
		assertEquals(expected, NetworkLayout.of(VaeConfig.builder().architecture(Architecture.DENSE).build().network())
			.forwardFlops());
	}

	@Test
	void convFlopsFollowTheFeatureMapSizes() {
		long enc = 2L * (16 * 1 * 32 * 32 * 32 + 16 * 32 * 32 * 16 * 16 + 16 * 32 * 64 * 8 * 8 + 16 * 64 * 64 * 4 * 4);
		long dense = 2L * (1024 * 256 + 2 * 256 * 10 + 10 * 256 + 256 * 1024);
		long dec = 2L * (16 * 64 * 64 * 4 * 4 + 16 * 64 * 32 * 8 * 8 + 16 * 32 * 32 * 16 * 16 + 16 * 32 * 1 * 32 * 32);
		assertEquals(enc + dense + dec, NetworkLayout.of(VaeConfig.builder().build().network()).forwardFlops());
	}

	@Test
	void missingPeerIsAClearError() {
		IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new Benchmark.Options().peer(
			Paths.get("no/such/torch_vae_ref.py"), "/usr/bin/python3"));
		assertTrue(e.getMessage().startsWith("--peer needs no/such/torch_vae_ref.py"), e.getMessage());
	}
}
