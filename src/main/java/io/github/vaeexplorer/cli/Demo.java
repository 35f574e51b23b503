package io.github.vaeexplorer.cli;

import io.github.vaeexplorer.data.OutputFiles;
import io.github.vaeexplorer.data.synthetic.SampleData;
import io.github.vaeexplorer.latent.Anchor;
import io.github.vaeexplorer.latent.DimensionChoice;
import io.github.vaeexplorer.latent.DimensionSelection;
import io.github.vaeexplorer.latent.LatentSweep;
import io.github.vaeexplorer.latent.TraversalGrid;
import io.github.vaeexplorer.model.Architecture;
import io.github.vaeexplorer.model.LatentStatistics;
import io.github.vaeexplorer.model.VaeConfig;
import io.github.vaeexplorer.model.VaeModel;
import io.github.vaeexplorer.train.TrainingJob;
import io.github.vaeexplorer.train.TrainingResult;

import ij.ImagePlus;
import ij.plugin.MontageMaker;
import ij.process.ImageConverter;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The {@code demo} verb: trains a conv beta-VAE on the shipped shapes sample, then writes the model, a sweep of each
 * of the three most informative dimensions, and a traversal grid of the active ones (all, if none is; TIFF, and PNG
 * to look at).
 * Sized to finish in a few minutes on two cores.
 *
 * @author VAE Explorer developers
 */
final class Demo {

	private final PrintStream out;

	Demo(PrintStream out) {
		this.out = out;
	}

	int run(Path folder, Map<String, String> options) throws IOException {
		Map<String, String> o = new HashMap<>(options);
		String sample = take(o, "sample", SampleData.SHAPES);
		VaeConfig config = VaeConfig.builder().architecture(Architecture.fromKey(take(o, "architecture", "conv")))
			.size(Integer.parseInt(take(o, "size", "64"))).beta(Double.parseDouble(take(o, "beta", "4")))
			.epochs(Integer.parseInt(take(o, "epochs", "30"))).warmup(Integer.parseInt(take(o, "warmup", "10")))
			.latent(Integer.parseInt(take(o, "latent", "10")))
			.seed(Long.parseLong(take(o, "seed", "42"))).build();
		if (!o.isEmpty()) throw new IllegalArgumentException("unknown key '--" + o.keySet().iterator().next() +
			"' for demo (valid: out, sample, architecture, size, beta, epochs, warmup, latent, seed)");
		Files.createDirectories(folder);
		long start = System.nanoTime();
		ImagePlus stack = new SampleData().open(sample);
		out.println("demo: training " + config + " on " + sample + " (" + stack.getStackSize() + " images)");
		Path modelFile = folder.resolve(sample + ".vae.zip");
		TrainingResult result = new TrainingJob(new ConsoleListener(out), null).run(stack, config, null, modelFile);
		VaeModel model = result.model();
		LatentStatistics stats = model.statistics();
		out.println("demo: " + result.message() + " active dimensions " + Arrays.toString(stats.activeDims()) +
			", KL per dimension " + format(stats.klPerDim()));

		float[] anchor = Anchor.zero().resolve(model, null);
		int[] ranked = stats.rankedByKl();
		for (int i = 0; i < Math.min(3, ranked.length); i++) {
			int dim = ranked[i];
			ImagePlus sweep = new LatentSweep(dim, -3, 3, 11).render(model, anchor, stack.getTitle(), stack
				.getCalibration());
			write(sweep, folder.resolve("sweep-z" + dim + ".tif"), 11);
			out.println("demo: sweep of " + DimensionChoice.describe(dim, stats));
		}
		ImagePlus grid = new TraversalGrid(DimensionSelection.activeOrAll(stats), 9, 3).render(model, anchor, stack
			.getTitle(), stack.getCalibration());
		write(grid, folder.resolve("grid.tif"), 9);
		out.printf(Locale.ROOT, "demo: wrote %s in %.0f s%n", folder, (System.nanoTime() - start) / 1e9);
		return 0;
	}

	/** Writes the 32-bit TIFF and an 8-bit PNG montage with {@code columns} tiles a row. */
	private void write(ImagePlus image, Path tiff, int columns) throws IOException {
		OutputFiles.saveTiff(image, tiff);
		ImagePlus view = image.duplicate();
		view.setDisplayRange(view.getDisplayRangeMin(), view.getDisplayRangeMax());
		new ImageConverter(view).convertToGray8();
		int rows = (view.getStackSize() + columns - 1) / columns;
		ImagePlus montage = new MontageMaker().makeMontage2(view, columns, rows, 2.0, 1, view.getStackSize(), 1, 2,
			true);
		String png = tiff.getFileName().toString().replaceFirst("\\.tif$", ".png");
		Path pngPath = tiff.resolveSibling(png);
		OutputFiles.savePng(montage, pngPath);
	}

	private static String take(Map<String, String> o, String key, String fallback) {
		String v = o.remove(key);
		return v == null ? fallback : v;
	}

	private static String format(double[] values) {
		StringBuilder sb = new StringBuilder("[");
		for (int i = 0; i < values.length; i++) sb.append(i == 0 ? "" : ", ").append(String.format(Locale.ROOT, "%.2f",
			values[i]));
		return sb.append(']').toString();
	}
}
