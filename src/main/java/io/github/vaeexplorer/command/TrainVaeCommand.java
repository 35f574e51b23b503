package io.github.vaeexplorer.command;

import io.github.vaeexplorer.model.AdversarialSettings;
import io.github.vaeexplorer.model.Architecture;
import io.github.vaeexplorer.model.EncoderKind;
import io.github.vaeexplorer.model.Objective;
import io.github.vaeexplorer.model.VaeConfig;
import io.github.vaeexplorer.train.CancellationToken;
import io.github.vaeexplorer.train.StreamingSettings;
import io.github.vaeexplorer.train.TrainingJob;
import io.github.vaeexplorer.train.TrainingListener;
import io.github.vaeexplorer.train.TrainingResult;

import ij.ImagePlus;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

import org.scijava.ItemIO;
import org.scijava.command.Command;
import org.scijava.command.ContextCommand;
import org.scijava.plugin.Parameter;
import org.scijava.plugin.Plugin;

/**
 * {@code Train VAE...}: trains a VAE on an image (stack or hyperstack), or on every image file of a folder
 * ({@code input}), and saves it as a model file. Parameter names are the macro keys of docs/reference.md.
 *
 * @author VAE Explorer developers
 */
@Plugin(type = Command.class, headless = true, label = "Train VAE")
public class TrainVaeCommand extends ContextCommand {

	@Parameter(label = "image", required = false, persist = false,
		description = "The stack to train on; ignored when input names a folder")
	private ImagePlus image;

	@Parameter(label = "model", description = "Where to save the model (*.vae.zip)", style = "save", persist = false)
	private String model = "";

	@Parameter(label = "architecture", choices = { "conv", "dense" }, persist = false)
	private String architecture = "conv";

	@Parameter(label = "latent", min = "1", persist = false)
	private int latent = 10;

	@Parameter(label = "beta", min = "0", description = "KL weight; 0 = plain autoencoder", persist = false)
	private double beta = 1.0;

	@Parameter(label = "warmup", min = "0", description = "KL warm-up epochs", persist = false)
	private int warmup = 0;

	@Parameter(label = "epochs", min = "1", persist = false)
	private int epochs = 30;

	@Parameter(label = "batch", min = "1", persist = false)
	private int batch = 64;

	@Parameter(label = "learning_rate", persist = false)
	private double learning_rate = 0.001;

	@Parameter(label = "size", min = "" + VaeConfig.MIN_SIZE, description = "Training resolution (square)", persist = false)
	private int size = 64;

	@Parameter(label = "validation", persist = false)
	private double validation = 0.1;

	@Parameter(label = "seed", persist = false)
	private long seed = 42;

	@Parameter(label = "resume", required = false, style = "open", description = "A model file to continue training",
		persist = false)
	private String resume = "";

	@Parameter(label = "input", required = false, style = "directory", persist = false,
		description = "A folder: train on every TIFF/PNG/JPEG image in it instead of the active image")
	private String input = "";

	@Parameter(label = "objective", choices = { "beta", "capacity", "tcvae", "adversarial" }, description =
		"beta: rec + beta*KL; capacity: rec + gamma*|KL - C|; tcvae: rec + MI + beta*TC + dimension-wise KL; " +
			"adversarial: rec, then a discriminator on the code pushes codes towards N(0, I)", persist = false)
	private String objective = "beta";

	@Parameter(label = "gamma", min = "0", description = "Weight of |KL - C| (capacity objective)", persist = false)
	private double gamma = 1000;

	@Parameter(label = "capacity", min = "0", description = "Final target KL C_max in nats (capacity objective)",
		persist = false)
	private double capacity = 25;

	@Parameter(label = "capacity_epochs", min = "1", description = "Epochs over which C rises from 0 to C_max",
		persist = false)
	private int capacity_epochs = 20;

	@Parameter(label = "stream", choices = { "auto", "always", "never" }, description =
		"Read the images from disk while training: auto = when they would not fit in memory", persist = false)
	private String stream = "auto";

	@Parameter(label = "buffer_mb", min = "1", description = "Memory for images read ahead while streaming (MB)",
		persist = false)
	private int buffer_mb = StreamingSettings.DEFAULT_BUFFER_MB;

	@Parameter(label = "adversarial_weight", min = "0", description =
		"Weight of the encoder's loss for fooling the discriminator (adversarial objective)", persist = false)
	private double adversarial_weight = AdversarialSettings.DEFAULT_WEIGHT;

	@Parameter(label = "disc_learning_rate", description = "The discriminator's Adam learning rate (adversarial " +
		"objective)", persist = false)
	private double disc_learning_rate = AdversarialSettings.DEFAULT_DISC_LEARNING_RATE;

	@Parameter(label = "disc_hidden", min = "1", description = "Units in each of the discriminator's two hidden " +
		"layers (adversarial objective)", persist = false)
	private int disc_hidden = AdversarialSettings.DEFAULT_DISC_HIDDEN;

	@Parameter(label = "encoder", choices = { "deterministic", "gaussian" }, description =
		"deterministic: z = mu(x); gaussian: z sampled from N(mu, sigma^2) (adversarial objective)", persist = false)
	private String encoder = AdversarialSettings.DEFAULT_ENCODER.key();

	@Parameter(label = "listener", required = false, persist = false)
	private TrainingListener listener;

	/** Lets a caller (the training monitor) stop the run; not a macro key. Created here when none is given. */
	@Parameter(label = "token", required = false, persist = false)
	private CancellationToken token;

	@Parameter(label = "saved_model", type = ItemIO.OUTPUT)
	private String saved_model;

	@Parameter(label = "summary", type = ItemIO.OUTPUT)
	private String summary;

	@Override
	public void run() {
		if (model == null || model.trim().isEmpty()) throw new IllegalArgumentException(
			"model must name the file to save the trained model to (e.g. model=[/path/cells.vae.zip])");
		VaeConfig settings = VaeConfig.builder().architecture(Architecture.fromKey(architecture)).latent(latent)
			.beta(beta).warmup(warmup).epochs(epochs).batch(batch).learningRate(learning_rate).size(size)
			.validation(validation).seed(seed).objective(Objective.fromKey(objective)).gamma(gamma)
			.capacity(capacity).capacityEpochs(capacity_epochs).adversarialWeight(adversarial_weight)
			.discLearningRate(disc_learning_rate).discHidden(disc_hidden).encoder(EncoderKind.fromKey(encoder)).build();
		String resumeFrom = resume == null ? "" : resume.trim();
		Path resumePath = resumeFrom.isEmpty() ? null : Paths.get(resumeFrom);
		Path output = Paths.get(model.trim());
		StreamingSettings streaming = new StreamingSettings(StreamingSettings.Mode.fromKey(stream), buffer_mb);
		TrainingJob job = new TrainingJob(listener, token());
		TrainingResult result;
		String folder = input == null ? "" : input.trim();
		if (!folder.isEmpty()) {
			if (!Files.isDirectory(Paths.get(folder))) throw new IllegalArgumentException("input must name a folder " +
				"of images (got '" + folder + "')");
			result = job.runOnFolder(Paths.get(folder), settings, streaming, resumePath, output);
		}
		else {
			if (image == null) throw new IllegalArgumentException(
				"there is no image to train on: open a stack first, or give input=[a folder of images]");
			result = job.run(image, settings, streaming, resumePath, output);
		}
		saved_model = result.model() == null ? null : model.trim();
		// A run that diverged past every recovery is a failure, even when an earlier epoch was kept and saved.
		if (result.status() == TrainingResult.Status.DIVERGED) throw new IllegalStateException(result.message() +
			(saved_model == null ? "" : " (saved to " + saved_model + ")"));
		summary = result.message() + (saved_model == null ? "" : " Saved " + saved_model + ".");
	}

	@Override
	public void cancel(String reason) {
		super.cancel(reason);
		token().cancel(CancellationToken.Mode.STOP_AND_KEEP);
	}

	private synchronized CancellationToken token() {
		if (token == null) token = new CancellationToken();
		return token;
	}
}
