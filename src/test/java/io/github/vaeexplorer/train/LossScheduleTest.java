package io.github.vaeexplorer.train;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.vaeexplorer.model.LossTerms;
import io.github.vaeexplorer.model.Objective;
import io.github.vaeexplorer.model.VaeConfig;

import org.junit.jupiter.api.Test;

/** The loss weights of each epoch: warm-up, capacity target, and what every objective's step gets. */
class LossScheduleTest {

	@Test
	void withoutWarmUpTheKlWeightIsBetaFromTheFirstEpoch() {
		VaeConfig c = VaeConfig.builder().beta(4).warmup(0).build();
		for (int e = 0; e < 5; e++) assertEquals(4.0, LossSchedule.of(c).klWeight(e), 0.0);
	}

	@Test
	void warmUpRampsTheKlWeightLinearlyToBeta() {
		VaeConfig c = VaeConfig.builder().beta(3).warmup(5).build();
		double[] expected = { 0.5, 1.0, 1.5, 2.0, 2.5, 3.0, 3.0, 3.0 };
		LossSchedule s = LossSchedule.of(c);
		for (int e = 0; e < expected.length; e++) assertEquals(expected[e], s.klWeight(e), 1e-12, "epoch " + e);
	}

	@Test
	void capacityRisesLinearlyFromZeroToItsMaximum() {
		VaeConfig c = VaeConfig.builder().objective(Objective.CAPACITY).capacity(20).capacityEpochs(4).build();
		double[] expected = { 0, 5, 10, 15, 20, 20 };
		LossSchedule s = LossSchedule.of(c);
		for (int e = 0; e < expected.length; e++) assertEquals(expected[e], s.capacityAt(e), 1e-12, "epoch " + e);
		LossTerms t = s.lossTerms(2, 500);
		assertEquals(1000, t.weight(), 0.0);
		assertEquals(10, t.capacity(), 1e-12);
		assertEquals(500, t.datasetSize());
	}

	@Test
	void warmUpRampsEveryObjectivesWeights() {
		VaeConfig c = VaeConfig.builder().objective(Objective.TCVAE).beta(6).warmup(2).build();
		assertEquals(2, LossSchedule.of(c).lossTerms(0, 10).weight(), 1e-12);
		assertEquals(1 / 3.0, LossSchedule.of(c).lossTerms(0, 10).auxiliaryWeight(), 1e-12);
		assertEquals(6, LossSchedule.of(c).lossTerms(2, 10).weight(), 0.0);
		VaeConfig cap = c.toBuilder().objective(Objective.CAPACITY).gamma(30).build();
		assertEquals(20, LossSchedule.of(cap).lossTerms(1, 10).weight(), 1e-12);
	}
}
