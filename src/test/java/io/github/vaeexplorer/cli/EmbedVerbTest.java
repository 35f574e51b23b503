package io.github.vaeexplorer.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.vaeexplorer.command.ArgumentBinder;
import io.github.vaeexplorer.command.CommandCatalog;
import io.github.vaeexplorer.command.CommandContexts;
import io.github.vaeexplorer.explore.ExploreTestKit;
import io.github.vaeexplorer.model.ModelFile;

import ij.ImagePlus;
import ij.io.FileSaver;
import ij.measure.ResultsTable;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.scijava.Context;
import org.scijava.command.CommandService;

/** {@code embed}: the Latent Explorer's map as CSV, and {@code explorer} refused without a display. */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class EmbedVerbTest {

	@TempDir
	static Path dir;
	private static Path stack, model;
	private final CliCapture cli = new CliCapture();

	@BeforeAll
	static void files() throws IOException {
		ImagePlus imp = ExploreTestKit.stack(24);
		stack = dir.resolve("shapes.tif");
		assertTrue(new FileSaver(imp).saveAsTiffStack(stack.toString()));
		model = dir.resolve("hand.vae.zip");
		ModelFile.save(ExploreTestKit.model(), model);
	}

	@Test
	void writesSliceXYForEveryAxes() throws IOException {
		Path latents = dir.resolve("latents.csv");
		assertEquals(0, cli.run("encode", "--model", model.toString(), "--input", stack.toString(), "--out", latents
			.toString()), cli.err());
		ResultsTable codes = ResultsTable.open(latents.toString());
		for (String axes : new String[] { "pca", "umap", "dims:3,1" }) {
			Path out = dir.resolve("coords-" + axes.replace(':', '-').replace(',', '-') + ".csv");
			assertEquals(0, cli.run("embed", "--model", model.toString(), "--input", stack.toString(), "--axes", axes,
				"--out", out.toString()), cli.err());
			List<String> lines = Files.readAllLines(out, StandardCharsets.UTF_8);
			assertEquals("slice,x,y", lines.get(0), axes);
			assertEquals(25, lines.size(), axes + ": a header and one row a slice");
			ResultsTable coords = ResultsTable.open(out.toString());
			for (int i = 0; i < 24; i++) {
				assertEquals(i + 1, coords.getValue("slice", i));
				if (axes.startsWith("dims")) {
					assertEquals(codes.getValue("mu_3", i), coords.getValue("x", i), 1e-5, "x is mu_3");
					assertEquals(codes.getValue("mu_1", i), coords.getValue("y", i), 1e-5, "y is mu_1");
				}
				assertTrue(Double.isFinite(coords.getValue("x", i)) && Double.isFinite(coords.getValue("y", i)));
			}
		}
		// PCA's x has mean zero over the slices.
		ResultsTable pca = ResultsTable.open(dir.resolve("coords-pca.csv").toString());
		assertEquals(0, Arrays.stream(pca.getColumn("x")).average().getAsDouble(), 1e-5);
	}

	@Test
	void aBadAxesIsOneLine() {
		assertEquals(1, cli.run("embed", "--model", model.toString(), "--input", stack.toString(), "--axes",
			"dims:0,9", "--out", dir.resolve("bad.csv").toString()));
		assertEquals("error: axes dims:0,9 but the model has 4 latent dimension(s) (0..3)", cli.err().trim());
		assertTrue(Files.notExists(dir.resolve("bad.csv")));
	}

	@Test
	void theExplorerNeedsADisplay() {
		assertEquals(1, cli.run("explorer", "--model", model.toString()));
		assertTrue(cli.err().startsWith("error: explorer needs a display"), cli.err());
	}

	@Test
	void embedsKeysAreModelAndAxes() {
		CommandCatalog.Entry embed = CommandCatalog.byVerb("embed").get();
		assertTrue(CommandCatalog.cliOnly().contains(embed));
		assertTrue(CommandCatalog.entries().stream().noneMatch(e -> e.verb().equals("embed")), "no menu entry");
		try (Context context = CommandContexts.create()) {
			assertEquals(Arrays.asList("model", "axes"), new ArgumentBinder(context.service(CommandService.class)
				.getCommand(embed.command()), embed.menuName()).textKeys());
		}
	}
}
