package io.github.vaeexplorer.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.vaeexplorer.history.EpochRecord;
import io.github.vaeexplorer.history.TrainingHistory;
import io.github.vaeexplorer.model.LatentStatistics;

import ij.gui.Plot;

import org.junit.jupiter.api.Test;

/**
 * The plots of Model Info, built headless from known numbers.
 */
class ModelPlotsTest {

	@Test
	void historyHasOneSeriesPerLossAndAPointPerEpoch() {
		TrainingHistory history = new TrainingHistory();
		history.add(new EpochRecord(1, 300, 280, 20, 310, 1, 2));
		history.add(new EpochRecord(2, 200, 175, 25, 215, 1, 2));
		history.add(new EpochRecord(3, 150, 120, 30, 170, 1, 2));
		Plot plot = ModelPlots.history(history, "cells");
		assertEquals("Training history of cells", plot.getTitle());
		assertArrayEquals(new float[] { 1, 2, 3 }, plot.getDataObjectArrays(0)[0], 0f);
		assertArrayEquals(new float[] { 300, 200, 150 }, plot.getDataObjectArrays(0)[1], 0f);
		assertArrayEquals(new float[] { 280, 175, 120 }, plot.getDataObjectArrays(1)[1], 0f);
		assertArrayEquals(new float[] { 20, 25, 30 }, plot.getDataObjectArrays(2)[1], 0f);
		assertArrayEquals(new float[] { 310, 215, 170 }, plot.getDataObjectArrays(3)[1], 0f);
		assertNotNull(plot.getImagePlus(), "renders headless");
	}

	@Test
	void historyWithoutHeldOutSamplesHasNoValidationSeries() {
		TrainingHistory history = new TrainingHistory();
		history.add(new EpochRecord(1, 300, 280, 20, Double.NaN, 1, 2));
		Plot plot = ModelPlots.history(history, "cells");
		assertEquals(3, plot.getDataObjectDesignations().length, String.join("|", plot.getDataObjectDesignations()));
	}

	@Test
	void klBarsSeparateActiveFromCollapsedDimensions() {
		LatentStatistics stats = new LatentStatistics(new double[] { 2.5, 0.01, 1.5, 0.0 }, new double[4],
			new double[] { 0.9, 0.001, 0.4, 0.0 }, new double[4], new double[4]);
		Plot plot = ModelPlots.klPerDimension(stats, "cells");
		assertEquals("KL per dimension of cells", plot.getTitle());
		assertArrayEquals(new float[] { 0, 2 }, plot.getDataObjectArrays(0)[0], 0f);
		assertArrayEquals(new float[] { 2.5f, 1.5f }, plot.getDataObjectArrays(0)[1], 0f);
		assertArrayEquals(new float[] { 1, 3 }, plot.getDataObjectArrays(1)[0], 0f);
		assertArrayEquals(new float[] { 0.01f, 0 }, plot.getDataObjectArrays(1)[1], 0f);
		assertNotNull(plot.getImagePlus(), "renders headless");
	}

	@Test
	void scatterWithoutColoursIsOneSeriesOfEverySlice() {
		float[][] mu = { { 1, 2, 3 }, { 4, 5, 6 } };
		Plot plot = EncodingScatter.of(mu, 2, 0, null, null, "Encodings");
		assertArrayEquals(new float[] { 3, 6 }, plot.getDataObjectArrays(0)[0], 0f);
		assertArrayEquals(new float[] { 1, 4 }, plot.getDataObjectArrays(0)[1], 0f);
	}

	@Test
	void fewDistinctColourValuesGetASeriesEach() {
		float[][] mu = { { 0, 0 }, { 1, 1 }, { 2, 2 }, { 3, 3 } };
		Plot plot = EncodingScatter.of(mu, 0, 1, new double[] { 2, 1, 2, 1 }, "shape", "Encodings");
		assertArrayEquals(new float[] { 1, 3 }, plot.getDataObjectArrays(0)[0], 0f);
		assertArrayEquals(new float[] { 0, 2 }, plot.getDataObjectArrays(1)[0], 0f);
		assertNotNull(plot.getImagePlus(), "renders headless");
	}

	@Test
	void manyColourValuesAreBinned() {
		int n = 50;
		float[][] mu = new float[n][2];
		double[] colour = new double[n];
		for (int i = 0; i < n; i++) {
			mu[i][0] = i;
			colour[i] = i / 10.0; // 0 .. 4.9 in 5 bins of width 0.98
		}
		Plot plot = EncodingScatter.of(mu, 0, 1, colour, "x", "Encodings");
		int total = 0;
		for (int s = 0; s < EncodingScatter.BINS; s++) total += plot.getDataObjectArrays(s)[0].length;
		assertEquals(n, total);
		assertEquals(0, plot.getDataObjectArrays(0)[0][0], 0f);
		assertEquals(n - 1, plot.getDataObjectArrays(EncodingScatter.BINS - 1)[0][plot.getDataObjectArrays(
			EncodingScatter.BINS - 1)[0].length - 1], 0f);
	}

	@Test
	void aColourColumnOfTheWrongLengthIsNamed() {
		IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> EncodingScatter.of(
			new float[3][2], 0, 1, new double[2], "shape", "t"));
		assertTrue(e.getMessage().startsWith("the colour column shape has 2 rows but the stack has 3 slices"), e
			.getMessage());
	}
}
