package io.github.vaeexplorer.analysis;

import io.github.vaeexplorer.data.ConversionResult;
import io.github.vaeexplorer.data.OutputImageFactory;
import io.github.vaeexplorer.latent.LatentEncoding;
import io.github.vaeexplorer.model.VaeModel;

import ij.ImagePlus;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A stack's slices grouped by their posterior means: the clustering, its mean silhouette, and a picture of each
 * cluster: its prototype (the decoding of its mean code) followed by its {@value #TYPICAL} most typical real slices
 * (the members whose codes lie nearest the mean), one row of {@value #ROW} images per cluster.
 *
 * @author VAE Explorer developers
 */
public final class LatentClusters {

	/** Real slices shown beside each prototype. */
	public static final int TYPICAL = 5;
	/** Images per cluster in the picture: the prototype and the typical slices (a row of a 6-column montage). */
	public static final int ROW = TYPICAL + 1;

	private final Clustering clustering;
	private final double silhouette;
	private final ImagePlus prototypes;

	private LatentClusters(Clustering clustering, double silhouette, ImagePlus prototypes) {
		this.clustering = clustering;
		this.silhouette = silhouette;
		this.prototypes = prototypes;
	}

	/**
	 * Clusters the slices of {@code source}.
	 *
	 * @throws IllegalArgumentException if there is no image, it does not suit the model, or it has fewer than k slices
	 */
	public static LatentClusters of(VaeModel model, ImagePlus source, int k, ClusterMethod method, long seed) {
		LatentEncoding encoding = LatentEncoding.of(model, source);
		double[][] codes = Distances.toDouble(encoding.mu());
		Clustering clustering = method.fit(codes, k, seed);
		double silhouette = Silhouette.mean(codes, clustering.labels(), seed);
		float[][] centres = new float[k][model.latent()];
		for (int c = 0; c < k; c++) {
			double[] centre = clustering.centre(c);
			for (int d = 0; d < centre.length; d++) centres[c][d] = (float) centre[d];
		}
		float[][] decoded = model.decode(centres);
		ConversionResult conversion = encoding.samples();
		float[] blank = new float[decoded[0].length];
		int[] sizes = clustering.sizes();
		List<float[]> images = new ArrayList<>();
		List<String> labels = new ArrayList<>();
		for (int c = 0; c < k; c++) {
			images.add(decoded[c]);
			labels.add(String.format(Locale.ROOT, "cluster %d prototype (%d slices)", c, sizes[c]));
			int[] typical = clustering.mostTypical(codes, c, TYPICAL);
			for (int t = 0; t < TYPICAL; t++) {
				boolean real = t < typical.length;
				images.add(real ? conversion.samples().sample(typical[t]) : blank);
				labels.add(real ? String.format(Locale.ROOT, "cluster %d typical %d: slice %d", c, t + 1, typical[t] +
					1) : "cluster " + c + ": no more slices");
			}
		}
		ImagePlus picture = new OutputImageFactory().create("Clusters of " + source.getTitle(), images, labels, model
			.normalisation(), conversion.geometry(), source.getCalibration());
		return new LatentClusters(clustering, silhouette, picture);
	}

	public Clustering clustering() { return clustering; }

	/** The mean silhouette of the clustering of the codes (NaN with a single non-empty cluster). */
	public double silhouette() { return silhouette; }

	/** Each cluster's prototype then its most typical slices, {@value #ROW} images a cluster. */
	public ImagePlus prototypes() { return prototypes; }
}
