package io.github.vaeexplorer.ij;

import io.github.vaeexplorer.command.CommandContexts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.vaeexplorer.command.ArgumentBinder;
import io.github.vaeexplorer.command.CommandCatalog;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.scijava.Context;
import org.scijava.command.CommandInfo;
import org.scijava.command.CommandService;

/**
 * The script templates name only commands, keys, classes and methods that exist: a renamed command or key breaks
 * this test rather than a user's script. (The macro template also runs, in {@link ImageJApplicationIT}; Groovy and
 * Jython are not on the test class path, so those two are only checked here.)
 */
class ScriptTemplatesTest {

	private static final Pattern RUN = Pattern.compile("run\\(\"([^\"]+)\",");
	private static final Pattern KEY = Pattern.compile("(?:^|[\\s\"])([a-z_]+)=");
	private static final Pattern CALL = Pattern.compile("\"(io\\.github\\.vaeexplorer\\.[\\w.]+)\\.(\\w+)\"");
	private static final Pattern STATIC = Pattern.compile("\\b(MacroFunctions)\\.(\\w+)\\(");
	private static final Pattern IMPORT = Pattern.compile("(?m)^(?:import|from) (io\\.github\\.vaeexplorer[\\w.]*)" +
		"(?: import (\\w+))?");

	@ParameterizedTest
	@ValueSource(strings = { "Train_On_Folder.ijm", "Train_On_Folder.groovy", "Train_On_Folder.py" })
	void templateNamesExistingCommandsKeysAndMethods(String name) throws Exception {
		String text = template(name);
		int runs = 0;
		Matcher run = RUN.matcher(text);
		try (Context context = CommandContexts.create()) {
			while (run.find()) {
				runs++;
				CommandCatalog.Entry entry = CommandCatalog.entries().stream().filter(e -> e.menuName().equals(run
					.group(1))).findFirst().orElse(null);
				assertNotNull(entry, name + " runs an unknown command: " + run.group(1));
				CommandInfo info = context.service(CommandService.class).getCommand(entry.command());
				Set<String> keys = new HashSet<>(new ArgumentBinder(info, entry.menuName()).textKeys());
				Matcher key = KEY.matcher(call(text, run.start()));
				while (key.find()) assertTrue(keys.contains(key.group(1)), name + ": " + key.group(1) +
					" is not a key of " + entry.menuName());
			}
		}
		assertTrue(runs >= 2, name + " trains and sweeps");
		assertTrue(text.contains("\"Train VAE...\"") && text.contains("\"Latent Sweep...\""), name);
		assertTrue(text.contains("input=["), name + " trains on a folder");

		int methods = 0;
		for (Pattern p : new Pattern[] { CALL, STATIC }) {
			Matcher m = p.matcher(text);
			while (m.find()) {
				String cls = m.group(1).contains(".") ? m.group(1) : MacroFunctions.class.getName();
				assertStringFunction(name, cls, m.group(2));
				methods++;
			}
		}
		assertTrue(methods >= 2, name + " asks the model for its active dimensions");
		Matcher imports = IMPORT.matcher(text);
		while (imports.find()) {
			String cls = imports.group(2) == null ? imports.group(1) : imports.group(1) + "." + imports.group(2);
			Class.forName(cls);
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "Train_On_Folder.groovy", "Train_On_Folder.py" })
	void scriptParametersAskForTheFoldersAndTheSettings(String name) throws IOException {
		String text = template(name);
		for (String parameter : new String[] { "File (label = \"Folder of training images", "style = \"directory\")" +
			" input", "style = \"directory\") output", "Integer (label = \"Epochs\", value = 30) epochs" })
		{
			assertTrue(text.contains(parameter), name + " lacks " + parameter);
		}
		assertFalse(text.contains("\t ") || text.contains("\r"), name + " mixes tabs and spaces or has CR");
	}

	/** The text of the call that opens at {@code start} ({@code run(...)}), through its closing parenthesis. */
	private static String call(String text, int start) {
		int depth = 0;
		boolean quoted = false;
		for (int i = text.indexOf('(', start); i < text.length(); i++) {
			char c = text.charAt(i);
			if (quoted) {
				if (c == '\\') i++;
				else if (c == '"') quoted = false;
			}
			else if (c == '"') quoted = true;
			else if (c == '(') depth++;
			else if (c == ')' && --depth == 0) return text.substring(start, i + 1);
		}
		throw new AssertionError("unbalanced parentheses after " + text.substring(start, Math.min(text.length(),
			start + 40)));
	}

	private static void assertStringFunction(String template, String cls, String method) throws Exception {
		Method m = Class.forName(cls).getMethod(method, String.class);
		assertTrue(Modifier.isStatic(m.getModifiers()), template + ": " + cls + "." + method + " is static");
		assertEquals(String.class, m.getReturnType(), template + ": " + cls + "." + method + " returns a String");
	}

	private static String template(String name) throws IOException {
		String path = "/script_templates/VAE_Explorer/" + name;
		try (InputStream in = ScriptTemplatesTest.class.getResourceAsStream(path)) {
			assertNotNull(in, path + " is packaged");
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}
}
