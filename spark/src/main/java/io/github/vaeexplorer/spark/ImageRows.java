package io.github.vaeexplorer.spark;

import io.github.vaeexplorer.model.VaeModel;

import ij.ImagePlus;

import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * What one verb of the Spark job makes of a batch of images: one row a slice, {@code source} and {@code slice}
 * first, computed by the plugin's own core (the same code its CLI verb runs), on one executor thread's network.
 *
 * @author VAE Explorer developers
 */
abstract class ImageRows implements Serializable {

	private static final long serialVersionUID = 1L;

	/** The table's columns. */
	abstract StructType schema();

	/**
	 * The rows of a batch of images.
	 *
	 * @param inputs where each image came from (its {@code source})
	 * @param images the opened images, one an input
	 */
	abstract List<Row> rows(VaeModel model, List<ImageInput> inputs, List<ImagePlus> images) throws IOException;

	/** A schema of {@code source} (text), {@code slice} (integer), then the given columns as numbers. */
	static StructType schema(String... numbers) {
		List<StructField> fields = new ArrayList<>();
		fields.add(DataTypes.createStructField("source", DataTypes.StringType, false));
		fields.add(DataTypes.createStructField("slice", DataTypes.IntegerType, false));
		for (String n : numbers) fields.add(DataTypes.createStructField(n, DataTypes.DoubleType, false));
		return DataTypes.createStructType(fields);
	}

	/** The same schema with one more column at the end. */
	static StructType plus(StructType schema, String name, DataType type) {
		return schema.add(DataTypes.createStructField(name, type, false));
	}

	/** A row of a source, a 1-based slice and numbers. */
	static Row row(String source, int slice, double... numbers) {
		Object[] values = new Object[numbers.length + 2];
		values[0] = source;
		values[1] = slice;
		for (int i = 0; i < numbers.length; i++) values[i + 2] = numbers[i];
		return RowFactory.create(values);
	}
}
