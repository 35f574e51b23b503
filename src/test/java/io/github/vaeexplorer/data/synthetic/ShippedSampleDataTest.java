package io.github.vaeexplorer.data.synthetic;

import io.github.vaeexplorer.table.FactorTable;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ij.IJ;
import ij.ImagePlus;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

import org.junit.jupiter.api.Test;

/** Checks the Fashion-MNIST files shipped in sample-data/ (the shapes are checked by {@link ShippedShapesTest}). */
class ShippedSampleDataTest {

	private static final Path FOLDER = Paths.get("sample-data");

	@Test
	void fashionMnistStackMatchesItsLabels() throws IOException {
		final ImagePlus stack = IJ.openImage(FOLDER.resolve("fashion-mnist.zip").toString());
		assertEquals(SampleDataBuilder.FASHION_MNIST_COUNT, stack.getStackSize());
		assertEquals(28, stack.getWidth());
		assertEquals(28, stack.getHeight());
		assertEquals(ImagePlus.GRAY8, stack.getType());
		final FactorTable labels = FactorTable.read(FOLDER.resolve("fashion-mnist-labels.csv"));
		assertEquals(java.util.Collections.singletonList("class"), labels.columnNames());
		assertEquals(stack.getStackSize(), labels.rowCount());
		for (int i = 0; i < labels.rowCount(); i++) {
			final double label = labels.get(i, 0);
			assertEquals(Math.rint(label), label);
			assertEquals(FashionMnist.className((int) label), stack.getStack().getSliceLabel(i + 1));
		}
		// the first Fashion-MNIST test images are an ankle boot, a pullover and a trouser
		assertArrayEquals(new double[] { 9, 2, 1 }, new double[] { labels.get(0, 0), labels.get(1, 0), labels.get(2, 0) });
	}

	@Test
	void fashionMnistLicenceIsShipped() throws IOException {
		final String licence = new String(Files.readAllBytes(FOLDER.resolve("fashion-mnist-LICENSE.txt")),
			StandardCharsets.UTF_8);
		assertTrue(licence.contains("Copyright (c) 2017 Zalando SE"));
		assertTrue(licence.contains("Permission is hereby granted, free of charge"));
		assertTrue(licence.contains("first 2000 images"));
		assertEquals(SampleDataBuilder.licenseText(SampleDataBuilder.FASHION_MNIST_COUNT), licence);
	}
}
