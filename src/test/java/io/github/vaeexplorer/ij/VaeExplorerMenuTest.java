package io.github.vaeexplorer.ij;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;

import org.junit.jupiter.api.Test;

/** The installation check that runs before any command: which library is missing, named once. */
class VaeExplorerMenuTest {

	@Test
	void theTestClassPathHasEverything() {
		assertNull(VaeExplorerMenu.missingLibrary(getClass().getClassLoader()));
	}

	@Test
	void aLoaderWithoutTheLibrariesNamesTheFirstMissingOne() throws IOException {
		try (URLClassLoader bare = new URLClassLoader(new URL[0], ClassLoader.getPlatformClassLoader())) {
			assertEquals("VAE Explorer's installation is incomplete: scijava-common (scijava-common-*.jar, class " +
				"org.scijava.Context) is missing. In Fiji: Help > Update..., enable the VAE Explorer update site and " +
				"apply its changes; in plain ImageJ: copy the whole plugins/ folder of the VAE Explorer download into " +
				"ImageJ's plugins/ folder. Then restart.", VaeExplorerMenu.missingLibrary(bare));
		}
	}
}
