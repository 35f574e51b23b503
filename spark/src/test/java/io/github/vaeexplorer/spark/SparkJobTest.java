package io.github.vaeexplorer.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.vaeexplorer.cli.Main;
import io.github.vaeexplorer.data.ConversionResult;
import io.github.vaeexplorer.data.Normalisation;
import io.github.vaeexplorer.data.StackConverter;
import io.github.vaeexplorer.model.Architecture;
import io.github.vaeexplorer.model.ModelFile;
import io.github.vaeexplorer.model.VaeConfig;
import io.github.vaeexplorer.train.Trainer;
import io.github.vaeexplorer.train.TrainingResult;

import ij.IJ;
import ij.ImagePlus;
import ij.ImageStack;
import ij.io.FileSaver;
import ij.process.ByteProcessor;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each verb of the Spark job on {@code local[2]} gives what the plugin's own CLI verb gives for the same model and
 * images, value for value (the largest absolute difference is in each assertion's message). One Spark session is
 * kept for the class (the job uses a session it finds and leaves it running), and the images are batched across
 * files ({@code --batch 5} on files of 3 slices), so that batching is part of what is compared.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Timeout(value = 3, unit = TimeUnit.MINUTES)
class SparkJobTest {

	private static final int FILES = 4, SLICES = 3;
	private static final double TOLERANCE = 1e-5;

	private Path dir, images, model;
	private ImagePlus all;
	private SparkSession session;

	@BeforeAll
	void setUp(@TempDir Path temp) throws IOException {
		dir = temp;
		images = Files.createDirectories(dir.resolve("images"));
		all = blobs(FILES * SLICES, 3);
		for (int f = 0; f < FILES; f++) {
			ImageStack stack = new ImageStack(20, 20);
			for (int s = 1; s <= SLICES; s++) stack.addSlice(all.getStack().getProcessor(f * SLICES + s));
			assertTrue(new FileSaver(new ImagePlus("f", stack)).saveAsTiffStack(file(f).toString()));
		}
		VaeConfig config = VaeConfig.builder().architecture(Architecture.DENSE).size(16).latent(3).epochs(1).batch(4)
			.validation(0).seed(1).build();
		ConversionResult data = new StackConverter().convert(all, 16);
		TrainingResult trained = new Trainer(null, null).train(config, data.samples(), data.normalisation(), data
			.geometry());
		model = dir.resolve("m.vae.zip");
		ModelFile.save(trained.model(), model);
		session = SparkSession.builder().master("local[2]").appName("SparkJobTest").config("spark.ui.enabled",
			"false").getOrCreate();
		session.sparkContext().setLogLevel("WARN");
	}

	@AfterAll
	void tearDown() {
		if (session != null) session.stop();
	}

	@Test
	void encodeOfAFolderEqualsThePluginsEncode() throws IOException {
		List<String[]> expected = pluginPerFile("encode", null);
		Path out = dir.resolve("spark.csv");
		spark("encode", "--input", images.toString(), "--out", out.toString());
		List<String> actual = Files.readAllLines(out, StandardCharsets.UTF_8);
		assertEquals("source," + String.join(",", expected.get(0)), actual.get(0));
		assertTableEquals(expected.subList(1, expected.size()), cells(actual.subList(1, actual.size())), "encode");
	}

	@Test
	void encodeOfAParquetTableWritesParquetEqualToThePluginsEncode() throws IOException {
		StructType schema = DataTypes.createStructType(Arrays.asList(DataTypes.createStructField("source",
			DataTypes.StringType, false), DataTypes.createStructField("image", DataTypes.BinaryType, false)));
		List<Row> rows = new ArrayList<>();
		for (int f = 0; f < FILES; f++) rows.add(RowFactory.create(file(f).getFileName().toString(), Files.readAllBytes(
			file(f))));
		Path table = dir.resolve("in.parquet");
		session.createDataFrame(rows, schema).write().parquet(table.toString());
		Path out = dir.resolve("encodings.parquet");
		spark("encode", "--input", table.toString(), "--out", out.toString(), "--partitions", "2");

		List<String[]> expected = pluginPerFile("encode", null);
		Dataset<Row> read = session.read().parquet(out.toString());
		assertEquals("source," + String.join(",", expected.get(0)), String.join(",", read.columns()));
		List<String[]> actual = new ArrayList<>();
		for (Row r : read.collectAsList()) {
			String[] cells = new String[r.size()];
			for (int c = 0; c < r.size(); c++) cells[c] = String.valueOf(r.get(c));
			actual.add(cells);
		}
		actual.sort(Comparator.<String[], String> comparing(c -> c[0]).thenComparingInt(c -> Integer.parseInt(c[1])));
		assertTableEquals(expected.subList(1, expected.size()), actual, "encode from Parquet");
	}

	@Test
	void outliersScoreEverySliceAmongAllAsThePluginScoresOneStackOfThem() throws IOException {
		Path stack = dir.resolve("all.tif");
		assertTrue(new FileSaver(all).saveAsTiffStack(stack.toString()));
		Path csv = dir.resolve("plugin-outliers.csv");
		assertEquals(0, new Main(quiet(), quiet()).run("outliers", "--model", model.toString(), "--input", stack
			.toString(), "--out", csv.toString()));
		List<String[]> plugin = cells(Files.readAllLines(csv, StandardCharsets.UTF_8));
		List<String> header = Arrays.asList(plugin.get(0));
		Path out = dir.resolve("outliers.csv");
		spark("outliers", "--input", images.toString(), "--out", out.toString());
		List<String[]> actual = cells(Files.readAllLines(out, StandardCharsets.UTF_8));
		List<String> columns = Arrays.asList(actual.get(0));
		assertEquals(Arrays.asList("source", "slice", "score", "reconstruction", "kl"), columns.subList(0, 5));
		assertEquals(FILES * SLICES, actual.size() - 1);
		double max = 0;
		for (int r = 1; r < actual.size(); r++) {
			String[] row = actual.get(r);
			int f = (r - 1) / SLICES, s = Integer.parseInt(row[1]);
			assertEquals(file(f).getFileName().toString(), row[0]);
			String[] p = plugin.get(f * SLICES + s);
			for (int c = 2; c < columns.size(); c++) {
				double expected = Double.parseDouble(p[header.indexOf(columns.get(c))]);
				max = Math.max(max, Math.abs(expected - Double.parseDouble(row[c])));
			}
		}
		System.out.println("outliers: max |spark - plugin| = " + max);
		assertTrue(max <= TOLERANCE, "outliers: max |spark - plugin| = " + max);
	}

	@Test
	void reconstructGivesThePluginsErrorsAndImages() throws IOException {
		Path reconstructions = dir.resolve("reconstructions");
		List<String[]> expected = pluginPerFile("reconstruct", dir.resolve("plugin-reconstructions"));
		Path out = dir.resolve("errors.csv");
		spark("reconstruct", "--input", images.toString(), "--out", out.toString(), "--images", reconstructions
			.toString());
		List<String> actual = Files.readAllLines(out, StandardCharsets.UTF_8);
		assertEquals("source," + String.join(",", expected.get(0)), actual.get(0));
		assertTableEquals(expected.subList(1, expected.size()), cells(actual.subList(1, actual.size())), "reconstruct");
		double max = 0;
		for (int f = 0; f < FILES; f++) {
			max = Math.max(max, maxPixelDifference(dir.resolve("plugin-reconstructions").resolve("cells" + f + ".tif"),
				reconstructions.resolve("cells" + f + ".tif")));
		}
		System.out.println("reconstruct images: max |spark - plugin| = " + max);
		assertTrue(max <= TOLERANCE, "reconstruct images: max |spark - plugin| = " + max);
	}

	@Test
	void sweepAroundEverySliceGivesThePluginsSweepAnchoredThere() throws IOException {
		Path sweeps = dir.resolve("sweeps");
		Path out = dir.resolve("sweeps.csv");
		spark("sweep", "--input", images.toString(), "--out", out.toString(), "--images", sweeps.toString(), "--dim",
			"1", "--from", "-2", "--to", "2", "--steps", "5");
		List<String[]> rows = cells(Files.readAllLines(out, StandardCharsets.UTF_8));
		assertEquals(Arrays.asList("source", "slice", "dim", "image"), Arrays.asList(rows.get(0)));
		assertEquals(FILES * SLICES, rows.size() - 1);
		double max = 0;
		for (String[] row : rows.subList(1, rows.size())) {
			Path plugin = dir.resolve("plugin-" + row[3]);
			assertEquals(0, new Main(quiet(), quiet()).run("sweep", "--model", model.toString(), "--input", images
				.resolve(row[0]).toString(), "--anchor", "slice:" + row[1], "--dim", "1", "--from", "-2", "--to", "2",
				"--steps", "5", "--out", plugin.toString()));
			ImagePlus mine = IJ.openImage(sweeps.resolve(row[3]).toString());
			assertEquals(IJ.openImage(plugin.toString()).getStack().getSliceLabel(5), mine.getStack().getSliceLabel(5));
			max = Math.max(max, maxPixelDifference(plugin, sweeps.resolve(row[3])));
		}
		// The sweeps are float images in the source's intensity scale (here about 0 to 220), where one float step
		// near 200 is 1.5e-5: compared in the model's normalised [0, 1] units, as the network computes them.
		Normalisation n = ModelFile.load(model).normalisation();
		double normalised = max / (n.high(0) - n.low(0));
		String message = "sweep images: max |spark - plugin| = " + max + " in intensity units, " + normalised +
			" normalised";
		System.out.println(message);
		assertTrue(normalised <= TOLERANCE, message);
	}

	@Test
	void badArgumentsAndTablesFailWithOneLineNamingThem() throws IOException {
		assertEquals("error: unknown key '--dim' for encode", failure(2, "encode", "--model", model.toString(),
			"--input", images.toString(), "--out", dir.resolve("x.csv").toString(), "--dim", "1"));
		assertEquals("error: --images is required for sweep: the folder (seen by every executor) that the sweeps " +
			"are written to", failure(2, "sweep", "--model", model.toString(), "--input", images.toString(), "--out",
				dir.resolve("x.csv").toString()));
		Path table = dir.resolve("names.parquet");
		session.createDataFrame(List.of(RowFactory.create("a.tif")), DataTypes.createStructType(List.of(DataTypes
			.createStructField("name", DataTypes.StringType, false)))).write().parquet(table.toString());
		String message = failure(2, "encode", "--model", model.toString(), "--input", table.toString(), "--out", dir
			.resolve("x.csv").toString());
		assertTrue(message.startsWith("error: --input " + table + " has no 'source' column (it has name)"), message);
	}

	@Test
	void theReferenceNamesEveryVerbKeyAndDefault() throws IOException {
		String doc = new String(Files.readAllBytes(Paths.get("..", "docs", "reference.md")), StandardCharsets.UTF_8);
		String section = doc.substring(doc.indexOf("\n## Spark job"), doc.indexOf("\n## ", doc.indexOf(
			"\n## Spark job") + 1));
		for (Map.Entry<String, List<String>> verb : SparkJob.VERBS.entrySet()) {
			assertTrue(section.contains("| `" + verb.getKey() + "` |"), "docs/reference.md: no row for " + verb.getKey());
			for (String key : verb.getValue()) assertTrue(section.contains("`--" + key + "`"), "no --" + key);
		}
		for (String key : SparkJob.COMMON) assertTrue(section.contains("`--" + key), "no --" + key);
		for (Map.Entry<String, String> d : SparkJob.DEFAULTS.entrySet()) {
			assertTrue(section.contains("`--" + d.getKey() + "` (`" + d.getValue() + "`"), "--" + d.getKey() +
				"'s default " + d.getValue());
		}
	}

	/** The plugin CLI's table of each file, {@code source} put first: the header, then the rows in file order. */
	private List<String[]> pluginPerFile(String verb, Path imagesOut) throws IOException {
		List<String[]> table = new ArrayList<>();
		if (imagesOut != null) Files.createDirectories(imagesOut);
		for (int f = 0; f < FILES; f++) {
			Path csv = dir.resolve("plugin-" + verb + f + ".csv");
			List<String> args = new ArrayList<>(List.of(verb, "--model", model.toString(), "--input", file(f)
				.toString()));
			if (imagesOut == null) args.addAll(List.of("--out", csv.toString()));
			else args.addAll(List.of("--out", imagesOut.resolve("cells" + f + ".tif").toString(), "--table", csv
				.toString()));
			assertEquals(0, new Main(quiet(), quiet()).run(args.toArray(new String[0])));
			List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
			if (f == 0) table.add(lines.get(0).split(","));
			for (String line : lines.subList(1, lines.size())) table.add((file(f).getFileName() + "," + line).split(","));
		}
		return table;
	}

	private static void assertTableEquals(List<String[]> expected, List<String[]> actual, String what) {
		assertEquals(expected.size(), actual.size(), what + ": rows");
		double max = 0;
		for (int i = 0; i < expected.size(); i++) {
			String[] e = expected.get(i), a = actual.get(i);
			assertEquals(e[0], a[0], what + ": row " + i + ", source");
			assertEquals(e.length, a.length, what + ": row " + i + ", columns");
			for (int c = 1; c < e.length; c++) {
				max = Math.max(max, Math.abs(Double.parseDouble(e[c]) - Double.parseDouble(a[c])));
			}
		}
		System.out.println(what + ": max |spark - plugin| = " + max);
		assertTrue(max <= TOLERANCE, what + ": max |spark - plugin| = " + max);
	}

	private static double maxPixelDifference(Path expected, Path actual) {
		ImageStack e = IJ.openImage(expected.toString()).getStack(), a = IJ.openImage(actual.toString()).getStack();
		assertEquals(e.getSize(), a.getSize(), actual + ": slices");
		double max = 0;
		for (int s = 1; s <= e.getSize(); s++) {
			float[] pe = (float[]) e.getPixels(s), pa = (float[]) a.getPixels(s);
			assertEquals(pe.length, pa.length);
			for (int i = 0; i < pe.length; i++) max = Math.max(max, Math.abs(pe[i] - pa[i]));
		}
		return max;
	}

	private void spark(String... args) throws UnsupportedEncodingException {
		List<String> all = new ArrayList<>(Arrays.asList(args));
		all.addAll(1, List.of("--master", "local[2]", "--model", model.toString(), "--batch", "5"));
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		assertEquals(0, new SparkJob(new PrintStream(err, true, "UTF-8")).run(all.toArray(new String[0])), err
			.toString("UTF-8"));
	}

	private static String failure(int status, String... args) throws UnsupportedEncodingException {
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		assertEquals(status, new SparkJob(new PrintStream(err, true, "UTF-8")).run(args));
		return err.toString("UTF-8").trim();
	}

	private static List<String[]> cells(List<String> lines) {
		List<String[]> cells = new ArrayList<>();
		for (String line : lines) cells.add(line.split(","));
		return cells;
	}

	private Path file(int f) {
		return images.resolve("cells" + f + ".tif");
	}

	private static PrintStream quiet() {
		return new PrintStream(new ByteArrayOutputStream(), true);
	}

	private static ImagePlus blobs(int planes, long seed) {
		Random random = new Random(seed);
		ImageStack stack = new ImageStack(20, 20);
		for (int p = 0; p < planes; p++) {
			byte[] pixels = new byte[400];
			int cx = 5 + random.nextInt(10), cy = 5 + random.nextInt(10);
			for (int y = 0; y < 20; y++) {
				for (int x = 0; x < 20; x++) {
					double r2 = (x - cx) * (x - cx) + (y - cy) * (y - cy);
					pixels[y * 20 + x] = (byte) (200 * Math.exp(-r2 / 8) + random.nextInt(20));
				}
			}
			stack.addSlice("p" + p, new ByteProcessor(20, 20, pixels));
		}
		return new ImagePlus("blobs", stack);
	}
}
