package io.github.vaeexplorer.spark;

import io.github.vaeexplorer.data.ImageFiles;
import io.github.vaeexplorer.data.OutputFiles;
import io.github.vaeexplorer.latent.LatentEncoding;
import io.github.vaeexplorer.latent.LatentSweep;
import io.github.vaeexplorer.model.VaeModel;

import ij.ImagePlus;
import ij.measure.Calibration;

import java.io.IOException;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;

import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * {@code sweep}, per slice: the sweep of one latent dimension around the slice's own encoding (what the CLI's
 * {@code sweep --input NAME --anchor slice:N} makes), decoded with {@link LatentSweep#renderAll} and written to the
 * images folder as {@code NAME-sliceN-zD.tif}; the row holds {@code source, slice, dim, image} (that file's name).
 *
 * @author VAE Explorer developers
 */
final class SweepRows extends ImageRows {

	private static final long serialVersionUID = 1L;

	private final int dim, steps;
	private final double from, to;
	private final String images;

	SweepRows(int dim, double from, double to, int steps, String images) {
		new LatentSweep(dim, from, to, steps); // a bad range fails on the driver, not in a task
		this.dim = dim;
		this.from = from;
		this.to = to;
		this.steps = steps;
		this.images = images;
	}

	@Override
	StructType schema() {
		return plus(plus(schema(new String[0]), "dim", DataTypes.IntegerType), "image", DataTypes.StringType);
	}

	@Override
	List<Row> rows(VaeModel model, List<ImageInput> inputs, List<ImagePlus> sources) throws IOException {
		List<LatentEncoding> encodings = LatentEncoding.ofAll(model, sources);
		List<float[]> anchors = new ArrayList<>();
		List<String> names = new ArrayList<>();
		List<Calibration> calibrations = new ArrayList<>();
		List<String> rowSources = new ArrayList<>();
		List<Integer> slices = new ArrayList<>();
		for (int f = 0; f < encodings.size(); f++) {
			for (int i = 0; i < encodings.get(f).count(); i++) {
				anchors.add(encodings.get(f).mu()[i]);
				names.add(sources.get(f).getTitle());
				calibrations.add(sources.get(f).getCalibration());
				rowSources.add(inputs.get(f).source());
				slices.add(i + 1);
			}
		}
		List<ImagePlus> sweeps = new LatentSweep(dim, from, to, steps).renderAll(model, anchors, names, calibrations);
		List<Row> rows = new ArrayList<>();
		for (int a = 0; a < sweeps.size(); a++) {
			String file = fileName(rowSources.get(a), slices.get(a), dim);
			OutputFiles.saveTiff(sweeps.get(a), Paths.get(images, file));
			rows.add(RowFactory.create(rowSources.get(a), slices.get(a), dim, file));
		}
		return rows;
	}

	/** The sweep's file name for a source's slice: {@code NAME-sliceN-zD.tif}. */
	static String fileName(String source, int slice, int dim) {
		return ImageFiles.baseName(Paths.get(source).getFileName().toString()) + "-slice" + slice + "-z" + dim + ".tif";
	}
}
