package io.github.vaeexplorer.ij;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.vaeexplorer.data.Normalisation;
import io.github.vaeexplorer.data.SourceGeometry;
import io.github.vaeexplorer.history.TrainingHistory;
import io.github.vaeexplorer.model.LatentStatistics;
import io.github.vaeexplorer.model.ModelFile;
import io.github.vaeexplorer.model.VaeModel;
import io.github.vaeexplorer.model.VaeNetwork;
import io.github.vaeexplorer.model.VaeTestKit;
import io.github.vaeexplorer.nd4j.NativeBackend;
import io.github.vaeexplorer.ui.GuiTestKit;

import ij.ImageJ;
import ij.macro.Interpreter;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipFile;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code Export Model...} from an ImageJ macro through the menu entry, under a real display (run with
 * {@code xvfb-run}).
 */
@Timeout(value = 3, unit = TimeUnit.MINUTES)
class ExportMacroTest {

	@TempDir
	static Path dir;
	private static ImageJ imagej;

	@BeforeAll
	static void startImageJ() throws IOException {
		GuiTestKit.assumeDisplay();
		imagej = GuiTestKit.startImageJ();
	}

	@AfterAll
	static void quit() {
		GuiTestKit.quitImageJ(imagej);
	}

	@Test
	void macroExportsAPackage() throws IOException {
		NativeBackend.ensureLoaded();
		double[] zeros = new double[4], ones = { 1, 1, 1, 1 };
		VaeModel untrained = new VaeModel(VaeNetwork.create(VaeTestKit.tinyDense().build()), new Normalisation(
			new double[] { 0 }, new double[] { 255 }), new SourceGeometry(16, 16, 1, 16), new TrainingHistory(),
			new LatentStatistics(ones, zeros, ones, zeros, ones), null);
		Path model = dir.resolve("macro.vae.zip"), out = dir.resolve("macro-bioimageio.zip");
		ModelFile.save(untrained, model);
		new Interpreter().run("run(\"Export Model...\", \"model=[" + model + "] out=[" + out +
			"] format=bioimageio\");\n");
		assertTrue(Files.isRegularFile(out), "the package is written");
		try (ZipFile zip = new ZipFile(out.toFile())) {
			assertNotNull(zip.getEntry("rdf.yaml"));
			assertNotNull(zip.getEntry("decoder.onnx"));
		}
	}
}
