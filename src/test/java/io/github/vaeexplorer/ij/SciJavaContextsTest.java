package io.github.vaeexplorer.ij;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;
import org.scijava.command.CommandService;

/** Outside Fiji (no ImageJ2 legacy layer) the menus share one private context for the whole ImageJ session. */
class SciJavaContextsTest {

	@Test
	void plainImageJHasNoApplicationContextAndKeepsOnePrivateOne() {
		assertNull(SciJavaContexts.applicationContext(getClass().getClassLoader()),
			"net.imagej.legacy is not on the test class path, so ImageJ is never asked");
		assertSame(SciJavaContexts.current(), SciJavaContexts.current(), "not a new context per menu click");
		assertNotNull(SciJavaContexts.current().service(CommandService.class));
	}
}
