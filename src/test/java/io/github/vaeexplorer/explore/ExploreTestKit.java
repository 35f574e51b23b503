package io.github.vaeexplorer.explore;

import io.github.vaeexplorer.data.Normalisation;
import io.github.vaeexplorer.data.SourceGeometry;
import io.github.vaeexplorer.data.synthetic.ShapesGenerator;
import io.github.vaeexplorer.data.synthetic.ShapesSpec;
import io.github.vaeexplorer.history.TrainingHistory;
import io.github.vaeexplorer.model.Architecture;
import io.github.vaeexplorer.model.LatentStatistics;
import io.github.vaeexplorer.model.VaeConfig;
import io.github.vaeexplorer.model.VaeModel;
import io.github.vaeexplorer.model.VaeNetwork;

import ij.ImagePlus;

/**
 * A hand-made model (a dense 16×16 network with its seeded initial weights, no training) and a seeded shapes stack,
 * for the explorer's tests: the codes are arbitrary but fixed, which is all a map needs.
 */
public final class ExploreTestKit {

	private ExploreTestKit() {}

	/** Four latent dimensions, ranked by KL 2, 0, 3, 1. */
	public static VaeModel model() {
		VaeConfig config = VaeConfig.builder().architecture(Architecture.DENSE).size(16).latent(4).seed(2).build();
		double[] kl = { 1.5, 0.2, 2.5, 0.9 }, zeros = new double[4], ones = { 1, 1, 1, 1 }, low = { -3, -3, -3, -3 },
			high = { 3, 3, 3, 3 };
		return new VaeModel(VaeNetwork.create(config), new Normalisation(new double[] { 0 }, new double[] { 255 }),
			new SourceGeometry(16, 16, 1, 16), new TrainingHistory(), new LatentStatistics(kl, zeros, ones, low, high),
			null);
	}

	/** {@code count} seeded 16×16 shapes. */
	public static ImagePlus stack(int count) {
		ImagePlus imp = new ShapesGenerator(ShapesSpec.builder().imageSize(16).count(count).seed(5).build()).generate()
			.stack();
		imp.setTitle("explore-shapes");
		return imp;
	}
}
