package io.github.vaeexplorer.spark;

import io.github.vaeexplorer.data.ImageFiles;
import io.github.vaeexplorer.data.OutputFiles;
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
import java.util.Map;

import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;

/**
 * {@code encode} on Apache Spark: {@code java -jar VAE_Explorer-spark.jar encode --master local[2] --model M --input
 * DIR --out OUT.csv}, or the same arguments after {@code spark-submit ... VAE_Explorer-spark.jar} (without {@code
 * --master}, which spark-submit sets). The model file is broadcast once; every executor thread loads its own network
 * from it (a SameDiff graph is not thread-safe) and keeps it for the tasks it runs; the image files are split into
 * partitions and encoded where they land. The rows come back to the driver and are written, sorted by file name, as
 * one CSV ({@code source}, then the plugin's {@code encode} columns), atomically.
 *
 * @author VAE Explorer developers
 */
public final class SparkJob {

	private final PrintStream err;

	public SparkJob(PrintStream err) {
		this.err = err;
	}

	/** Runs the job; exits non-zero with one line on stderr on a bad argument. */
	public static void main(String[] args) {
		int status = new SparkJob(System.err).run(args);
		if (status != 0) System.exit(status);
	}

	/** @return the exit status: 0 on success, 1 on a failure, 2 on bad arguments */
	public int run(String... args) {
		try {
			if (args.length == 0 || !args[0].equals("encode")) {
				throw new IllegalArgumentException("usage: encode [--master local[2]] --model M.vae.zip --input DIR " +
					"--out OUT.csv [--partitions N]");
			}
			Map<String, String> keys = keys(Arrays.copyOfRange(args, 1, args.length));
			Path model = Paths.get(required(keys, "model")), input = Paths.get(required(keys, "input"));
			Path out = Paths.get(required(keys, "out"));
			if (!Files.isRegularFile(model)) throw new IllegalArgumentException("--model " + model + " does not exist");
			if (!Files.isDirectory(input)) throw new IllegalArgumentException("--input must be a folder of images, got "
				+ input);
			OutputFiles.requireWritableText(out, "a CSV table");
			ModelFile.load(model); // a broken model fails here, with the plugin's message, before Spark starts
			List<String> files = new ArrayList<>();
			for (Path f : ImageFiles.list(input)) files.add(f.toAbsolutePath().toString());
			if (files.isEmpty()) throw new IllegalArgumentException("--input " + input + " holds no TIFF, PNG or JPEG");
			SparkConf conf = new SparkConf().setAppName("VAE Explorer encode");
			if (keys.containsKey("master")) conf.setMaster(keys.get("master"));
			else if (!conf.contains("spark.master")) conf.setMaster("local[*]");
			String csv;
			try (JavaSparkContext spark = new JavaSparkContext(conf)) {
				spark.setLogLevel("WARN");
				int partitions = keys.containsKey("partitions") ? Integer.parseInt(keys.get("partitions")) : Math.max(1,
					spark.defaultParallelism() * 4);
				Broadcast<byte[]> bytes = spark.broadcast(Files.readAllBytes(model));
				List<String> lines = new ArrayList<>(spark.parallelize(files, Math.min(partitions, files.size()))
					.flatMap(file -> EncodeRows.of(ExecutorModels.get(bytes), Paths.get(file)).iterator()).collect());
				lines.sort(null);
				VaeModel local = ModelFile.load(model);
				csv = EncodeRows.header(local, ImageFiles.open(Paths.get(files.get(0))).image()) + "\n" + String.join(
					"\n", lines) + "\n";
			}
			OutputFiles.saveText(csv, out);
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
		catch (UncheckedIOException e) {
			err.println("error: " + e.getCause().getMessage());
			return 1;
		}
	}

	private static Map<String, String> keys(String[] args) {
		Map<String, String> keys = new LinkedHashMap<>();
		for (int i = 0; i < args.length; i += 2) {
			if (!args[i].startsWith("--") || i + 1 >= args.length) throw new IllegalArgumentException("expected " +
				"--key value, got '" + args[i] + "'");
			String key = args[i].substring(2);
			if (!Arrays.asList("master", "model", "input", "out", "partitions").contains(key)) {
				throw new IllegalArgumentException("unknown key '--" + key + "' for encode");
			}
			keys.put(key, args[i + 1]);
		}
		return keys;
	}

	private static String required(Map<String, String> keys, String key) {
		String value = keys.get(key);
		if (value == null) throw new IllegalArgumentException("--" + key + " is required");
		return value;
	}
}
