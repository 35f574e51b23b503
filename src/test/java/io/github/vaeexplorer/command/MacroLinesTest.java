package io.github.vaeexplorer.command;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.vaeexplorer.latent.TraversalSession;

import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.scijava.Context;
import org.scijava.command.CommandService;
import org.scijava.module.Module;
import org.scijava.module.ModuleException;

/** Recorded macro lines name the command as its menu does, and the interactive traversal uses its defaults. */
class MacroLinesTest {

	@Test
	void aRunLineUsesTheMenuNameAndTheKeysInOrder() {
		Map<String, String> keys = new LinkedHashMap<>();
		keys.put("model", "/data/my cells.vae.zip");
		keys.put("dim", "2");
		keys.put("anchor", "slice:3");
		assertEquals("run(\"Latent Sweep...\", \"model=[/data/my cells.vae.zip] dim=2 anchor=slice:3\");\n", MacroLines
			.run(LatentSweepCommand.class, keys));
		assertEquals("selectImage(\"a \\\"quoted\\\" title\");\n", MacroLines.selectImage("a \"quoted\" title"));
	}

	@Test
	void theTraversalsSweepAndGridAreTheCommandsDefaults() throws ModuleException {
		try (Context context = CommandContexts.create()) {
			CommandService commands = context.service(CommandService.class);
			Module sweep = commands.getCommand(LatentSweepCommand.class).createModule();
			assertEquals(TraversalSession.SWEEP_FROM, (double) sweep.getInput("from"), 0.0);
			assertEquals(TraversalSession.SWEEP_TO, (double) sweep.getInput("to"), 0.0);
			assertEquals(TraversalSession.SWEEP_STEPS, (int) sweep.getInput("steps"));
			Module grid = commands.getCommand(TraversalGridCommand.class).createModule();
			assertEquals(TraversalSession.GRID_STEPS, (int) grid.getInput("steps"));
		}
	}
}
