package io.github.vaeexplorer.command;

import io.github.vaeexplorer.export.BioimageioExport;
import io.github.vaeexplorer.export.VaeOnnx;
import io.github.vaeexplorer.model.VaeModel;

import java.io.IOException;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;

import org.scijava.ItemIO;
import org.scijava.command.Command;
import org.scijava.command.ContextCommand;
import org.scijava.plugin.Parameter;
import org.scijava.plugin.Plugin;

/**
 * {@code Export Model...}: writes a trained model as a bioimage.io model package ({@code out}, a {@code .zip}) with
 * its encoder and decoder as ONNX graphs, for DeepImageJ, ilastik and bioimageio.core.
 *
 * @author VAE Explorer developers
 */
@Plugin(type = Command.class, headless = true, label = "Export Model")
public class ExportModelCommand extends ContextCommand {

	@Parameter
	private ModelService models;

	@Parameter(label = "model", style = "open", persist = false)
	private String model = "";

	@Parameter(label = "out", style = "save", persist = false,
		description = "The bioimage.io package to write (*.zip)")
	private String out = "";

	@Parameter(label = "format", choices = { BioimageioExport.FORMAT }, persist = false)
	private String format = BioimageioExport.FORMAT;

	@Parameter(label = "summary", type = ItemIO.OUTPUT)
	private String summary;

	@Override
	public void run() {
		Path file = ModelArgument.path(model);
		if (!BioimageioExport.FORMAT.equals(format == null ? "" : format.trim())) throw new IllegalArgumentException(
			"format must be " + BioimageioExport.FORMAT + " (got '" + format + "')");
		if (out == null || out.trim().isEmpty()) throw new IllegalArgumentException(
			"out must name the .zip file to write (the bioimage.io package)");
		Path target = Paths.get(out.trim());
		if (target.toAbsolutePath().normalize().equals(file.toAbsolutePath().normalize())) throw new
			IllegalArgumentException("out " + target + " is the model file: the model is never replaced; choose " +
				"another name");
		BioimageioExport.checkWritable(target);
		VaeModel vae = models.load(file);
		List<String> files;
		try {
			files = BioimageioExport.write(vae, ModelArgument.displayName(file), target);
		}
		catch (IOException e) {
			throw new IllegalStateException("out " + e.getMessage(), e);
		}
		summary = "wrote " + target + ": a bioimage.io package (ONNX opset " + VaeOnnx.opset() + ") of " + files
			.size() + " files: " + String.join(", ", files);
	}
}
