package io.github.vaeexplorer.spark;

import io.github.vaeexplorer.latent.LatentEncoding;
import io.github.vaeexplorer.model.VaeModel;

import ij.ImagePlus;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.StructType;

/**
 * {@code encode}: {@code source}, then the plugin's {@code encode} columns ({@code slice, mu_0.., logvar_0..}) with
 * the values {@link LatentEncoding#ofAll} gives, one row a slice.
 *
 * @author VAE Explorer developers
 */
final class EncodeRows extends ImageRows {

	private static final long serialVersionUID = 1L;

	private final int latent;

	EncodeRows(int latent) {
		this.latent = latent;
	}

	@Override
	StructType schema() {
		String[] headings = LatentEncoding.headings(latent);
		return schema(Arrays.copyOfRange(headings, 1, headings.length));
	}

	@Override
	List<Row> rows(VaeModel model, List<ImageInput> inputs, List<ImagePlus> images) {
		List<LatentEncoding> encodings = LatentEncoding.ofAll(model, images);
		List<Row> rows = new ArrayList<>();
		for (int f = 0; f < encodings.size(); f++) {
			LatentEncoding encoding = encodings.get(f);
			for (int i = 0; i < encoding.count(); i++) {
				double[] r = encoding.row(i);
				rows.add(row(inputs.get(f).source(), (int) r[0], Arrays.copyOfRange(r, 1, r.length)));
			}
		}
		return rows;
	}
}
