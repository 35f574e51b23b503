package io.github.vaeexplorer.data.synthetic;

import ij.ImagePlus;
import ij.io.FileSaver;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Rebuilds the shipped {@code sample-data/} folder:
 * <ul>
 * <li>{@code shapes.zip} and {@code shapes-factors.csv}: {@link ShapesSpec#defaults()};</li>
 * <li>{@code fashion-mnist.zip}, {@code fashion-mnist-labels.csv} and
 * {@code fashion-mnist-LICENSE.txt}: the first {@value #FASHION_MNIST_COUNT} images of the
 * Fashion-MNIST test set, read from the IDX files (Debian package {@code dataset-fashion-mnist}
 * installs them in {@value #DEFAULT_FASHION_MNIST_FOLDER}).</li>
 * </ul>
 * A developer tool, kept with the tests so that it stays out of the plugin jar. Usage, after
 * {@code mvn test-compile}: {@code java -cp target/classes:target/test-classes:...
 * io.github.vaeexplorer.data.synthetic.SampleDataBuilder <output folder> [<fashion-mnist folder>]}.
 */
public final class SampleDataBuilder {

	/** Number of Fashion-MNIST test images shipped. */
	public static final int FASHION_MNIST_COUNT = 2000;
	/** Where the Debian package {@code dataset-fashion-mnist} installs the IDX files. */
	public static final String DEFAULT_FASHION_MNIST_FOLDER = "/usr/share/datasets/fashion-mnist";

	private static final String MIT_LICENSE = String.join("\n",
		"The MIT License (MIT)",
		"",
		"Copyright (c) 2017 Zalando SE, https://tech.zalando.com",
		"",
		"Permission is hereby granted, free of charge, to any person obtaining a",
		"copy of this software and associated documentation files (the \"Software\"),",
		"to deal in the Software without restriction, including without limitation",
		"the rights to use, copy, modify, merge, publish, distribute, sublicense,",
		"and/or sell copies of the Software, and to permit persons to whom the",
		"Software is furnished to do so, subject to the following conditions:",
		"",
		"The above copyright notice and this permission notice shall be included",
		"in all copies or substantial portions of the Software.",
		"",
		"THE SOFTWARE IS PROVIDED \"AS IS\", WITHOUT WARRANTY OF ANY KIND, EXPRESS",
		"OR IMPLIED, INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF",
		"MERCHANTABILITY, FITNESS FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT.",
		"IN NO EVENT SHALL THE AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY",
		"CLAIM, DAMAGES OR OTHER LIABILITY, WHETHER IN AN ACTION OF CONTRACT,",
		"TORT OR OTHERWISE, ARISING FROM, OUT OF OR IN CONNECTION WITH THE",
		"SOFTWARE OR THE USE OR OTHER DEALINGS IN THE SOFTWARE.",
		"");

	private SampleDataBuilder() {
		// static functions only
	}

	/**
	 * Regenerates the sample-data folder.
	 *
	 * @param args output folder, optionally followed by the folder holding the Fashion-MNIST
	 *          IDX files (default {@value #DEFAULT_FASHION_MNIST_FOLDER})
	 * @throws IOException if reading or writing fails
	 */
	public static void main(final String[] args) throws IOException {
		if (args.length < 1 || args.length > 2) {
			System.err.println("Usage: SampleDataBuilder <output folder> [<fashion-mnist folder, default " +
				DEFAULT_FASHION_MNIST_FOLDER + ">]");
			System.exit(2);
			return;
		}
		final Path output = Paths.get(args[0]);
		final Path fashionFolder = Paths.get(args.length > 1 ? args[1] : DEFAULT_FASHION_MNIST_FOLDER);
		Files.createDirectories(output);
		final List<Path> written = new ArrayList<>(writeShapes(output));
		written.addAll(writeFashionMnist(fashionFolder, output, FASHION_MNIST_COUNT));
		for (final Path file : written) {
			System.out.println(file + " (" + Files.size(file) + " bytes)");
		}
	}

	/**
	 * Writes {@code shapes.zip} and {@code shapes-factors.csv} for {@link ShapesSpec#defaults()}.
	 *
	 * @param outputFolder existing folder to write into
	 * @return the files written
	 * @throws IOException if writing fails
	 */
	public static List<Path> writeShapes(final Path outputFolder) throws IOException {
		final SampleDataset entry = SampleData.describe(SampleData.SHAPES);
		final ShapesDataset shapes = new ShapesGenerator(ShapesSpec.defaults()).generate();
		final Path zip = outputFolder.resolve(entry.imageFile());
		final Path csv = outputFolder.resolve(entry.tableFile());
		saveAsZip(shapes.stack(), zip);
		shapes.factors().write(csv);
		return Arrays.asList(zip, csv);
	}

	/**
	 * Writes {@code fashion-mnist.zip}, {@code fashion-mnist-labels.csv} and
	 * {@code fashion-mnist-LICENSE.txt} from the first images of the Fashion-MNIST test set.
	 *
	 * @param sourceFolder folder holding {@value FashionMnist#TEST_IMAGES_FILE} and
	 *          {@value FashionMnist#TEST_LABELS_FILE}
	 * @param outputFolder existing folder to write into
	 * @param count number of images to take
	 * @return the files written
	 * @throws IOException if reading or writing fails
	 * @throws IllegalArgumentException if the IDX files are invalid, disagree in length or hold
	 *           fewer than {@code count} images
	 */
	public static List<Path> writeFashionMnist(final Path sourceFolder, final Path outputFolder, final int count)
		throws IOException
	{
		final Path imagesFile = sourceFolder.resolve(FashionMnist.TEST_IMAGES_FILE);
		final Path labelsFile = sourceFolder.resolve(FashionMnist.TEST_LABELS_FILE);
		final IdxImages images = IdxReader.readImages(imagesFile);
		final int[] labels = IdxReader.readLabels(labelsFile);
		if (images.count() != labels.length) {
			throw new IllegalArgumentException(imagesFile + " holds " + images.count() + " images but " + labelsFile +
				" holds " + labels.length + " labels");
		}
		if (images.count() < count) {
			throw new IllegalArgumentException(imagesFile + " holds only " + images.count() + " images, need " + count);
		}
		final SampleDataset entry = SampleData.describe(SampleData.FASHION_MNIST);
		final Path zip = outputFolder.resolve(entry.imageFile());
		final Path csv = outputFolder.resolve(entry.tableFile());
		final Path license = outputFolder.resolve("fashion-mnist-LICENSE.txt");
		saveAsZip(FashionMnist.toStack(images, labels, count, SampleData.FASHION_MNIST), zip);
		FashionMnist.labelTable(labels, count).write(csv);
		Files.write(license, licenseText(count).getBytes(StandardCharsets.UTF_8));
		return Arrays.asList(zip, csv, license);
	}

	/**
	 * Returns the licence notice shipped with the Fashion-MNIST sample.
	 *
	 * @param count number of images taken
	 * @return the Fashion-MNIST MIT licence and a note on which images were taken
	 */
	public static String licenseText(final int count) {
		return "Fashion-MNIST, https://github.com/zalandoresearch/fashion-mnist\n\n" + MIT_LICENSE + "\n" +
			"fashion-mnist.zip and fashion-mnist-labels.csv hold the first " + count +
			" images (indices 0.." + (count - 1) + ") of the Fashion-MNIST test set (" + FashionMnist.TEST_IMAGES_FILE +
			", " + FashionMnist.TEST_LABELS_FILE + "), pixel values unchanged, slice labels = class names.\n";
	}

	private static void saveAsZip(final ImagePlus image, final Path zip) throws IOException {
		if (!new FileSaver(image).saveAsZip(zip.toString())) {
			throw new IOException("ImageJ could not write " + zip);
		}
	}
}
