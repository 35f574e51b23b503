package io.github.vaeexplorer.spark;

import io.github.vaeexplorer.analysis.OutlierScores;
import io.github.vaeexplorer.data.ImageFiles;
import io.github.vaeexplorer.data.OutputFiles;
import io.github.vaeexplorer.latent.DimensionChoice;
import io.github.vaeexplorer.model.ModelFile;
import io.github.vaeexplorer.model.VaeModel;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;

/**
 * The plugin's {@code encode}, {@code outliers}, {@code reconstruct} and {@code sweep} on Apache Spark, e.g.
 * {@code java -jar VAE_Explorer-spark.jar encode --master local[2] --model M --input DIR --out OUT.csv}, or the same
 * arguments after {@code spark-submit ... VAE_Explorer-spark.jar} (without {@code --master}, which spark-submit
 * sets). The input is a folder of images, or a Parquet table ({@code --input T.parquet}) with a {@code source}
 * column (text: the image's name) and an {@code image} column (binary: the bytes of a TIFF, PNG or JPEG file). The
 * model file is broadcast once; every executor thread loads its own network from it (a SameDiff graph is not
 * thread-safe) and keeps it; images are opened and computed a batch at a time ({@code --batch} slices) by the
 * plugin's own core, the code its CLI verbs run. The table, one row a slice ({@code source}, {@code slice}, then the
 * verb's columns), goes to Parquet with Spark's writer when {@code --out} ends with {@code .parquet}, otherwise to
 * one CSV file, sorted by source and slice, written atomically by the driver.
 *
 * @author VAE Explorer developers
 */
public final class SparkJob {

	/** The verbs, and the keys each takes beside the common ones. */
	static final Map<String, List<String>> VERBS = new LinkedHashMap<>();
	static {
		VERBS.put("encode", List.of());
		VERBS.put("outliers", List.of());
		VERBS.put("reconstruct", List.of("images"));
		VERBS.put("sweep", List.of("dim", "from", "to", "steps", "images"));
	}
	/** Keys every verb takes. */
	static final List<String> COMMON = List.of("master", "model", "input", "out", "partitions", "batch");
	/** Defaults of the keys that have one. */
	static final Map<String, String> DEFAULTS = Map.of("batch", "256", "dim", "auto", "from", "-3", "to", "3",
		"steps", "11");

	private final PrintStream err;

	public SparkJob(PrintStream err) {
		this.err = err;
	}

	/** Runs the job; exits non-zero with one line on stderr on a failure. */
	public static void main(String[] args) {
		int status = new SparkJob(System.err).run(args);
		if (status != 0) System.exit(status);
	}

	/** @return the exit status: 0 on success, 1 on a failure, 2 on bad arguments */
	public int run(String... args) {
		try {
			if (args.length == 0 || !VERBS.containsKey(args[0])) throw new IllegalArgumentException(usage());
			String verb = args[0];
			Map<String, String> keys = keys(verb, Arrays.copyOfRange(args, 1, args.length));
			Path modelFile = Paths.get(required(keys, "model"));
			String inputName = required(keys, "input"), outName = required(keys, "out");
			boolean parquetIn = isParquet(inputName), parquetOut = isParquet(outName);
			// A Parquet table may live on any file system Spark reads (hdfs://, s3a://): its name is kept as given.
			Path input = parquetIn && isUri(inputName) ? null : Paths.get(inputName);
			Path out = parquetOut && isUri(outName) ? null : Paths.get(outName);
			if (!Files.isRegularFile(modelFile)) throw new IllegalArgumentException("--model " + modelFile +
				" does not exist");
			if (!parquetIn && !Files.isDirectory(input)) throw new IllegalArgumentException("--input must be a folder " +
				"of images or a .parquet table, got " + input);
			if (parquetIn && input != null && !Files.exists(input)) throw new IllegalArgumentException(
				"--input " + input + " does not exist");
			if (parquetOut && out != null && Files.exists(out)) throw new IllegalArgumentException("--out " + out + " exists: Spark " +
				"writes a Parquet table as a new folder; remove it or choose another name");
			if (!parquetOut) OutputFiles.requireWritableText(out, "a CSV table");
			VaeModel model = ModelFile.load(modelFile); // a broken model fails here, before Spark starts
			int batch = positive(keys, "batch");
			ImageRows rows = rows(verb, keys, model);
			List<ImageInput> files = new ArrayList<>();
			if (!parquetIn) {
				for (Path f : ImageFiles.list(input)) files.add(ImageInput.file(f));
				if (files.isEmpty()) throw new IllegalArgumentException("--input " + input + " holds no TIFF, PNG or JPEG");
			}
			boolean ownSession = !SparkSession.getActiveSession().isDefined() && !SparkSession.getDefaultSession()
				.isDefined();
			SparkConf conf = new SparkConf().setAppName("VAE Explorer " + verb);
			if (keys.containsKey("master")) conf.setMaster(keys.get("master"));
			else if (!conf.contains("spark.master")) conf.setMaster("local[*]");
			SparkSession session = SparkSession.builder().config(conf).getOrCreate();
			try {
				if (ownSession) session.sparkContext().setLogLevel("WARN");
				JavaSparkContext spark = JavaSparkContext.fromSparkContext(session.sparkContext());
				int partitions = keys.containsKey("partitions") ? positive(keys, "partitions") : Math.max(1, spark
					.defaultParallelism() * 4);
				JavaRDD<ImageInput> inputs = parquetIn ? parquetImages(session, inputName, keys.containsKey(
					"partitions") ? partitions : 0) : spark.parallelize(files, Math.min(partitions, files.size()));
				Broadcast<byte[]> bytes = spark.broadcast(Files.readAllBytes(modelFile));
				JavaRDD<Row> table = inputs.mapPartitions(it -> new Batches(it, batch, rows, bytes));
				StructType schema = rows.schema();
				if (verb.equals("outliers")) {
					table = table.persist(StorageLevel.MEMORY_AND_DISK());
					List<Double> corrected = table.map(r -> r.getDouble(OutlierRows.CORRECTED)).collect();
					double[] center = OutlierScores.center(corrected.stream().mapToDouble(Double::doubleValue).toArray());
					table = table.map(r -> OutlierRows.scored(r, center));
					schema = OutlierRows.scoredSchema();
				}
				if (parquetOut) session.createDataFrame(table, schema).write().parquet(outName);
				else OutputFiles.saveText(TableText.csv(schema, table.collect()), out);
				bytes.destroy();
			}
			finally {
				if (ownSession) session.stop();
			}
			err.println("wrote " + outName);
			return 0;
		}
		catch (IllegalArgumentException e) {
			err.println("error: " + e.getMessage());
			return 2;
		}
		catch (IOException e) {
			err.println("error: " + e.getMessage());
			return 1;
		}
		catch (RuntimeException e) {
			err.println("error: " + cause(e));
			return 1;
		}
	}

	/** The rows a verb makes, with its keys checked on the driver. */
	private static ImageRows rows(String verb, Map<String, String> keys, VaeModel model) throws IOException {
		switch (verb) {
			case "outliers":
				return new OutlierRows();
			case "reconstruct":
				return new ReconstructRows(keys.containsKey("images") ? folder(keys.get("images")) : null);
			case "sweep": {
				if (!keys.containsKey("images")) throw new IllegalArgumentException("--images is required for sweep: " +
					"the folder (seen by every executor) that the sweeps are written to");
				int dim = DimensionChoice.resolve(value(keys, "dim"), model.statistics());
				return new SweepRows(dim, number(keys, "from"), number(keys, "to"), positive(keys, "steps"), folder(keys
					.get("images")));
			}
			default:
				return new EncodeRows(model.latent());
		}
	}

	/** The images of a Parquet table's {@code source} and {@code image} columns. */
	private static JavaRDD<ImageInput> parquetImages(SparkSession session, String table, int partitions) {
		Dataset<Row> frame = session.read().parquet(table);
		List<String> columns = Arrays.asList(frame.columns());
		for (String c : List.of("source", "image")) {
			if (!columns.contains(c)) throw new IllegalArgumentException("--input " + table + " has no '" + c +
				"' column (it has " + String.join(", ", columns) + "): a Parquet input needs 'source' (the image's " +
				"name) and 'image' (the bytes of its TIFF, PNG or JPEG file)");
		}
		JavaRDD<Row> rows = frame.select("source", "image").javaRDD();
		if (partitions > 0) rows = rows.repartition(partitions);
		return rows.map(r -> ImageInput.bytes(r.getString(0), (byte[]) r.get(1)));
	}

	private static String folder(String path) throws IOException {
		Path dir = Paths.get(path);
		if (Files.exists(dir) && !Files.isDirectory(dir)) throw new IllegalArgumentException("--images " + dir +
			" is a file, not a folder");
		return Files.createDirectories(dir).toAbsolutePath().toString();
	}

	static boolean isParquet(String path) {
		String p = path.toLowerCase(Locale.ROOT);
		while (p.endsWith("/")) p = p.substring(0, p.length() - 1);
		return p.endsWith(".parquet");
	}

	private static boolean isUri(String path) {
		return path.matches("[A-Za-z][A-Za-z0-9+.-]*://.*");
	}

	private static Map<String, String> keys(String verb, String[] args) {
		Map<String, String> keys = new LinkedHashMap<>();
		for (int i = 0; i < args.length; i += 2) {
			if (!args[i].startsWith("--") || i + 1 >= args.length) throw new IllegalArgumentException("expected " +
				"--key value, got '" + args[i] + "'");
			String key = args[i].substring(2);
			if (!COMMON.contains(key) && !VERBS.get(verb).contains(key)) {
				throw new IllegalArgumentException("unknown key '--" + key + "' for " + verb);
			}
			keys.put(key, args[i + 1]);
		}
		return keys;
	}

	private static String value(Map<String, String> keys, String key) {
		return keys.getOrDefault(key, DEFAULTS.get(key));
	}

	private static double number(Map<String, String> keys, String key) {
		try {
			return Double.parseDouble(value(keys, key));
		}
		catch (NumberFormatException e) {
			throw new IllegalArgumentException("--" + key + " must be a number (got '" + value(keys, key) + "')");
		}
	}

	private static int positive(Map<String, String> keys, String key) {
		try {
			int n = Integer.parseInt(value(keys, key));
			if (n >= 1) return n;
		}
		catch (NumberFormatException e) {
			// reported below
		}
		throw new IllegalArgumentException("--" + key + " must be a whole number of at least 1 (got '" + value(keys,
			key) + "')");
	}

	private static String required(Map<String, String> keys, String key) {
		String value = keys.get(key);
		if (value == null) throw new IllegalArgumentException("--" + key + " is required");
		return value;
	}

	/** The message of the first user error in a (Spark-wrapped) exception, else its own first line. */
	private static String cause(Throwable e) {
		for (Throwable t = e; t != null; t = t.getCause()) {
			if (t instanceof IllegalArgumentException || t instanceof UncheckedIOException) return t.getMessage();
		}
		String m = String.valueOf(e.getMessage());
		return m.split("\n")[0];
	}

	static String usage() {
		return "usage: VERB [--master local[2]] --model M.vae.zip --input DIR|T.parquet --out OUT.csv|OUT.parquet " +
			"[--partitions N --batch 256]; VERB is encode, outliers, reconstruct [--images DIR] or sweep --images DIR " +
			"[--dim auto --from -3 --to 3 --steps 11]";
	}
}
