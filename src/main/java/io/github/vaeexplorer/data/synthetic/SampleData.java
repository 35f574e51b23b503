package io.github.vaeexplorer.data.synthetic;

import io.github.vaeexplorer.table.FactorTable;

import ij.ImagePlus;
import ij.io.Opener;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * The catalogue of sample stacks shipped in the plugin jar under {@value #RESOURCE_FOLDER}, and
 * access to them through the class path.
 * <ul>
 * <li>{@value #SHAPES}: 3000 synthetic 64&times;64 shapes with known factors (seed 42);</li>
 * <li>{@value #FASHION_MNIST}: the first 2000 Fashion-MNIST test images, 28&times;28, with class
 * labels.</li>
 * </ul>
 */
public final class SampleData {

	/** Name of the synthetic shapes sample. */
	public static final String SHAPES = "shapes";
	/** Name of the Fashion-MNIST sample. */
	public static final String FASHION_MNIST = "fashion-mnist";
	/** Class-path folder holding the samples. */
	public static final String RESOURCE_FOLDER = "/sample-data/";

	private static final List<SampleDataset> CATALOGUE = Collections.unmodifiableList(Arrays.asList(
		new SampleDataset(SHAPES,
			"3000 synthetic 64x64 shapes (square, ellipse, triangle) with known scale, rotation and position (seed 42)",
			"shapes.zip", "shapes-factors.csv"),
		new SampleDataset(FASHION_MNIST,
			"The first 2000 Fashion-MNIST test images, 28x28, labelled with their clothing class (MIT licence, Zalando SE)",
			"fashion-mnist.zip", "fashion-mnist-labels.csv")));

	private final ClassLoader loader;

	/** Reads the samples through the class loader that loaded this class (the plugin jar). */
	public SampleData() {
		this(SampleData.class.getClassLoader());
	}

	/**
	 * Reads the samples through the given class loader.
	 *
	 * @param loader where to look up the {@value #RESOURCE_FOLDER} resources
	 */
	public SampleData(ClassLoader loader) {
		this.loader = loader;
	}

	/**
	 * Returns all catalogue entries.
	 *
	 * @return the entries, unmodifiable, in a fixed order
	 */
	public static List<SampleDataset> catalogue() {
		return CATALOGUE;
	}

	/**
	 * Returns the names of all samples.
	 *
	 * @return e.g. {@code [shapes, fashion-mnist]}
	 */
	public static List<String> names() {
		final List<String> names = new ArrayList<>();
		for (SampleDataset entry : CATALOGUE) {
			names.add(entry.name());
		}
		return Collections.unmodifiableList(names);
	}

	/**
	 * Returns the catalogue entry of a sample.
	 *
	 * @param name a name from {@link #names()}
	 * @return its entry
	 * @throws IllegalArgumentException if the name is unknown; the message lists the valid names
	 */
	public static SampleDataset describe(String name) {
		for (SampleDataset entry : CATALOGUE) {
			if (entry.name().equals(name)) {
				return entry;
			}
		}
		throw new IllegalArgumentException("unknown sample '" + name + "'; valid names: " + String.join(", ", names()));
	}

	/**
	 * Tells whether a sample's stack can be found on the class path.
	 *
	 * @param name a name from {@link #names()}
	 * @return {@code true} if its zip resource exists
	 * @throws IllegalArgumentException if the name is unknown
	 */
	public boolean isAvailable(String name) {
		return loader.getResource(relative(describe(name).imageResource())) != null;
	}

	/**
	 * Opens a sample stack from the class path.
	 *
	 * @param name a name from {@link #names()}
	 * @return the stack, titled with the sample name
	 * @throws IllegalArgumentException if the name is unknown; the message lists the valid names
	 * @throws IOException if the resource is missing or is not a zip holding a TIFF
	 */
	public ImagePlus open(String name) throws IOException {
		final SampleDataset entry = describe(name);
		final String resource = entry.imageResource();
		try (InputStream raw = openResource(resource);
			ZipInputStream zip = new ZipInputStream(new BufferedInputStream(raw)))
		{
			ZipEntry zipEntry;
			while ((zipEntry = zip.getNextEntry()) != null) {
				if (!zipEntry.isDirectory() && isTiff(zipEntry.getName())) {
					final ImagePlus image = new Opener().openTiff(zip, zipEntry.getName());
					if (image == null) {
						throw new IOException(resource + ": ImageJ could not read " + zipEntry.getName() + " as a TIFF");
					}
					image.setTitle(entry.name());
					return image;
				}
			}
		}
		throw new IOException(resource + ": the zip holds no .tif file");
	}

	/**
	 * Opens the factor or label CSV of a sample as a stream, if it is on the class path. The
	 * caller closes the stream.
	 *
	 * @param name a name from {@link #names()}
	 * @return the CSV bytes (UTF-8), or empty if the resource is missing
	 * @throws IllegalArgumentException if the name is unknown
	 */
	public Optional<InputStream> openTableStream(String name) {
		return Optional.ofNullable(loader.getResourceAsStream(relative(describe(name).tableResource())));
	}

	/**
	 * Reads the factor or label table of a sample from the class path.
	 *
	 * @param name a name from {@link #names()}
	 * @return the table, one row per slice
	 * @throws IllegalArgumentException if the name is unknown or the CSV is invalid
	 * @throws IOException if the resource is missing or cannot be read
	 */
	public FactorTable readTable(String name) throws IOException {
		final String resource = describe(name).tableResource();
		try (InputStream in = openResource(resource)) {
			return FactorTable.read(in, resource);
		}
	}

	private InputStream openResource(String resource) throws IOException {
		final InputStream in = loader.getResourceAsStream(relative(resource));
		if (in == null) {
			throw new IOException("sample resource " + resource + " is not on the class path");
		}
		return in;
	}

	private static String relative(String absoluteResource) {
		return absoluteResource.substring(1);
	}

	private static boolean isTiff(String entryName) {
		final String lower = entryName.toLowerCase(Locale.ROOT);
		return lower.endsWith(".tif") || lower.endsWith(".tiff");
	}
}
