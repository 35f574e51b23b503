package io.github.vaeexplorer.reliability;

import static io.github.vaeexplorer.reliability.Harness.assertCliFails;
import static io.github.vaeexplorer.reliability.Harness.cli;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.vaeexplorer.history.EpochRecord;
import io.github.vaeexplorer.model.ModelFile;
import io.github.vaeexplorer.model.ModelFileException;
import io.github.vaeexplorer.model.VaeConfig;
import io.github.vaeexplorer.model.Architecture;
import io.github.vaeexplorer.nd4j.NativeBackend;
import io.github.vaeexplorer.train.TrainingJob;
import io.github.vaeexplorer.train.TrainingListener;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import ij.ImagePlus;
import ij.ImageStack;
import ij.process.FloatProcessor;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.Enumeration;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Reliability II, training and the CLI (issue 14): work is never thrown away (a model written meanwhile by another
 * training, {@code study --out} checked first), and nothing wrong is answered in silence (a resume given another
 * network, a diverging stored learning rate, an all-NaN stack, a foreign TIFF as {@code --out}).
 */
@Timeout(value = 180, unit = TimeUnit.SECONDS)
class TrainingSafetyTest {

	@TempDir
	static Path dir;
	private static ImagePlus stack;
	private static Path tif, model;

	@BeforeAll
	static void start() {
		NativeBackend.ensureLoaded();
		stack = Harness.shapes(16, 32, 8);
		tif = Harness.saveTiff(stack, dir.resolve("s.tif"));
		model = Harness.trainTinyModel(tif, dir.resolve("m.vae.zip"), 2);
	}

	@AfterAll
	static void stop() {
		stack.close();
	}

	private static Path nanStack(String name) {
		ImageStack s = new ImageStack(16, 16);
		for (int i = 0; i < 4; i++) {
			float[] p = new float[16 * 16];
			Arrays.fill(p, Float.NaN);
			s.addSlice(new FloatProcessor(16, 16, p));
		}
		return Harness.saveTiff(new ImagePlus(name, s), dir.resolve(name));
	}

	@Test
	void aForeignTiffAsOutIsRefusedBeforeAnyWorkUnlessOverwrite() throws IOException {
		Path foreign = Files.copy(tif, dir.resolve("other-source.tif"));
		byte[] before = Files.readAllBytes(foreign);
		assertCliFails(cli("sweep", "--model", model.toString(), "--out", foreign.toString(), "--steps", "2"),
			"not written by VAE Explorer");
		assertTrue(Arrays.equals(before, Files.readAllBytes(foreign)));
		assertEquals(0, cli("sweep", "--model", model.toString(), "--out", foreign.toString(), "--steps", "2",
			"--overwrite").code);
		assertEquals(2, ij.IJ.openImage(foreign.toString()).getStackSize());
		// Ours now: replaced without the flag.
		assertEquals(0, cli("sweep", "--model", model.toString(), "--out", foreign.toString(), "--steps", "3").code);
	}

	@Test
	void aFolderRunKeepsForeignTiffsUnlessOverwrite() throws IOException {
		Path in = Files.createDirectory(dir.resolve("in")), out = Files.createDirectory(dir.resolve("out"));
		Files.copy(tif, in.resolve("cells.tif"));
		Path foreign = Files.copy(tif, out.resolve("cells.tif"));
		byte[] before = Files.readAllBytes(foreign);
		assertCliFails(cli("reconstruct", "--model", model.toString(), "--input", in.toString(), "--out", out
			.toString()), "not written by VAE Explorer");
		assertTrue(Arrays.equals(before, Files.readAllBytes(foreign)));
		assertEquals(0, cli("reconstruct", "--model", model.toString(), "--input", in.toString(), "--out", out
			.toString(), "--overwrite").code);
		assertFalse(Arrays.equals(before, Files.readAllBytes(foreign)));
	}

	@Test
	void aTableNamedLikeTheOutputIsRefused() {
		Path both = dir.resolve("both.tif");
		assertCliFails(cli("reconstruct", "--model", model.toString(), "--input", tif.toString(), "--out", both
			.toString(), "--table", both.toString()), "is the --out file");
		assertFalse(Files.exists(both));
	}

	@Test
	void aResumeGivenAnotherNetworkIsRefused() {
		assertCliFails(cli("train", "--input", tif.toString(), "--resume", model.toString(), "--model", dir.resolve(
			"r.vae.zip").toString(), "--epochs", "1", "--latent", "3"), "latent=3 (the model's is 2)");
		assertCliFails(cli("train", "--input", tif.toString(), "--resume", model.toString(), "--model", dir.resolve(
			"r.vae.zip").toString(), "--epochs", "1", "--architecture", "dense", "--size", "32"), "size=32 (the model's is 16)");
		assertFalse(Files.exists(dir.resolve("r.vae.zip")));
	}

	@Test
	void aStoredLearningRateThatDivergesEndsWithAnError() throws IOException {
		Path wild = rewriteConfig(model, dir.resolve("wild.vae.zip"), c -> c.getAsJsonObject("optimizer").addProperty(
			"learning_rate", 1e9));
		Harness.CliResult r = cli("train", "--input", tif.toString(), "--resume", wild.toString(), "--model", dir
			.resolve("wild-more.vae.zip").toString(), "--epochs", "1", "--architecture", "dense", "--size", "16");
		assertEquals(1, r.code, r.err);
		assertTrue(r.err.contains("error: Training diverged"), r.err);
	}

	@Test
	void anAllNanStackHasNothingToLearn() {
		Path nan = nanStack("nan.tif");
		assertCliFails(cli("train", "--input", nan.toString(), "--model", dir.resolve("nan.vae.zip").toString(),
			"--epochs", "1", "--architecture", "dense", "--size", "16"), "nothing in them for the model to learn");
		assertFalse(Files.exists(dir.resolve("nan.vae.zip")));
	}

	@Test
	void reconstructingAnAllNanStackIsAnError() {
		Path nan = nanStack("nan-in.tif");
		assertCliFails(cli("reconstruct", "--model", model.toString(), "--input", nan.toString(), "--out", dir.resolve(
			"nan-rec.tif").toString()), "nothing to reconstruct");
		assertFalse(Files.exists(dir.resolve("nan-rec.tif")));
	}

	@Test
	void aModelWrittenMeanwhileByAnotherTrainingIsKeptAndOursIsRescued() throws IOException {
		Path shared = dir.resolve("shared.vae.zip");
		TrainingListener otherTraining = new TrainingListener() {

			@Override
			public void epochDone(EpochRecord record, int lastEpoch) {
				try {
					Files.copy(model, shared, StandardCopyOption.REPLACE_EXISTING);
				}
				catch (IOException e) {
					throw new java.io.UncheckedIOException(e);
				}
			}
		};
		VaeConfig config = VaeConfig.builder().architecture(Architecture.DENSE).latent(2).epochs(1).size(16).build();
		ModelFileException e = assertThrows(ModelFileException.class, () -> new TrainingJob(otherTraining, null).run(
			stack, config, null, shared));
		assertTrue(e.getMessage().contains("written by another process"), e.getMessage());
		Matcher rescued = Pattern.compile("saved to (.+\\.vae\\.zip) instead").matcher(e.getMessage());
		assertTrue(rescued.find(), e.getMessage());
		Path rescue = Path.of(rescued.group(1));
		try {
			assertEquals(1, ModelFile.load(rescue).history().size());
			assertTrue(Arrays.equals(Files.readAllBytes(model), Files.readAllBytes(shared)), "the other's model stays");
		}
		finally {
			Files.deleteIfExists(rescue);
		}
	}

	@Test
	void studyOutIsCheckedBeforeAnyTraining() throws IOException {
		Path file = Files.writeString(dir.resolve("study-file"), "keep");
		Harness.CliResult r = cli("study", "--input", tif.toString(), "--out", file.toString(), "--betas", "0",
			"--seeds", "1", "--epochs", "1", "--size", "16", "--architecture", "dense", "--latent", "2");
		assertCliFails(r, "is not a folder");
		assertEquals("keep", Files.readString(file));
		r = cli("study", "--input", tif.toString(), "--out", "/proc/vae-study", "--betas", "0", "--seeds", "1",
			"--epochs", "1", "--size", "16", "--architecture", "dense", "--latent", "2");
		assertCliFails(r, "/proc/vae-study");
		assertFalse(r.err.trim().endsWith("/proc/vae-study"), "a reason: " + r.err);
	}

	@Test
	void studyBetasAreLimited() {
		StringBuilder betas = new StringBuilder("0");
		for (int i = 1; i <= 64; i++) betas.append(',').append(i);
		assertCliFails(cli("study", "--input", tif.toString(), "--betas", betas.toString(), "--seeds", "1"),
			"at most 64");
	}

	@Test
	void demoIntoAFolderThatCannotBeMadeSaysWhy() {
		Harness.CliResult r = cli("demo", "--out", "/proc/vae-demo");
		assertCliFails(r, "/proc/vae-demo");
		assertFalse(r.err.trim().endsWith("/proc/vae-demo"), "a reason: " + r.err);
	}

	/** A copy of a model file with its config.json edited. */
	static Path rewriteConfig(Path from, Path to, java.util.function.Consumer<JsonObject> edit) throws IOException {
		try (ZipFile zip = new ZipFile(from.toFile()); OutputStream raw = Files.newOutputStream(to);
			ZipOutputStream out = new ZipOutputStream(raw))
		{
			for (Enumeration<? extends ZipEntry> e = zip.entries(); e.hasMoreElements();) {
				ZipEntry entry = e.nextElement();
				byte[] bytes;
				try (InputStream in = zip.getInputStream(entry)) {
					bytes = in.readAllBytes();
				}
				if (entry.getName().equals("config.json")) {
					JsonObject config = JsonParser.parseString(new String(bytes, StandardCharsets.UTF_8))
						.getAsJsonObject();
					edit.accept(config);
					bytes = config.toString().getBytes(StandardCharsets.UTF_8);
				}
				out.putNextEntry(new ZipEntry(entry.getName()));
				out.write(bytes);
				out.closeEntry();
			}
		}
		return to;
	}
}
