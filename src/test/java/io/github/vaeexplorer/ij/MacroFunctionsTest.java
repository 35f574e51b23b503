package io.github.vaeexplorer.ij;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.vaeexplorer.model.LatentStatistics;
import io.github.vaeexplorer.model.ModelFile;
import io.github.vaeexplorer.model.ModelFileException;
import io.github.vaeexplorer.model.VaeModel;
import io.github.vaeexplorer.model.VaeTestKit;
import io.github.vaeexplorer.nd4j.NativeBackend;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a macro gets from {@code call("io.github.vaeexplorer.ij.MacroFunctions...", model)}. */
class MacroFunctionsTest {

	@TempDir
	static Path dir;
	private static Path file;
	private static LatentStatistics stats;

	@BeforeAll
	static void trainTinyModel() {
		NativeBackend.ensureLoaded();
		VaeModel model = VaeTestKit.train(VaeTestKit.tinyDense().latent(5).epochs(3).beta(1).build(), VaeTestKit.shapes(
			16, 128, 3)).model();
		file = dir.resolve("m.vae.zip");
		ModelFile.save(model, file);
		stats = model.statistics();
	}

	@Test
	void activeDimsAreTheModelsActiveDimensionsMostInformativeFirst() {
		assertEquals(join(stats.activeDims()), MacroFunctions.activeDims(file.toString()));
		assertEquals(join(stats.rankedByKl()), MacroFunctions.rankedDims(" " + file + " "));
		assertEquals(5, MacroFunctions.rankedDims(file.toString()).split(",").length);
	}

	@Test
	void aMissingModelIsNamed() {
		assertThrows(ModelFileException.class, () -> MacroFunctions.activeDims(dir.resolve("nope.vae.zip").toString()));
		assertThrows(IllegalArgumentException.class, () -> MacroFunctions.activeDims(""));
	}

	private static String join(int[] dims) {
		return Arrays.stream(dims).mapToObj(Integer::toString).collect(Collectors.joining(","));
	}
}
