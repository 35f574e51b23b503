package io.github.vaeexplorer.spark;

import io.github.vaeexplorer.analysis.OutlierScores;
import io.github.vaeexplorer.latent.LatentEncoding;
import io.github.vaeexplorer.model.VaeModel;

import ij.ImagePlus;

import java.util.ArrayList;
import java.util.List;

import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * {@code outliers}, in two passes. The executors compute each slice's parts of the score with
 * {@link OutlierScores#partsOf} ({@code reconstruction, kl, nll_bits, complexity_bits, corrected_bits}); the
 * driver pools every slice's corrected bits into one {@link OutlierScores#center}, so that a slice is scored among
 * all the slices of the input, as the CLI's {@code outliers} scores it among the slices of its stack; then
 * {@link #scored} puts the {@code score} column after {@code slice}.
 *
 * @author VAE Explorer developers
 */
final class OutlierRows extends ImageRows {

	private static final long serialVersionUID = 1L;

	/** Where the parts' rows hold the corrected bits. */
	static final int CORRECTED = 6;

	@Override
	StructType schema() {
		return schema("reconstruction", "kl", "nll_bits", "complexity_bits", "corrected_bits");
	}

	/** The final table's columns: {@code source, slice, score}, then the parts. */
	static StructType scoredSchema() {
		StructType parts = new OutlierRows().schema();
		StructType s = new StructType().add(parts.fields()[0]).add(parts.fields()[1]).add(DataTypes.createStructField(
			"score", DataTypes.DoubleType, false));
		for (int i = 2; i < parts.fields().length; i++) s = s.add(parts.fields()[i]);
		return s;
	}

	@Override
	List<Row> rows(VaeModel model, List<ImageInput> inputs, List<ImagePlus> images) {
		List<OutlierScores> parts = OutlierScores.partsOf(model, LatentEncoding.ofAll(model, images));
		List<Row> rows = new ArrayList<>();
		for (int f = 0; f < parts.size(); f++) {
			OutlierScores p = parts.get(f);
			double[] rec = p.reconstruction(), kl = p.kl(), bits = p.nllBits(), complexity = p.complexityBits(),
				corrected = p.correctedBits();
			for (int i = 0; i < p.count(); i++) {
				rows.add(row(inputs.get(f).source(), i + 1, rec[i], kl[i], bits[i], complexity[i], corrected[i]));
			}
		}
		return rows;
	}

	/** A parts row with its score against the pooled center. */
	static Row scored(Row parts, double[] center) {
		Object[] values = new Object[parts.size() + 1];
		values[0] = parts.get(0);
		values[1] = parts.get(1);
		values[2] = OutlierScores.score(parts.getDouble(CORRECTED), center);
		for (int i = 2; i < parts.size(); i++) values[i + 1] = parts.get(i);
		return RowFactory.create(values);
	}
}
