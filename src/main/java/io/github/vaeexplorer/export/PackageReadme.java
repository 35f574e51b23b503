package io.github.vaeexplorer.export;

import io.github.vaeexplorer.data.Normalisation;
import io.github.vaeexplorer.model.LatentStatistics;
import io.github.vaeexplorer.model.VaeModel;

import java.util.Locale;

/**
 * The package's README.md (its bioimage.io {@code documentation}): what the model and each file is, how the inputs
 * are normalised, and what each latent dimension carries (KL per dimension, active ones marked).
 *
 * @author VAE Explorer developers
 */
final class PackageReadme {

	private PackageReadme() {}

	static String text(VaeModel model, String name) {
		StringBuilder s = new StringBuilder();
		int c = model.config().channels(), size = model.config().size(), k = model.latent();
		s.append("# ").append(name).append(": a variational autoencoder from VAE Explorer\n\n");
		s.append(String.format(Locale.ROOT, "Architecture `%s`, %d latent dimensions, trained on %d×%d images with %d " +
			"channel(s), objective `%s` (beta %s).%n%n", model.config().architecture().key(), k, size, size, c, model
				.config().objective().key(), model.config().beta()));
		s.append("## Files\n\n");
		s.append("| file | what |\n|---|---|\n");
		s.append("| `").append(PackageFiles.AUTOENCODER).append("` | the model of rdf.yaml: `image` [batch, ").append(c)
			.append(", ").append(size).append(", ").append(size).append("] in [0,1] → `mu`, `logvar` [batch, ").append(k)
			.append("] and `reconstruction` (the decoded `mu`) |\n");
		s.append("| `").append(PackageFiles.ENCODER).append("` | the encoder alone: `image` → `mu`, `logvar` |\n");
		s.append("| `").append(PackageFiles.DECODER).append("` | the decoder alone: `z` [batch, ").append(k)
			.append("] → `image` in [0,1] (the mean of p(x|z)) |\n");
		s.append("| `test_*.npy`, `decoder_test_*.npy` | test tensors computed by VAE Explorer's own network |\n");
		s.append("| `").append(PackageFiles.COVER).append("` | a traversal grid: one row a dimension (largest KL first), ")
			.append("columns from -").append(CoverImage.RANGE).append(" to +").append(CoverImage.RANGE).append(" |\n");
		s.append("| `").append(PackageFiles.MODEL_INFO).append("` | the training config, history and latent statistics |\n\n");
		s.append("The graphs are ONNX, opset ").append(VaeOnnx.opset()).append(", and work on normalised images. ");
		s.append("rdf.yaml declares the normalisation the model was trained with as preprocessing (`scale_linear` per ")
			.append("channel, then `clip` to [0,1]) and its inverse as the reconstruction's postprocessing:\n\n");
		Normalisation norm = model.normalisation();
		s.append("| channel | source value mapped to 0 | mapped to 1 |\n|---|---|---|\n");
		for (int i = 0; i < c; i++) s.append(String.format(Locale.ROOT, "| c%d | %s | %s |%n", i, norm.low(i), norm
			.high(i)));
		s.append("\nThe decoder alone outputs [0,1]; multiply by (high - low) and add low for the source scale.\n\n");
		s.append("## Latent dimensions\n\n");
		LatentStatistics stats = model.statistics();
		s.append(String.format(Locale.ROOT, "Total KL %.3f nats; a dimension is active when its KL exceeds %s nats.%n%n",
			stats.totalKl(), LatentStatistics.ACTIVE_THRESHOLD));
		s.append("| dimension | KL (nats) | active | mean of mu | variance of mu |\n|---|---|---|---|---|\n");
		double[] kl = stats.klPerDim(), mean = stats.muMean(), variance = stats.muVariance();
		for (int d : stats.rankedByKl()) s.append(String.format(Locale.ROOT, "| z%d | %.4f | %s | %.4f | %.4f |%n", d,
			kl[d], stats.isActive(d) ? "yes" : "no", mean[d], variance[d]));
		s.append("\nActive dimensions carry what the model learned about the images; inactive ones decode to the same ")
			.append("image whatever their value. The cover shows what changes along the most informative ones.\n");
		return s.toString();
	}
}
