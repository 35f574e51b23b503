package io.github.vaeexplorer.data.synthetic;

import io.github.vaeexplorer.table.FactorTable;

import ij.ImagePlus;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * Turns Fashion-MNIST IDX data into an ImageJ stack with class-name slice labels and a label
 * table. Fashion-MNIST is Copyright (c) 2017 Zalando SE, MIT licence.
 */
public final class FashionMnist {

	/** Class names, indexed by label. */
	public static final List<String> CLASS_NAMES = Collections.unmodifiableList(Arrays.asList("T-shirt/top",
		"Trouser", "Pullover", "Dress", "Coat", "Sandal", "Shirt", "Sneaker", "Bag", "Ankle boot"));

	/** Name of the single column of the label table. */
	public static final String LABEL_COLUMN = "class";

	/** File name of the test-set images inside the Fashion-MNIST folder. */
	public static final String TEST_IMAGES_FILE = "t10k-images-idx3-ubyte.gz";
	/** File name of the test-set labels inside the Fashion-MNIST folder. */
	public static final String TEST_LABELS_FILE = "t10k-labels-idx1-ubyte.gz";

	private FashionMnist() {
		// constants and functions only
	}

	/**
	 * Returns the class name of a label.
	 *
	 * @param label 0 .. 9
	 * @return e.g. {@code "Ankle boot"} for 9
	 * @throws IllegalArgumentException if the label is out of range
	 */
	public static String className(int label) {
		if (label < 0 || label >= CLASS_NAMES.size()) {
			throw new IllegalArgumentException(
				"Fashion-MNIST labels are 0.." + (CLASS_NAMES.size() - 1) + ", got " + label);
		}
		return CLASS_NAMES.get(label);
	}

	/**
	 * Builds an 8-bit stack of the first images, each slice labelled with its class name.
	 *
	 * @param images the images
	 * @param labels one label per image (at least {@code count})
	 * @param count number of images to take
	 * @param title title of the stack
	 * @return the stack
	 * @throws IllegalArgumentException if there are too few images or labels, or a label is invalid
	 */
	public static ImagePlus toStack(IdxImages images, int[] labels, int count,
		String title)
	{
		if (labels.length < count) {
			throw new IllegalArgumentException("need " + count + " labels, got " + labels.length);
		}
		final String[] names = new String[count];
		for (int i = 0; i < count; i++) {
			names[i] = className(labels[i]);
		}
		return images.toStack(title, count, names);
	}

	/**
	 * Builds the label table of the first images: one column {@value #LABEL_COLUMN}.
	 *
	 * @param labels the labels
	 * @param count number of rows to take, at most {@code labels.length}
	 * @return the table
	 */
	public static FactorTable labelTable(int[] labels, int count) {
		final double[][] rows = new double[count][];
		for (int i = 0; i < count; i++) {
			rows[i] = new double[] { labels[i] };
		}
		return new FactorTable(Collections.singletonList(LABEL_COLUMN), rows);
	}
}
