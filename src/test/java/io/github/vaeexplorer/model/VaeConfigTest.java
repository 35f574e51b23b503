package io.github.vaeexplorer.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class VaeConfigTest {

	@Test
	void toBuilderKeepsEveryValue() {
		VaeConfig c = VaeConfig.builder().architecture(Architecture.DENSE).latent(7).beta(2.5).warmup(3).epochs(9)
			.batch(17).learningRate(3e-4).size(20).channels(2).validation(0.3).seed(-5).build();
		assertEquals(c.toString(), c.toBuilder().build().toString());
		assertEquals(2 * 20 * 20, c.inputLength());
	}

	@Test
	void convSizesMustBeDivisibleBySixteen() {
		IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> VaeConfig.builder()
			.architecture(Architecture.CONV).size(40).build());
		assertEquals("size must be divisible by 16 for the conv architecture (got 40); try 48", e.getMessage());
		VaeConfig.builder().architecture(Architecture.DENSE).size(40).build(); // fine for dense
	}

	@Test
	void badValuesNameTheirKey() {
		assertMessageStarts("learning_rate", () -> VaeConfig.builder().learningRate(10).build());
		assertMessageStarts("learning_rate", () -> VaeConfig.builder().learningRate(0).build());
		assertMessageStarts("beta", () -> VaeConfig.builder().beta(-1).build());
		assertMessageStarts("beta", () -> VaeConfig.builder().beta(Double.NaN).build());
		assertMessageStarts("validation", () -> VaeConfig.builder().validation(1).build());
		assertMessageStarts("latent", () -> VaeConfig.builder().latent(0).build());
		assertMessageStarts("epochs", () -> VaeConfig.builder().epochs(0).build());
		assertMessageStarts("batch", () -> VaeConfig.builder().batch(0).build());
		VaeConfig.builder().learningRate(9.0).build(); // absurd but allowed: training must cope
	}

	private static void assertMessageStarts(String key, org.junit.jupiter.api.function.Executable build) {
		IllegalArgumentException e = assertThrows(IllegalArgumentException.class, build);
		assertEquals(key, e.getMessage().substring(0, key.length()), e.getMessage());
	}
}
