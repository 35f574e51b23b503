package io.github.vaeexplorer.ij;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.github.vaeexplorer.data.TestFolders;
import io.github.vaeexplorer.data.synthetic.ShapesGenerator;
import io.github.vaeexplorer.data.synthetic.ShapesSpec;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import ij.IJ;
import ij.ImageJ;
import ij.ImagePlus;
import ij.ImageStack;
import ij.io.FileSaver;

import java.awt.GraphicsEnvironment;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.ZipFile;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * End to end in a real ImageJ 1.x application, run by failsafe after {@code package}: installs what
 * {@code target/imagej-plugin/} holds into a fresh ImageJ folder ({@code target/imagej-e2e/}: the {@code ij.jar} of
 * the build's {@code net.imagej:ij}, {@code plugins/VAE_Explorer-*.jar}, {@code plugins/jars/}), starts ImageJ as a
 * separate process ({@code java -jar ij.jar -ijpath DIR -batch MACRO}) under the display of {@code xvfb-run}, and
 * checks what its macros leave behind: the menu, the files made by a batch macro, a macro recorded by ImageJ's own
 * Recorder replayed in a second process, and the shipped macro template run on a folder.
 * <p>
 * Everything stays in {@code target/imagej-e2e/} for a look after a failure: the macros ({@code work/*.ijm}), what
 * ImageJ printed ({@code work/*.log}) and the outputs.
 */
@Timeout(value = 20, unit = TimeUnit.MINUTES) // a test runs up to two ImageJ processes of up to 5 minutes each
class ImageJApplicationIT {

	private static final String PROBE = "io.github.vaeexplorer.ij.ImageJProbe";
	private static final Pattern CONFIG_ENTRY = Pattern.compile(
		"^Plugins>VAE Explorer, \"([^\"]+)\", (io\\.github\\.vaeexplorer\\.ij\\.VaeExplorerMenu\\(\"\\w+\"\\))$");
	private static final int SLICES = 200;
	private static final int SIZE = 32;
	private static final int LATENT = 4;

	private static Path app;
	private static Path work;
	private static Path stack;
	/** Menu name to the plugin class plugins.config gives it, in menu order. */
	private static Map<String, String> menu;
	private static String batchLog;

	@BeforeAll
	static void installImageJ() throws IOException, URISyntaxException {
		Assumptions.assumeTrue(System.getenv("DISPLAY") != null && !GraphicsEnvironment.isHeadless(),
			"needs a display: run under xvfb-run");
		Path plugin = Paths.get("target", "imagej-plugin").toAbsolutePath();
		Path jar;
		try (Stream<Path> jars = Files.list(plugin.resolve("plugins"))) {
			jar = jars.filter(p -> p.getFileName().toString().startsWith("VAE_Explorer-")).findFirst().orElseThrow(
				() -> new AssertionError("no VAE_Explorer jar in " + plugin + ": run mvn package first"));
		}
		app = Paths.get("target", "imagej-e2e").toAbsolutePath();
		deleteTree(app);
		// The whole install: target/imagej-plugin/plugins/ copied as is into ImageJ's plugins/ (README: Install).
		copyTree(plugin.resolve("plugins"), app.resolve("plugins"));
		Files.copy(Paths.get(ImageJ.class.getProtectionDomain().getCodeSource().getLocation().toURI()), app.resolve(
			"ij.jar"));
		writeProbeJar(app.resolve("plugins").resolve("jars").resolve("vae-e2e-probe.jar"));
		menu = menuOf(jar);

		work = Files.createDirectories(app.resolve("work"));
		ImagePlus shapes = new ShapesGenerator(ShapesSpec.builder().imageSize(SIZE).count(SLICES).seed(11).build())
			.generate().stack();
		stack = work.resolve("shapes.tif");
		assertTrue(new FileSaver(shapes).saveAsTiffStack(stack.toString()));
	}

	// -- Tests --

	@Test
	void everyCommandIsInPluginsVaeExplorerOnce() throws IOException, InterruptedException {
		StringBuilder macro = new StringBuilder("List.setCommands;\n");
		for (String name : menu.keySet()) {
			macro.append("print(\"command ").append(name).append(" = \" + List.get(\"").append(name).append("\"));\n");
		}
		macro.append("print(\"menu = \" + call(\"" + PROBE + ".menu\", \"Plugins>VAE Explorer\"));\n");
		String log = imagej("menus", macro.toString(), null);

		for (Map.Entry<String, String> e : menu.entrySet()) {
			assertTrue(log.contains("command " + e.getKey() + " = " + e.getValue() + "\n"), e.getKey() +
				" is in ImageJ's command table as " + e.getValue() + ":\n" + log);
		}
		Matcher items = Pattern.compile("menu = (.*)\n").matcher(log);
		assertTrue(items.find(), log);
		assertEquals(new ArrayList<>(menu.keySet()), List.of(items.group(1).split("\\|")),
			"Plugins > VAE Explorer holds every command exactly once, in plugins.config's order");
		assertFalse(menu.isEmpty());
	}

	@Test
	void batchMacroTrainsSweepsAndSavesItsOutputs() throws IOException, InterruptedException {
		String log = batchRun();
		assertTrue(log.contains("VAE Explorer: epoch 2/2"), log);

		Path outputs = work.resolve("out-a");
		try (ZipFile zip = new ZipFile(outputs.resolve("model.vae.zip").toFile())) {
			JsonObject config = JsonParser.parseString(text(zip, "config.json")).getAsJsonObject();
			assertEquals("dense", find(config, "architecture"));
			assertEquals(Integer.toString(LATENT), find(config, "latent"));
			assertEquals(Integer.toString(SIZE), find(config, "size"));
			List<String> history = text(zip, "history.csv").lines().filter(l -> !l.isBlank()).collect(Collectors
				.toList());
			assertEquals(3, history.size(), "a header and one row an epoch: " + history);
		}

		ImagePlus sweep = only(outputs, "Sweep_z");
		assertEquals(5, sweep.getStackSize());
		assertEquals(SIZE, sweep.getWidth());
		assertEquals(SIZE, sweep.getHeight());
		assertEquals(32, sweep.getBitDepth());
		String dim = sweep.getStack().getSliceLabel(1).replaceFirst("=.*", "");
		assertTrue(dim.matches("z[0-3]"), dim);
		String[] values = { "-2.00", "-1.00", "0.00", "1.00", "2.00" };
		for (int i = 0; i < values.length; i++) {
			assertEquals(dim + "=" + values[i], sweep.getStack().getSliceLabel(i + 1));
		}
		// Decoded values lie in the source's 8-bit scale (the decoder's sigmoid maps into the normalised range).
		assertFiniteWithin(sweep, 0, 255);

		for (ImagePlus other : images(outputs)) assertFiniteWithin(other, -1e30, 1e30);
		if (menu.containsKey("Traversal Grid...")) {
			ImagePlus grid = only(outputs, "Traversal_grid_of_");
			assertEquals(LATENT * 3, grid.getStackSize(), "dims=all steps=3");
			only(outputs, "Traversal_grid_montage_of_");
		}
		if (menu.containsKey("Encode Stack...")) {
			List<String> rows = Files.readAllLines(outputs.resolve("results.csv"), StandardCharsets.UTF_8);
			assertEquals(SLICES + 1, rows.size(), "a header and one row a slice");
			for (int d = 0; d < LATENT; d++) {
				assertTrue(rows.get(0).contains("mu_" + d) && rows.get(0).contains("logvar_" + d), rows.get(0));
			}
			for (String row : rows.subList(1, rows.size())) {
				for (String cell : row.split(",")) {
					if (cell.matches("-?[0-9.Ee+-]+")) assertTrue(Double.isFinite(Double.parseDouble(cell)), row);
				}
			}
		}
	}

	@Test
	void recordedMacroReplaysToTheSameOutputs() throws IOException, InterruptedException {
		batchRun();
		String recorded = new String(Files.readAllBytes(work.resolve("recorded.ijm")), StandardCharsets.UTF_8);
		// The Recorder writes every key of the dialog, in the dialog's order, the way ImageJ formats them.
		String model = work.resolve("e2e.vae.zip").toString();
		String path = model.contains(" ") ? "[" + model + "]" : model;
		assertTrue(recorded.contains("run(\"Train VAE...\", \"model=" + path + " architecture=dense latent=4 beta=1 " +
			"warmup=0 epochs=2 batch=32 learning_rate=0.0010 size=32 validation=0.1000 seed=7 resume=[] input=[] " +
			"objective=beta gamma=1000.0000 capacity=25.0000 capacity_epochs=20 stream=auto buffer_mb=64 " +
			"adversarial_weight=1.0000 disc_learning_rate=0.0010 disc_hidden=128 encoder=deterministic\");"),
			recorded);
		assertTrue(recorded.contains("run(\"Latent Sweep...\", \"model=" + path +
			" dim=auto from=-2 to=2 steps=5 anchor=slice:3\");"), recorded);
		for (String name : new String[] { "Train VAE...", "Latent Sweep...", "Encode Stack...", "Traversal Grid..." }) {
			if (menu.containsKey(name)) assertTrue(recorded.contains("run(\"" + name + "\""), name +
				" is recorded:\n" + recorded);
		}

		String log = imagej("replay", "open(\"" + stack + "\");\n" + recorded + "\n" + saveOutputs("out-b"), null);
		assertTrue(log.contains("e2e: saved out-b"), log);
		List<Path> first = files(work.resolve("out-a"), ".tif");
		List<Path> again = files(work.resolve("out-b"), ".tif");
		assertEquals(names(first), names(again));
		for (int i = 0; i < first.size(); i++) {
			ImagePlus a = IJ.openImage(first.get(i).toString());
			ImagePlus b = IJ.openImage(again.get(i).toString());
			assertEquals(a.getStackSize(), b.getStackSize());
			for (int s = 1; s <= a.getStackSize(); s++) {
				assertEquals(a.getStack().getSliceLabel(s), b.getStack().getSliceLabel(s));
				// Bit for bit, whatever the type (32-bit outputs, RGB or 8-bit plots).
				assertTrue(Objects.deepEquals(a.getStack().getPixels(s), b.getStack().getPixels(s)), first.get(i)
					.getFileName() + " slice " + s);
			}
		}
		if (Files.exists(work.resolve("out-a").resolve("results.csv"))) {
			assertEquals(Files.readAllLines(work.resolve("out-a").resolve("results.csv")).size(), Files.readAllLines(
				work.resolve("out-b").resolve("results.csv")).size());
		}
	}

	@Test
	void macroTemplateTrainsOnAFolderAndSweepsEveryActiveDimension() throws IOException, InterruptedException {
		Path folder = work.resolve("folder");
		TestFolders.mixedShapes(folder, 40, 100);
		TestFolders.garbagePng(folder);
		TestFolders.truncatedTiff(folder);
		Path out = work.resolve("template-out");
		String template;
		try (ZipFile zip = new ZipFile(app.resolve("plugins").resolve(pluginJarName()).toFile())) {
			template = text(zip, "script_templates/VAE_Explorer/Train_On_Folder.ijm");
		}
		String log = imagej("template", template, "input=[" + folder + "] out=[" + out +
			"] architecture=dense latent=3 beta=1 epochs=4 batch=8 size=32");

		// Broken files are named in one line, and neither aborts the macro nor opens an error dialog.
		assertTrue(log.contains("VAE Explorer: folder: skipped 2 of 42 files: broken.tif (not a readable TIFF image), " +
			"corrupt.png (not a readable PNG image).\n"), log);
		List<String> expected = new ArrayList<>();
		try (ZipFile zip = new ZipFile(out.resolve("model.vae.zip").toFile())) {
			JsonObject stats = JsonParser.parseString(text(zip, "latent-stats.json")).getAsJsonObject();
			stats.getAsJsonArray("active_dims").forEach(d -> expected.add("sweep-z" + d.getAsInt() + ".tif"));
			if (expected.isEmpty()) expected.add("sweep-z" + stats.getAsJsonArray("dims_by_kl").get(0).getAsInt() +
				".tif");
		}
		expected.sort(null);
		assertEquals(expected, names(files(out, ".tif")), "one sweep per active dimension:\n" + log);
		for (Path p : files(out, ".tif")) {
			ImagePlus sweep = IJ.openImage(p.toString());
			assertEquals(11, sweep.getStackSize());
			assertEquals("z" + p.getFileName().toString().replaceAll("\\D", "") + "=3.00", sweep.getStack()
				.getSliceLabel(11));
			// The model keeps the most common size of the folder's files: 32 x 32 (20 of 40).
			assertEquals(32, sweep.getWidth());
			assertFiniteWithin(sweep, 0, 255);
		}
	}

	// -- The ImageJ process --

	/** Runs the batch macro once per test class: trains, runs every command, records them, saves the outputs. */
	private static synchronized String batchRun() throws IOException, InterruptedException {
		if (batchLog != null) return batchLog;
		Path model = work.resolve("e2e.vae.zip");
		StringBuilder m = new StringBuilder();
		m.append("open(\"").append(stack).append("\");\n");
		m.append("print(\"recorder on: \" + call(\"" + PROBE + ".startRecorder\"));\n");
		m.append("run(\"Train VAE...\", \"model=[").append(model).append(
			"] architecture=dense latent=4 beta=1 epochs=2 batch=32 size=32 seed=7\");\n");
		// Every command once. The recorded macro replays without selectImage() (the Recorder does not record it), so
		// each command works on the image the one before left current: the order matters.
		String[][] commands = { { "Latent Metrics...", "" }, { "Reconstruct Stack...", "" },
			{ "Encode Stack...", "" }, { "Interpolate Slices...", "first=2 last=7 steps=4 path=spherical" },
			{ "Latent Sweep...", "dim=auto from=-2 to=2 steps=5 anchor=slice:3" },
			{ "Traversal Grid...", "dims=all steps=3 range=2" }, { "Sample From Prior...", "count=100 seed=2" },
			{ "Beta Study...", null }, { "Model Info...", "" } };
		for (String[] command : commands) {
			if (!menu.containsKey(command[0])) continue;
			String options = command[1] == null ? "betas=0,1 seeds=1 architecture=dense latent=2 epochs=1 batch=32 " +
				"size=16" : "model=[" + model + "] " + command[1];
			m.append("run(\"").append(command[0]).append("\", \"").append(options.trim()).append("\");\n");
		}
		m.append("print(\"recorded: \" + call(\"" + PROBE + ".saveRecording\", \"").append(work.resolve(
			"recorded.ijm")).append("\"));\n");
		m.append(saveOutputs("out-a"));
		String log = imagej("batch", m.toString(), null);
		assertTrue(log.contains("recorder on: true"), log);
		assertTrue(log.contains("e2e: saved out-a"), log);
		Files.copy(model, work.resolve("out-a").resolve("model.vae.zip"));
		batchLog = log;
		return log;
	}

	/** Macro code that saves every open image but the source, and the Results, into work/FOLDER. */
	private static String saveOutputs(String folder) {
		String dir = work.resolve(folder) + "/";
		return "dir = \"" + dir + "\";\n" +
			"File.makeDirectory(dir);\n" +
			"n = nImages;\n" +
			"for (i = 1; i <= n; i++) {\n" +
			"  selectImage(i);\n" +
			"  t = getTitle();\n" +
			"  if (t != \"shapes.tif\") saveAs(\"Tiff\", dir + replace(t, \"[^A-Za-z0-9.-]\", \"_\") + \".tif\");\n" +
			"}\n" +
			"if (nResults > 0) saveAs(\"Results\", dir + \"results.csv\");\n" +
			"print(\"e2e: saved " + folder + "\");\n";
	}

	/**
	 * Runs a macro in a new ImageJ process: {@code java -jar ij.jar -ijpath APP -batch work/NAME.ijm [ARG]}. The
	 * display is the one this JVM got (xvfb-run's).
	 *
	 * @return everything ImageJ printed (its log, the macro's print()s, errors), also kept in work/NAME.log
	 */
	private static String imagej(String name, String macro, String argument) throws IOException,
		InterruptedException
	{
		String text = imagej(app, name, macro, argument);
		assertFalse(text.contains("Macro Error") || text.contains(" failed: "), text);
		return text;
	}

	/** Runs a batch macro in the ImageJ installed in {@code root}; no exception may reach its output. */
	private static String imagej(Path root, String name, String macro, String argument) throws IOException,
		InterruptedException
	{
		Path file = work.resolve(name + ".ijm");
		Files.write(file, macro.getBytes(StandardCharsets.UTF_8));
		Path log = work.resolve(name + ".log");
		List<String> command = new ArrayList<>(List.of(Paths.get(System.getProperty("java.home"), "bin", "java")
			.toString(), "-Xmx2g", "-Dorg.bytedeco.javacpp.maxbytes=4g", "-jar", root.resolve("ij.jar").toString(),
			"-ijpath", root.toString(), "-batch", file.toString()));
		if (argument != null) command.add(argument);
		Process process = new ProcessBuilder(command).directory(root.toFile()).redirectErrorStream(true)
			.redirectOutput(log.toFile()).start();
		if (!process.waitFor(5, TimeUnit.MINUTES)) {
			process.destroyForcibly();
			fail("ImageJ did not finish " + file + " in 5 minutes; see " + log);
		}
		String text = new String(Files.readAllBytes(log), StandardCharsets.UTF_8);
		assertEquals(0, process.exitValue(), text);
		assertFalse(text.contains("Exception"), text);
		return text;
	}

	@Test
	void aFailingCommandInABatchMacroSaysWhyStopsTheMacroAndImageJExits() throws IOException, InterruptedException {
		// Before: a modal dialog under the batch run's display, nothing printed, and the JVM never ended.
		String log = imagej("failing", "run(\"Latent Sweep...\", \"model=[" + work.resolve("missing.vae.zip") +
			"]\");\nprint(\"after the command\");\n", null);
		assertTrue(log.contains("VAE Explorer: Latent Sweep...: missing.vae.zip: does not exist"), log);
		assertFalse(log.contains("after the command"), "the macro stops at the failed command:\n" + log);
		log = imagej("bad-number", "open(\"" + stack + "\");\nrun(\"Latent Sweep...\", \"model=[" + work.resolve(
			"missing.vae.zip") + "] steps=abc\");\nprint(\"after the command\");\n", null);
		assertTrue(log.contains("VAE Explorer: Latent Sweep...: steps must be a whole number (got 'abc')"), log);
		assertFalse(log.contains("after the command"), log);
	}

	@Test
	void anIncompleteInstallSaysWhatIsMissingAndTheBatchMacroStops() throws IOException, InterruptedException {
		Path broken = app.resolveSibling("imagej-e2e-incomplete");
		deleteTree(broken);
		copyTree(app.resolve("plugins"), broken.resolve("plugins"));
		link(app.resolve("ij.jar"), broken.resolve("ij.jar"));
		try (Stream<Path> jars = Files.list(broken.resolve("plugins").resolve("jars"))) {
			for (Path jar : (Iterable<Path>) jars::iterator) {
				if (jar.getFileName().toString().startsWith("scijava-common-")) Files.delete(jar);
			}
		}
		String log = imagej(broken, "incomplete", "run(\"Train VAE...\", \"model=[" + work.resolve("never.vae.zip") +
			"] epochs=1\");\nprint(\"after the command\");\n", null);
		assertTrue(log.contains("VAE Explorer: VAE Explorer's installation is incomplete: scijava-common " +
			"(scijava-common-*.jar, class org.scijava.Context) is missing."), log);
		assertFalse(log.contains("after the command"), "the macro stops at the failed command:\n" + log);
		assertFalse(Files.exists(work.resolve("never.vae.zip")));
	}

	// -- Helpers --

	private static Map<String, String> menuOf(Path jar) throws IOException {
		Map<String, String> entries = new LinkedHashMap<>();
		try (ZipFile zip = new ZipFile(jar.toFile())) {
			for (String line : text(zip, "plugins.config").split("\n")) {
				Matcher m = CONFIG_ENTRY.matcher(line.trim());
				if (m.matches() && entries.put(m.group(1), m.group(2)) != null) fail("plugins.config lists " + m.group(
					1) + " twice");
			}
		}
		return entries;
	}

	private static String pluginJarName() throws IOException {
		try (Stream<Path> files = Files.list(app.resolve("plugins"))) {
			return files.map(p -> p.getFileName().toString()).filter(n -> n.startsWith("VAE_Explorer-")).findFirst()
				.orElseThrow();
		}
	}

	private static void writeProbeJar(Path target) throws IOException {
		String entry = ImageJProbe.class.getName().replace('.', '/') + ".class";
		try (OutputStream out = Files.newOutputStream(target); JarOutputStream jar = new JarOutputStream(out);
			InputStream in = ImageJProbe.class.getClassLoader().getResourceAsStream(entry))
		{
			jar.putNextEntry(new JarEntry(entry));
			in.transferTo(jar);
			jar.closeEntry();
		}
	}

	/** Copies a folder tree, with hard links where the file system allows (the natives are large). */
	static void copyTree(Path source, Path target) throws IOException {
		try (Stream<Path> all = Files.walk(source)) {
			for (Path p : (Iterable<Path>) all::iterator) {
				Path to = target.resolve(source.relativize(p).toString());
				if (Files.isDirectory(p)) Files.createDirectories(to);
				else link(p, to);
			}
		}
	}

	private static void link(Path source, Path target) throws IOException {
		try {
			Files.createLink(target, source);
		}
		catch (IOException | UnsupportedOperationException e) {
			Files.copy(source, target);
		}
	}

	private static void deleteTree(Path dir) throws IOException {
		if (!Files.exists(dir)) return;
		try (Stream<Path> all = Files.walk(dir)) {
			for (Path p : all.sorted(Comparator.reverseOrder()).collect(Collectors.toList())) Files.delete(p);
		}
	}

	private static String text(ZipFile zip, String name) throws IOException {
		assertNotNull(zip.getEntry(name), name + " in " + zip.getName());
		try (InputStream in = zip.getInputStream(zip.getEntry(name))) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

	/** The value of a key anywhere in a JSON object tree, as text, or null. */
	private static String find(JsonObject json, String key) {
		if (json.has(key) && json.get(key).isJsonPrimitive()) return json.get(key).getAsString();
		for (String k : json.keySet()) {
			if (json.get(k).isJsonObject()) {
				String v = find(json.getAsJsonObject(k), key);
				if (v != null) return v;
			}
		}
		return null;
	}

	private static List<Path> files(Path dir, String suffix) throws IOException {
		try (Stream<Path> files = Files.list(dir)) {
			return files.filter(p -> p.getFileName().toString().endsWith(suffix)).sorted().collect(Collectors
				.toList());
		}
	}

	private static List<String> names(List<Path> paths) {
		return paths.stream().map(p -> p.getFileName().toString()).collect(Collectors.toList());
	}

	private static List<ImagePlus> images(Path dir) throws IOException {
		List<ImagePlus> images = new ArrayList<>();
		for (Path p : files(dir, ".tif")) images.add(IJ.openImage(p.toString()));
		return images;
	}

	private static ImagePlus only(Path dir, String prefix) throws IOException {
		List<Path> matches = files(dir, ".tif").stream().filter(p -> p.getFileName().toString().startsWith(prefix))
			.collect(Collectors.toList());
		assertEquals(1, matches.size(), prefix + "* in " + dir + ": " + matches);
		return IJ.openImage(matches.get(0).toString());
	}

	private static void assertFiniteWithin(ImagePlus imp, double low, double high) {
		ImageStack s = imp.getStack();
		for (int i = 1; i <= s.getSize(); i++) {
			float[] pixels = (float[]) s.getProcessor(i).convertToFloat().getPixels();
			for (float v : pixels) {
				assertTrue(Float.isFinite(v) && v >= low - 1e-3 && v <= high + 1e-3, imp.getTitle() + " slice " + i +
					" has " + v + " outside [" + low + ", " + high + "]");
			}
		}
	}
}
