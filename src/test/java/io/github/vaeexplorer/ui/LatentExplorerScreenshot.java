package io.github.vaeexplorer.ui;

import io.github.vaeexplorer.explore.Axes;
import io.github.vaeexplorer.explore.ColourColumn;
import io.github.vaeexplorer.explore.Embedding;
import io.github.vaeexplorer.explore.ExplorerSession;
import io.github.vaeexplorer.model.ModelFile;
import io.github.vaeexplorer.model.VaeModel;
import io.github.vaeexplorer.nd4j.NativeBackend;

import ij.IJ;
import ij.ImageJ;
import ij.ImagePlus;
import ij.WindowManager;
import ij.measure.ResultsTable;

import java.awt.Point;
import java.awt.Window;
import java.awt.event.InputEvent;
import java.awt.event.MouseEvent;
import java.nio.file.Path;
import java.nio.file.Paths;

/**
 * Manual step (not a test): the README's screenshot of the Latent Explorer on the shipped Fashion-MNIST sample,
 * coloured by class, with a rectangle selected (its gallery beside it). Needs a display and a model trained on the
 * sample:
 *
 * <pre>
 * java -jar target/VAE_Explorer-0.1.0.jar sample_data --sample fashion-mnist --out fm.tif
 * java -jar target/VAE_Explorer-0.1.0.jar train --input fm.tif --model fm.vae.zip --size 32 --epochs 15 --latent 8 --architecture dense
 * xvfb-run -a -s "-screen 0 1600x900x24" java -cp target/classes:target/test-classes:$(cat cp.txt) \
 *   io.github.vaeexplorer.ui.LatentExplorerScreenshot fm.tif fm.vae.zip sample-data/fashion-mnist-labels.csv umap docs/latent-explorer.png
 * </pre>
 */
public final class LatentExplorerScreenshot {

	private LatentExplorerScreenshot() {}

	public static void main(String[] args) throws Exception {
		NativeBackend.ensureLoaded();
		ImageJ imagej = GuiTestKit.startImageJ();
		ImagePlus stack = IJ.openImage(args[0]);
		Path modelFile = Paths.get(args[1]);
		VaeModel model = ModelFile.load(modelFile);
		ResultsTable labels = ResultsTable.open(args[2]);
		Embedding embedding = Embedding.of(model, stack, Axes.parse(args[3]));
		ColourColumn colours = ColourColumn.of(labels, "class", args[2], embedding.count());
		ExplorerSession session = new ExplorerSession(model, modelFile, stack, embedding, colours, labels);
		GuiTestKit.onEdt(() -> stack.show());
		LatentExplorerWindow window = LatentExplorerWindow.open(session);
		GuiTestKit.onEdt(() -> window.frame().setSize(900, 640));
		GuiTestKit.flushEdt();
		Thread.sleep(300);
		ScatterPanel panel = window.scatter();
		// A rectangle around the densest corner of the first class, then a click on one of its points.
		int first = -1;
		for (int i = 0; i < session.count() && first < 0; i++) if (labels.getValue("class", i) == 1) first = i;
		Point centre = panel.pixelOf(first);
		Point a = new Point(centre.x - 30, centre.y - 25), b = new Point(centre.x + 30, centre.y + 25);
		GuiTestKit.onEdt(() -> {
			panel.dispatchEvent(new MouseEvent(panel, MouseEvent.MOUSE_PRESSED, 0, InputEvent.BUTTON1_DOWN_MASK, a.x,
				a.y, 1, false, MouseEvent.BUTTON1));
			panel.dispatchEvent(new MouseEvent(panel, MouseEvent.MOUSE_DRAGGED, 0, InputEvent.BUTTON1_DOWN_MASK, b.x,
				b.y, 1, false, MouseEvent.BUTTON1));
			panel.dispatchEvent(new MouseEvent(panel, MouseEvent.MOUSE_RELEASED, 0, 0, b.x, b.y, 1, false,
				MouseEvent.BUTTON1));
		});
		GuiTestKit.flushEdt();
		int shown = first;
		GuiTestKit.onEdt(() -> session.showSlice(shown));
		GuiTestKit.onEdt(() -> {
			Point p = panel.pixelOf(shown);
			panel.dispatchEvent(new MouseEvent(panel, MouseEvent.MOUSE_MOVED, 0, 0, p.x, p.y, 0, false));
		});
		GuiTestKit.flushEdt();
		ImagePlus gallery = window.lastGallery();
		Thread.sleep(500);
		Window galleryWindow = gallery == null ? null : gallery.getWindow();
		if (galleryWindow != null) GuiTestKit.screenshot(Paths.get(args[4]), window.frame(), galleryWindow);
		else GuiTestKit.screenshot(Paths.get(args[4]), window.frame());
		System.out.println("selected " + session.selectedSlices().length + " slices; wrote " + args[4]);
		GuiTestKit.onEdt(() -> WindowManager.closeAllWindows());
		GuiTestKit.quitImageJ(imagej);
		System.exit(0);
	}
}
