package io.github.vaeexplorer.command;

import io.github.vaeexplorer.data.synthetic.SampleData;

import ij.ImagePlus;

import java.io.IOException;
import java.io.UncheckedIOException;

import org.scijava.ItemIO;
import org.scijava.command.Command;
import org.scijava.command.ContextCommand;
import org.scijava.plugin.Parameter;
import org.scijava.plugin.Plugin;

/**
 * {@code Open Sample Data...}: opens one of the stacks shipped in the plugin's {@code sample-data/}.
 *
 * @author VAE Explorer developers
 */
@Plugin(type = Command.class, headless = true, label = "Open Sample Data")
public class OpenSampleDataCommand extends ContextCommand {

	@Parameter(label = "sample", choices = { SampleData.SHAPES, SampleData.FASHION_MNIST }, persist = false)
	private String sample = SampleData.SHAPES;

	@Parameter(label = "stack", type = ItemIO.OUTPUT)
	private ImagePlus stack;

	@Override
	public void run() {
		try {
			stack = new SampleData().open(sample);
		}
		catch (IOException e) {
			throw new UncheckedIOException("the sample '" + sample + "' cannot be read: " + e.getMessage(), e);
		}
	}
}
