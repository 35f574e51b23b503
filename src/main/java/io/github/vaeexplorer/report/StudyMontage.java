package io.github.vaeexplorer.report;

import io.github.vaeexplorer.latent.Anchor;
import io.github.vaeexplorer.latent.TraversalGrid;
import io.github.vaeexplorer.model.VaeModel;
import io.github.vaeexplorer.study.StudyArm;
import io.github.vaeexplorer.study.StudyResult;
import io.github.vaeexplorer.study.StudyRun;
import io.github.vaeexplorer.text.Numbers;

import ij.ImagePlus;
import ij.ImageStack;
import ij.plugin.MontageMaker;
import ij.process.ByteProcessor;
import ij.process.ImageProcessor;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * One traversal grid per β, side by side in one 8-bit image: for the first seed of each β, its most informative
 * dimensions (largest KL first) as rows, swept from −range to +range around z = 0 as columns, each grid captioned
 * with its β. Every grid is scaled to 8 bits with the training data's display range, so brightness compares across βs;
 * of a multi-channel model only the first channel is drawn.
 *
 * @author VAE Explorer developers
 */
public final class StudyMontage {

	private static final int CAPTION = 22;

	private StudyMontage() {}

	/**
	 * @param rows dimensions per grid (fewer if the model has fewer)
	 * @param steps columns per grid
	 * @param range sweep half-width in prior standard deviations
	 * @return an 8-bit image titled {@code Beta study traversals}
	 */
	public static ImagePlus of(StudyResult study, int rows, int steps, double range) {
		ImageStack panels = null;
		for (StudyArm arm : study.arms()) {
			List<StudyRun> runs = study.runs(arm);
			if (runs.isEmpty()) continue;
			ImageProcessor panel = withCaptionStrip(grid(runs.get(0).model(), rows, steps, range));
			if (panels == null) panels = new ImageStack(panel.getWidth(), panel.getHeight());
			panels.addSlice(String.format(Locale.ROOT, "%s (seed %d)", study.label(arm), runs.get(0).seed()), panel);
		}
		if (panels == null) throw new IllegalArgumentException("the study has no finished run to draw");
		ImagePlus stack = new ImagePlus("panels", panels);
		ImagePlus montage = new MontageMaker().makeMontage2(stack, panels.getSize(), 1, 1.0, 1, panels.getSize(), 1, 8,
			true);
		montage.setTitle("Beta study traversals");
		return montage;
	}

	/** The panel on a black canvas with room below it for the caption MontageMaker draws. */
	private static ImageProcessor withCaptionStrip(ImageProcessor panel) {
		ImageProcessor canvas = new ByteProcessor(panel.getWidth(), panel.getHeight() + CAPTION);
		canvas.insert(panel, 0, 0);
		return canvas;
	}

	/** One model's grid as an 8-bit montage of rows × steps tiles. */
	private static ImageProcessor grid(VaeModel model, int rows, int steps, double range) {
		int[] ranked = model.statistics().rankedByKl();
		int[] dims = Arrays.copyOf(ranked, Math.min(rows, ranked.length));
		ImagePlus grid = new TraversalGrid(dims, steps, range).render(model, Anchor.zero().resolve(model, null), "study",
			null);
		grid.setDisplayRange(model.normalisation().low(0), model.normalisation().high(0));
		ImageStack eight = new ImageStack(grid.getWidth(), grid.getHeight());
		int channels = model.geometry().channels();
		for (int i = 1; i <= grid.getStackSize(); i += channels) {
			ImageProcessor ip = grid.getStack().getProcessor(i);
			ip.setMinAndMax(model.normalisation().low(0), model.normalisation().high(0));
			eight.addSlice(ip.convertToByte(true));
		}
		ImagePlus tiles = new ImagePlus("grid", eight);
		ImagePlus m = new MontageMaker().makeMontage2(tiles, steps, dims.length, 1.0, 1, eight.getSize(), 1, 1, false);
		return m.getProcessor();
	}
}
