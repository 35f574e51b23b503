package io.github.vaeexplorer.bench;

import io.github.vaeexplorer.cells.CropRun;
import io.github.vaeexplorer.cells.CropSettings;
import io.github.vaeexplorer.cells.Field;
import io.github.vaeexplorer.cells.FieldSource;
import io.github.vaeexplorer.cells.LabelImage;
import io.github.vaeexplorer.cells.ij.CellCrops;

import ij.ImagePlus;
import ij.ImageStack;
import ij.io.FileSaver;
import ij.process.ShortProcessor;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Collections;
import java.util.Locale;
import java.util.Random;

/**
 * Speed and memory of {@code Crop Cells}: {@code java -cp ... io.github.vaeexplorer.bench.CropBench field SIDE
 * OBJECTS} crops one generated field (seeded ellipses) in memory, in four settings; {@code folder DIR FIELDS SIDE
 * OBJECTS} writes that many two-channel 16-bit fields with label images to DIR and crops the folder as the command
 * does (files read one field at a time). Prints one JSON line a run: crops per second and peak memory. With DUMP,
 * the field also goes to {@code DUMP.field.f32} and {@code DUMP.labels.i32} for the PyTorch peer
 * {@code src/bench/python/torch_crop_peer.py}, which makes the same crops. A developer tool.
 *
 * @author VAE Explorer developers
 */
public final class CropBench {

	private CropBench() {}

	public static void main(String[] args) throws IOException {
		if (args.length >= 3 && args[0].equals("field")) field(Integer.parseInt(args[1]), Integer.parseInt(args[2]),
			args.length > 3 ? Paths.get(args[3]) : null);
		else if (args.length >= 5 && args[0].equals("folder")) folder(Paths.get(args[1]), Integer.parseInt(args[2]),
			Integer.parseInt(args[3]), Integer.parseInt(args[4]));
		else System.err.println("usage: CropBench field SIDE OBJECTS [DUMP] | folder DIR FIELDS SIDE OBJECTS");
	}

	/** @param dump where to write the field and labels as raw little-endian arrays for a peer, or null */
	private static void field(int side, int objects, Path dump) throws IOException {
		int[] ids = new int[side * side];
		float[] values = new float[side * side];
		paint(new Random(1), side, objects, ids, values, null);
		if (dump != null) {
			ByteBuffer f = ByteBuffer.allocate(4 * values.length).order(ByteOrder.LITTLE_ENDIAN), l = ByteBuffer.allocate(
				4 * ids.length).order(ByteOrder.LITTLE_ENDIAN);
			for (int i = 0; i < ids.length; i++) {
				f.putFloat(values[i]);
				l.putInt(ids[i]);
			}
			Files.write(Paths.get(dump + ".field.f32"), f.array());
			Files.write(Paths.get(dump + ".labels.i32"), l.array());
		}
		LabelImage labels = new LabelImage(side, side, ids);
		Field field = new Field(side, side, new float[][] { values });
		FieldSource source = new FieldSource() {

			@Override
			public String name() { return "bench"; }

			@Override
			public String condition() { return ""; }

			@Override
			public LabelImage labels() { return labels; }

			@Override
			public Field field() { return field; }
		};
		String[][] settings = { { "auto", "none", "none", "none" }, { "auto", "zero", "principal", "none" },
			{ "auto", "background", "principal", "none" }, { "64", "zero", "none", "normalise" } };
		for (String[] s : settings) {
			long[] kept = { 0 };
			long start = System.nanoTime();
			CropRun.Result result = new CropRun(CropSettings.of(s[0], s[1], s[2], s[3])).run(Collections.singletonList(
				source), (r, planes) -> kept[0] += planes[0].length);
			double seconds = (System.nanoTime() - start) / 1e9;
			System.out.println(String.format(Locale.ROOT, "{\"run\": \"field %dx%d\", \"size\": \"%s\", \"mask\": " +
				"\"%s\", \"align\": \"%s\", \"scale\": \"%s\", \"crop_size\": %d, \"crops\": %d, \"border_skipped\": %d, " +
				"\"seconds\": %.3f, \"crops_per_s\": %.0f, \"peak_heap_bytes\": %d, \"peak_rss_bytes\": %d}", side, side,
				s[0], s[1], s[2], s[3], result.size(), result.records().size(), result.borderSkipped(), seconds, result
					.records().size() / seconds, MemoryMeter.peakHeapBytes(), MemoryMeter.peakResidentBytes()));
		}
	}

	private static void folder(Path dir, int fields, int side, int objects) throws IOException {
		Files.createDirectories(dir);
		Random random = new Random(2);
		for (int f = 0; f < fields; f++) {
			int[] ids = new int[side * side];
			float[] c1 = new float[side * side], c2 = new float[side * side];
			paint(random, side, objects, ids, c1, c2);
			ShortProcessor l = new ShortProcessor(side, side), a = new ShortProcessor(side, side), b =
				new ShortProcessor(side, side);
			for (int i = 0; i < ids.length; i++) {
				l.set(i, ids[i]);
				a.set(i, (int) c1[i]);
				b.set(i, (int) c2[i]);
			}
			ImageStack stack = new ImageStack(side, side);
			stack.addSlice(a);
			stack.addSlice(b);
			ImagePlus image = new ImagePlus("field", stack);
			image.setDimensions(2, 1, 1);
			new FileSaver(image).saveAsTiffStack(dir.resolve(String.format(Locale.ROOT, "field%03d.tif", f)).toString());
			new FileSaver(new ImagePlus("labels", l)).saveAsTiff(dir.resolve(String.format(Locale.ROOT,
				"field%03d_labels.tif", f)).toString());
		}
		long start = System.nanoTime();
		CellCrops made = CellCrops.ofFolder(dir, null, CropSettings.of("auto", "zero", "principal", "none"), "all");
		double seconds = (System.nanoTime() - start) / 1e9;
		int crops = made.table().rowCount();
		System.out.println(String.format(Locale.ROOT, "{\"run\": \"folder of %d fields %dx%d, 2 channels, 16-bit\", " +
			"\"size\": \"auto\", \"mask\": \"zero\", \"align\": \"principal\", \"crop_size\": %d, \"crops\": %d, " +
			"\"seconds\": %.3f, \"crops_per_s\": %.0f, \"stack_bytes\": %d, \"peak_heap_bytes\": %d, " +
			"\"peak_rss_bytes\": %d, \"note\": \"%s\"}", fields, side, side, made.crops().getWidth(), crops, seconds,
			crops / seconds, (long) crops * 2 * 4 * made.crops().getWidth() * made.crops().getWidth(), MemoryMeter
				.peakHeapBytes(), MemoryMeter.peakResidentBytes(), made.note()));
	}

	/** Seeded ellipses (semi-axes 4-14 and 3-8 pixels, any angle) with a brightness each and Poisson-like noise. */
	private static void paint(Random random, int side, int objects, int[] ids, float[] c1, float[] c2) {
		for (int i = 0; i < ids.length; i++) {
			c1[i] = 100 + random.nextInt(20);
			if (c2 != null) c2[i] = 50 + random.nextInt(10);
		}
		for (int o = 1; o <= objects; o++) {
			double cx = 16 + random.nextDouble() * (side - 32), cy = 16 + random.nextDouble() * (side - 32);
			double a = 4 + random.nextDouble() * 10, b = 3 + random.nextDouble() * Math.min(5, a - 3), t = random
				.nextDouble() * Math.PI;
			float level = 500 + random.nextInt(3000);
			for (int y = (int) (cy - a); y <= cy + a; y++) for (int x = (int) (cx - a); x <= cx + a; x++) {
				double along = (x - cx) * Math.cos(t) + (y - cy) * Math.sin(t);
				double across = -(x - cx) * Math.sin(t) + (y - cy) * Math.cos(t);
				if (along * along / (a * a) + across * across / (b * b) > 1) continue;
				int i = y * side + x;
				ids[i] = o;
				c1[i] = level + random.nextInt(50);
				if (c2 != null) c2[i] = level / 2 + random.nextInt(30);
			}
		}
	}
}
