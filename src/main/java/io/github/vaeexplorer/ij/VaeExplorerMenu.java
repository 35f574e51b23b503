package io.github.vaeexplorer.ij;

import io.github.vaeexplorer.nd4j.InstallAdvice;

import ij.IJ;
import ij.Macro;
import ij.macro.Interpreter;
import ij.plugin.PlugIn;

import java.awt.GraphicsEnvironment;

/**
 * What ImageJ's menus ({@code plugins.config}) run: checks that the libraries VAE Explorer needs beside ImageJ are
 * installed, then hands the command's verb to {@link VaeExplorerPlugin}. It depends on ImageJ alone, so that an
 * incomplete installation (say scijava-common or ND4J's jars not copied) gives one message naming what is missing
 * and what to do, in the GUI, in a macro and in {@code -batch} mode, instead of ImageJ failing to load the plugin
 * class and a macro going on without a word.
 *
 * @author VAE Explorer developers
 */
public class VaeExplorerMenu implements PlugIn {

	/** Each library VAE Explorer needs beside ImageJ: its jar's name, and a class only that jar holds. */
	private static final String[][] REQUIRED = {
		{ "scijava-common", "org.scijava.Context" },
		{ "parsington", "org.scijava.parsington.Variable" },
		{ "imglib2", "net.imglib2.Interval" },
		{ "gson", "com.google.gson.Gson" },
		{ "nd4j-api", "org.nd4j.linalg.factory.Nd4j" },
		{ "nd4j-native", "org.nd4j.linalg.cpu.nativecpu.CpuBackend" },
		{ "javacpp", "org.bytedeco.javacpp.Loader" },
		{ "openblas", "org.bytedeco.openblas.global.openblas_nolapack" } };

	private static final String TITLE = "VAE Explorer";

	@Override
	public void run(String verb) {
		String missing = missingLibrary(VaeExplorerMenu.class.getClassLoader());
		if (missing != null) {
			report(missing);
			return;
		}
		new VaeExplorerPlugin().run(verb);
	}

	/**
	 * The message for the first required library a class loader cannot see, or null when all are there.
	 *
	 * @param loader the class loader the plugin runs in
	 */
	public static String missingLibrary(ClassLoader loader) {
		for (String[] library : REQUIRED) {
			try {
				Class.forName(library[1], false, loader);
			}
			catch (ClassNotFoundException | LinkageError e) {
				return "VAE Explorer's installation is incomplete: " + library[0] + " (" + library[0] + "-*.jar, class " +
					library[1] + ") is missing. " + InstallAdvice.REINSTALL;
			}
		}
		return null;
	}

	/**
	 * One message wherever the user is: always in the Log (which {@code -batch} mode prints on stdout); in a dialog
	 * only where someone can close it (ImageJ's window is up and no batch-mode macro runs: a modal dialog would hang
	 * a batch run); and a running macro stops there.
	 */
	static void report(String message) {
		IJ.log(TITLE + ": " + message);
		boolean macro = Macro.getOptions() != null || IJ.isMacro() || Interpreter.getInstance() != null;
		boolean someoneToClick = IJ.getInstance() != null && !GraphicsEnvironment.isHeadless() && !Interpreter
			.isBatchMode();
		if (someoneToClick) IJ.error(TITLE, message);
		if (macro) {
			Interpreter.abort();
			Macro.abort();
		}
	}
}
