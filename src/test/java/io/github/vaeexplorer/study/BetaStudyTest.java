package io.github.vaeexplorer.study;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.vaeexplorer.data.ConversionResult;
import io.github.vaeexplorer.data.StackConverter;
import io.github.vaeexplorer.data.synthetic.ShapesDataset;
import io.github.vaeexplorer.data.synthetic.ShapesGenerator;
import io.github.vaeexplorer.data.synthetic.ShapesSpec;
import io.github.vaeexplorer.metrics.MetricsSettings;
import io.github.vaeexplorer.model.VaeConfig;
import io.github.vaeexplorer.model.VaeTestKit;
import io.github.vaeexplorer.nd4j.NativeBackend;
import io.github.vaeexplorer.report.MetricsTables;
import io.github.vaeexplorer.report.StudyMontage;
import io.github.vaeexplorer.report.StudyPlots;
import io.github.vaeexplorer.train.CancellationToken;
import io.github.vaeexplorer.train.TrainingListener;

import com.google.gson.JsonObject;

import ij.ImagePlus;
import ij.measure.ResultsTable;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A tiny study (16×16 dense, 2 epochs): its runs, aggregates, views and cancellation. */
class BetaStudyTest {

	private static ShapesDataset shapes;
	private static ConversionResult data;
	private static StudyResult study;
	private static final List<String> messages = new ArrayList<>();

	private static VaeConfig base() {
		return VaeTestKit.tinyDense().epochs(2).seed(10).build();
	}

	private static MetricsSettings metrics() {
		return new MetricsSettings().pairs(10).steps(4).priorSamples(20).reference(50);
	}

	@BeforeAll
	static void runStudy() {
		NativeBackend.ensureLoaded();
		shapes = new ShapesGenerator(ShapesSpec.builder().imageSize(16).count(96).seed(4).build()).generate();
		data = new StackConverter().convert(shapes.stack(), 16);
		TrainingListener listener = new TrainingListener() {

			@Override
			public void message(String text) {
				messages.add(text);
			}
		};
		study = new BetaStudy(listener, null).run(base(), new double[] { 0, 4 }, 2, data.samples(), data
			.normalisation(), data.geometry(), shapes.factors(), metrics());
	}

	@Test
	void everyBetaIsTrainedWithEverySeedInOrder() {
		assertTrue(study.complete());
		assertEquals(4, study.runs().size());
		double[] betas = { 0, 0, 4, 4 };
		long[] seeds = { 10, 11, 10, 11 };
		for (int i = 0; i < 4; i++) {
			assertEquals(betas[i], study.runs().get(i).beta(), 0.0);
			assertEquals(seeds[i], study.runs().get(i).seed());
			assertEquals(betas[i], study.runs().get(i).model().config().beta(), 0.0);
			assertEquals(2, study.runs().get(i).model().history().size());
		}
		assertTrue(messages.get(0).startsWith("Beta study: run 1/4, beta=0, seed 10"), messages.get(0));
	}

	@Test
	void meansAndDeviationsAreOverTheSeedsOfOneBeta() {
		double a = study.runs().get(2).value(StudyMetric.TOTAL_KL), b = study.runs().get(3).value(StudyMetric.TOTAL_KL);
		double[] v = study.meanAndSd(4, StudyMetric.TOTAL_KL);
		assertEquals((a + b) / 2, v[0], 1e-12);
		assertEquals(Math.abs(a - b) / Math.sqrt(2), v[1], 1e-12);
		// the KL term does its job even in 2 epochs: beta=4 keeps far less information than beta=0
		assertTrue(v[0] < study.meanAndSd(0, StudyMetric.TOTAL_KL)[0], study.summary());
		assertTrue(study.metrics().contains(StudyMetric.MIG));
	}

	@Test
	void theViewsHaveOneRowARunAndOneGridABeta() {
		ResultsTable t = MetricsTables.of(study);
		assertEquals(4 + 2 + 2, t.size()); // runs, then means, then deviations
		assertEquals("mean", t.getStringValue("row", 4));
		assertEquals(study.meanAndSd(0, StudyMetric.MIG)[0], t.getValue("mig", 4), 1e-3);
		ImagePlus plots = StudyPlots.of(study);
		assertEquals(study.metrics().size(), plots.getStackSize());
		ImagePlus montage = StudyMontage.of(study, 3, 5, 3);
		assertEquals(1, montage.getStackSize());
		assertTrue(montage.getWidth() > 2 * 5 * 16, "two grids of five 16-pixel columns side by side");
		JsonObject json = study.toJson();
		assertEquals(4, json.getAsJsonArray("runs").size());
		assertEquals(2, json.getAsJsonArray("by_beta").size());
	}

	@Test
	void theRunsAreRankedWithoutLabelsAgainstTheirOwnSeeds() {
		LabelFreeRanking ranking = study.ranking();
		assertEquals(4, ranking.candidates().size());
		for (int i = 0; i < 4; i++) {
			StudyRun run = study.runs().get(i);
			assertTrue(ranking.comparedWithOwnSeeds(i));
			assertEquals(ranking.score(i), run.udr(), 0.0);
			assertTrue(run.udr() >= 0 && run.udr() <= 1, "UDR " + run.udr());
			assertEquals(run.udr(), run.value(StudyMetric.UDR), 0.0);
		}
		// Two seeds of one setting agree with each other symmetrically: both get the same score.
		assertEquals(study.runs().get(0).udr(), study.runs().get(1).udr(), 1e-12);
		assertTrue(study.chosen() == study.runs().get(ranking.chosen()));
		JsonObject json = study.toJson().getAsJsonObject("ranking");
		assertEquals(study.chosen().settings(), json.getAsJsonObject("chosen").get("settings").getAsString());
		assertTrue(json.has("udr_mig_spearman"));
		assertTrue(study.summary().contains("Keep " + study.chosen().settings() + " seed " + study.chosen().seed()),
			study.summary());
	}

	@Test
	void cancellingKeepsTheRunsAlreadyFinished() {
		CancellationToken token = new CancellationToken();
		TrainingListener cancelAfterFirstRun = new TrainingListener() {

			@Override
			public void message(String text) {
				if (text.startsWith("Beta study: run 2/")) token.cancel(CancellationToken.Mode.STOP_AND_KEEP);
			}
		};
		StudyResult partial = new BetaStudy(cancelAfterFirstRun, token).run(base(), new double[] { 0, 4 }, 2, data
			.samples(), data.normalisation(), data.geometry(), null, metrics());
		assertFalse(partial.complete());
		assertEquals(1, partial.runs().size());
		assertFalse(partial.metrics().contains(StudyMetric.MIG));
		assertTrue(partial.summary().startsWith("Study cancelled"), partial.summary());
	}

	@Test
	void badStudySettingsNameTheirKey() {
		assertEquals("seeds must be between 1 and 100 (got 0)", assertThrows(IllegalArgumentException.class,
			() -> new BetaStudy(null, null).run(base(), new double[] { 1 }, 0, data.samples(), data.normalisation(), data
				.geometry(), null, metrics())).getMessage());
		assertEquals("betas must be finite numbers >= 0 (got -1.0)", assertThrows(IllegalArgumentException.class,
			() -> new BetaStudy(null, null).run(base(), new double[] { -1 }, 1, data.samples(), data.normalisation(),
				data.geometry(), null, metrics())).getMessage());
	}
}
