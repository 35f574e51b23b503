package io.github.vaeexplorer.command;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.scijava.Context;
import org.scijava.command.CommandInfo;
import org.scijava.command.CommandService;
import org.scijava.module.Module;
import org.scijava.module.ModuleException;
import org.scijava.module.ModuleItem;

/**
 * {@code docs/reference.md} lists what the code declares: every menu name and verb of {@link CommandCatalog}, and
 * for every command each macro key, in order, with its default and its choices.
 */
class ReferenceDocTest {

	private static final Pattern KEY_ROW = Pattern.compile("^\\| `(\\w+)` \\| ([^|]*) \\| (.*) \\|$");

	private static String doc;
	private static Context context;

	@BeforeAll
	static void read() throws IOException {
		doc = new String(Files.readAllBytes(Paths.get("docs", "reference.md")), StandardCharsets.UTF_8);
		context = CommandContexts.create();
	}

	@AfterAll
	static void dispose() {
		context.dispose();
	}

	@Test
	void theSummaryListsEveryMenuNameWithItsVerb() {
		for (CommandCatalog.Entry e : CommandCatalog.entries()) {
			assertTrue(doc.contains("\n| `" + e.menuName() + "` | `" + e.verb() + "` |"), "docs/reference.md has no " +
				"summary row for " + e.menuName() + " (" + e.verb() + ")");
		}
	}

	@Test
	void theCommandLineSectionNamesEveryVerb() {
		String cli = section("## Command line");
		for (CommandCatalog.Entry e : CommandCatalog.entries()) {
			assertTrue(cli.contains("| `" + e.verb() + "`") || cli.contains(", `" + e.verb() + "`"),
				"docs/reference.md's command line table has no row for " + e.verb());
		}
	}

	@Test
	void everyCommandsKeysAreListedInOrderWithTheirDefaultsAndChoices() throws ModuleException {
		for (CommandCatalog.Entry e : CommandCatalog.entries()) {
			CommandInfo info = context.service(CommandService.class).getCommand(e.command());
			List<String> keys = new ArgumentBinder(info, e.menuName()).textKeys();
			Map<String, String[]> rows = keyRows(section("### " + e.menuName()));
			assertEquals(keys, new ArrayList<>(rows.keySet()), "docs/reference.md's keys of " + e.menuName());
			Module defaults = info.createModule();
			for (String key : keys) {
				String[] row = rows.get(key);
				assertDefault(e.menuName() + " " + key, defaults.getInput(key), row[0]);
				ModuleItem<?> item = info.getInput(key);
				if (item.getChoices() == null) continue;
				for (Object choice : item.getChoices()) {
					assertTrue(row[1].contains("`" + choice + "`"), "docs/reference.md does not name " + key +
						"'s choice " + choice + " for " + e.menuName());
				}
			}
		}
	}

	/** A default cell: "—" for an empty text, else the value in backticks (numbers compared as numbers). */
	private static void assertDefault(String what, Object value, String cell) {
		String text = value == null ? "" : value.toString();
		if (text.isEmpty()) {
			assertEquals("—", cell, what + ": an empty default is written —");
			return;
		}
		assertTrue(cell.startsWith("`") && cell.endsWith("`"), what + ": default " + cell + " not in backticks");
		String shown = cell.substring(1, cell.length() - 1);
		if (value instanceof Number) assertEquals(((Number) value).doubleValue(), Double.parseDouble(shown), 0, what);
		else assertEquals(text, shown, what);
	}

	/** The text from a heading line to the next heading of the same or a higher level. */
	private static String section(String heading) {
		int start = doc.indexOf("\n" + heading + "\n");
		if (start < 0) fail("docs/reference.md has no heading '" + heading + "'");
		int level = heading.indexOf(' ');
		int pos = start + heading.length() + 2; // the first line after the heading
		while (pos < doc.length()) {
			int hashes = 0;
			while (pos + hashes < doc.length() && doc.charAt(pos + hashes) == '#') hashes++;
			if (hashes > 0 && hashes <= level && doc.startsWith(" ", pos + hashes)) break;
			int next = doc.indexOf('\n', pos);
			pos = next < 0 ? doc.length() : next + 1;
		}
		return doc.substring(start, pos);
	}

	/** Key → {default cell, meaning cell}, in the order of the section's key table. */
	private static Map<String, String[]> keyRows(String section) {
		Map<String, String[]> rows = new LinkedHashMap<>();
		for (String line : section.split("\n")) {
			Matcher m = KEY_ROW.matcher(line);
			if (!m.matches()) continue;
			if (rows.put(m.group(1), new String[] { m.group(2).trim(), m.group(3) }) != null) fail("key " + m.group(1) +
				" listed twice in " + section.substring(0, section.indexOf('\n', 1)).trim());
		}
		return rows;
	}
}
