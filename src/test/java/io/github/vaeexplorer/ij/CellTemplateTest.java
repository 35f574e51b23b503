package io.github.vaeexplorer.ij;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.vaeexplorer.command.ArgumentBinder;
import io.github.vaeexplorer.command.CommandCatalog;
import io.github.vaeexplorer.command.CommandContexts;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.scijava.Context;
import org.scijava.command.CommandInfo;
import org.scijava.command.CommandService;

/**
 * The cells template (segment, Crop Cells, Train VAE, Encode Stack, Color Cells By) names only our commands and
 * their keys, beside a few of ImageJ's own commands for the segmentation.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class CellTemplateTest {

	private static final String NAME = "Crop_Train_Color_Cells.ijm";
	private static final Pattern RUN = Pattern.compile("run\\(\"([^\"]+)\"(?:, \"([^)]*))?");
	private static final Pattern KEY = Pattern.compile("(?:^|[\\s\"])([a-z_]+)=");
	private static final Set<String> IMAGEJ = Set.of("Duplicate...", "Convert to Mask", "Analyze Particles...",
		"Set...", "Select None");

	@Test
	void templateRunsOurCommandsWithTheirKeysInOrder() throws IOException {
		String text;
		try (InputStream in = getClass().getResourceAsStream("/script_templates/VAE_Explorer/" + NAME)) {
			assertNotNull(in, NAME + " is packaged");
			text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		List<String> ours = new ArrayList<>();
		Matcher run = RUN.matcher(text);
		try (Context context = CommandContexts.create()) {
			while (run.find()) {
				String command = run.group(1);
				if (IMAGEJ.contains(command)) continue;
				CommandCatalog.Entry entry = CommandCatalog.entries().stream().filter(e -> e.menuName().equals(command))
					.findFirst().orElse(null);
				assertNotNull(entry, NAME + " runs an unknown command: " + command);
				ours.add(command);
				CommandInfo info = context.service(CommandService.class).getCommand(entry.command());
				Set<String> keys = new HashSet<>(new ArgumentBinder(info, entry.menuName()).textKeys());
				int end = text.indexOf(");", run.start());
				Matcher key = KEY.matcher(text.substring(run.start(), end));
				while (key.find()) assertTrue(keys.contains(key.group(1)), key.group(1) + " is not a key of " + command);
			}
		}
		assertEquals(List.of("Crop Cells...", "Train VAE...", "Encode Stack...", "Cluster Latents...",
			"Color Cells By...", "Color Cells By..."), ours);
	}
}
