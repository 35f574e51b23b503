package io.github.vaeexplorer.command;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.scijava.Context;
import org.scijava.command.CommandInfo;
import org.scijava.command.CommandService;

/**
 * The menus, the SciJava commands and the names of docs/reference.md agree.
 */
class CommandCatalogTest {

	private static final Pattern ENTRY = Pattern.compile(
		"^Plugins>VAE Explorer, \"([^\"]+)\", io\\.github\\.vaeexplorer\\.ij\\.VaeExplorerMenu\\(\"(\\w+)\"\\)$");

	@Test
	void pluginsConfigListsEveryActionExactlyOnce() throws IOException {
		List<String> menu = new ArrayList<>();
		for (String line : Files.readAllLines(Paths.get("plugins.config"), StandardCharsets.UTF_8)) {
			if (line.trim().isEmpty() || line.startsWith("#")) continue;
			Matcher m = ENTRY.matcher(line);
			assertTrue(m.matches(), "malformed plugins.config line: " + line);
			CommandCatalog.Entry entry = CommandCatalog.byVerb(m.group(2)).orElse(null);
			assertNotNull(entry, "unknown verb in plugins.config: " + m.group(2));
			assertEquals(entry.menuName(), m.group(1));
			menu.add(m.group(1));
		}
		List<String> expected = new ArrayList<>();
		for (CommandCatalog.Entry e : CommandCatalog.entries()) expected.add(e.menuName());
		assertEquals(expected, menu);
	}

	@Test
	void commandKeysAreTheContractsKeys() {
		Map<String, List<String>> contract = new HashMap<>();
		contract.put("train", Arrays.asList("model", "architecture", "latent", "beta", "warmup", "epochs", "batch",
			"learning_rate", "size", "validation", "seed", "resume", "input", "objective", "gamma", "capacity",
			"capacity_epochs", "stream", "buffer_mb", "adversarial_weight", "disc_learning_rate", "disc_hidden",
			"encoder"));
		contract.put("sweep", Arrays.asList("model", "dim", "from", "to", "steps", "anchor"));
		contract.put("interactive", Arrays.asList("model", "anchor"));
		contract.put("grid", Arrays.asList("model", "dims", "steps", "range"));
		contract.put("interpolate", Arrays.asList("model", "first", "last", "steps", "path"));
		contract.put("reconstruct", Arrays.asList("model"));
		contract.put("sample", Arrays.asList("model", "count", "seed"));
		contract.put("encode", Arrays.asList("model"));
		contract.put("info", Arrays.asList("model", "color_by", "table"));
		contract.put("sample_data", Arrays.asList("sample"));
		contract.put("export", Arrays.asList("model", "out", "format"));
		contract.put("explorer", Arrays.asList("model", "axes", "color_by", "table"));
		contract.put("metrics", Arrays.asList("model", "factors"));
		contract.put("cluster", Arrays.asList("model", "k", "method", "seed"));
		contract.put("outliers", Arrays.asList("model", "top"));
		contract.put("shift", Arrays.asList("model", "table", "column", "from", "to", "steps"));
		contract.put("study", Arrays.asList("betas", "objectives", "seeds", "factors", "objective", "architecture", "latent", "warmup",
			"epochs", "batch", "learning_rate", "size", "validation", "seed"));
		contract.put("crop", Arrays.asList("labels", "rois", "input", "size", "channels", "mask", "align", "scale",
			"conditions", "table"));
		contract.put("color_cells", Arrays.asList("column", "table", "labels", "crops", "rois"));
		try (Context context = CommandContexts.create()) {
			for (CommandCatalog.Entry e : CommandCatalog.entries()) {
				CommandInfo info = context.service(CommandService.class).getCommand(e.command());
				assertNotNull(info, e.command() + " is not an indexed SciJava command");
				assertEquals(contract.get(e.verb()), new ArgumentBinder(info, e.menuName()).textKeys(), e.verb());
			}
		}
	}

	@Test
	void binderNamesUnknownKeysAndBadNumbers() {
		try (Context context = CommandContexts.create()) {
			CommandInfo info = context.service(CommandService.class).getCommand(TrainVaeCommand.class);
			ArgumentBinder binder = new ArgumentBinder(info, "Train VAE...");
			Map<String, String> values = new HashMap<>();
			values.put("epochz", "3");
			IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> binder.bind(values));
			assertTrue(e.getMessage().startsWith("unknown key 'epochz' for Train VAE..."), e.getMessage());
			values.clear();
			values.put("epochs", "many");
			e = assertThrows(IllegalArgumentException.class, () -> binder.bind(values));
			assertEquals("epochs must be a whole number (got 'many')", e.getMessage());
			values.clear();
			values.put("architecture", "resnet");
			e = assertThrows(IllegalArgumentException.class, () -> binder.bind(values));
			assertEquals("architecture must be one of conv, dense (got 'resnet')", e.getMessage());
			values.clear();
			values.put("beta", "NaN");
			e = assertThrows(IllegalArgumentException.class, () -> binder.bind(values));
			assertEquals("beta must be a number (got 'NaN')", e.getMessage());
			values.clear();
			values.put("learning_rate", "0.01");
			values.put("seed", "12");
			Map<String, Object> bound = binder.bind(values);
			assertEquals(0.01, bound.get("learning_rate"));
			assertEquals(12L, bound.get("seed"));
		}
	}
}
