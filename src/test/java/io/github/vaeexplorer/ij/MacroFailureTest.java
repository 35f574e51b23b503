package io.github.vaeexplorer.ij;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import ij.macro.Interpreter;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Reliability II, macros (issue 14): a macro function that fails stops the macro instead of handing it a value, and
 * the shipped macro template avoids what ImageJ 1.53t (Debian's {@code imagej}) cannot run.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class MacroFailureTest {

	private static final String REACHED = "vae.test.macro.reached";

	@TempDir
	Path dir;

	@Test
	void activeDimsOfAMissingModelStopsTheMacro() {
		String missing = dir.resolve("missing.vae.zip").toString().replace("\\", "/");
		// In batch mode, as a -batch run is: with an ImageJ window open (another test's), an interactive macro shows the
		// message in a dialog too, which would wait for a click here.
		String macro = "setBatchMode(true);\n" +
			"dims = call(\"io.github.vaeexplorer.ij.MacroFunctions.activeDims\", \"" + missing + "\");\n" +
			"call(\"java.lang.System.setProperty\", \"" + REACHED + "\", \"dims=\" + dims);\n";
		try {
			new Interpreter().run(macro);
			assertNull(System.getProperty(REACHED), "the line after the failed call ran");
		}
		finally {
			System.clearProperty(REACHED);
		}
	}

	@Test
	void aMacroThatDoesNotFailReachesItsNextLine() {
		// The control for the test above: the way it sees "the next line ran" works.
		try {
			new Interpreter().run("call(\"java.lang.System.setProperty\", \"" + REACHED + "\", \"yes\");");
			assertEquals("yes", System.getProperty(REACHED));
		}
		finally {
			System.clearProperty(REACHED);
		}
	}

	@Test
	void theTemplateHandsNoFunctionResultToAnArrayFunction() throws IOException {
		String text;
		try (InputStream in = getClass().getResourceAsStream("/script_templates/VAE_Explorer/Train_On_Folder.ijm")) {
			text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		// ImageJ 1.53t: "Array expected" for Array.trim(split(...), n); fine from 1.54 on.
		assertFalse(Pattern.compile("Array\\.\\w+\\(\\s*\\w+\\(").matcher(text).find(), "Array.f(g(...)) in the template");
	}
}
