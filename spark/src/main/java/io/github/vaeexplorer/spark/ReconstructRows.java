package io.github.vaeexplorer.spark;

import io.github.vaeexplorer.data.ImageFiles;
import io.github.vaeexplorer.data.OutputFiles;
import io.github.vaeexplorer.latent.StackReconstruction;
import io.github.vaeexplorer.model.VaeModel;

import ij.ImagePlus;

import java.io.IOException;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;

import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.StructType;

/**
 * {@code reconstruct}: per slice the reconstruction errors of the CLI's {@code reconstruct --table} ({@code mse} in
 * source units², {@code bce_nats}), from {@link StackReconstruction#ofAll}; with an images folder, each image's
 * reconstruction is also written there as {@code NAME.tif} (the TIFF {@code reconstruct --out} writes).
 *
 * @author VAE Explorer developers
 */
final class ReconstructRows extends ImageRows {

	private static final long serialVersionUID = 1L;

	private final String images;

	/** @param images the folder the reconstructions go to (seen by every executor), or null for none */
	ReconstructRows(String images) {
		this.images = images;
	}

	@Override
	StructType schema() {
		return schema("mse", "bce_nats");
	}

	@Override
	List<Row> rows(VaeModel model, List<ImageInput> inputs, List<ImagePlus> sources) throws IOException {
		List<StackReconstruction> all = StackReconstruction.ofAll(model, sources);
		List<Row> rows = new ArrayList<>();
		for (int f = 0; f < all.size(); f++) {
			StackReconstruction r = all.get(f);
			String source = inputs.get(f).source();
			double[] mse = r.meanSquaredErrors(), nll = r.bernoulliNlls();
			for (int i = 0; i < mse.length; i++) rows.add(row(source, i + 1, mse[i], nll[i]));
			if (images != null) OutputFiles.saveTiff(r.image(), Paths.get(images, fileName(source)));
		}
		return rows;
	}

	/** The reconstruction's file name for a source: its base name, {@code .tif}. */
	static String fileName(String source) {
		return ImageFiles.baseName(Paths.get(source).getFileName().toString()) + ".tif";
	}
}
