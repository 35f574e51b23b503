package io.github.vaeexplorer.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Out-of-memory advice names the key of the verb that ran out (issue 14: sample was told to use a smaller batch). */
@Timeout(value = 10, unit = TimeUnit.SECONDS)
class MemoryAdviceTest {

	@Test
	void eachVerbIsToldWhatToMakeSmaller() {
		assertEquals("use a smaller --count", MemoryAdvice.forVerb("sample"));
		assertEquals("use fewer --steps", MemoryAdvice.forVerb("sweep"));
		assertEquals("use a smaller size or batch", MemoryAdvice.forVerb("train"));
	}
}
