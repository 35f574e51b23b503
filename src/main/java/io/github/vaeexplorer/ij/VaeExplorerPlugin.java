package io.github.vaeexplorer.ij;

import io.github.vaeexplorer.command.ArgumentBinder;
import io.github.vaeexplorer.command.CommandCatalog;
import io.github.vaeexplorer.command.CommandInputs;
import io.github.vaeexplorer.command.CommandRunner;
import io.github.vaeexplorer.explore.ExplorerSession;
import io.github.vaeexplorer.latent.TraversalSession;
import io.github.vaeexplorer.nd4j.InstallAdvice;
import io.github.vaeexplorer.nd4j.NativeBackend;
import io.github.vaeexplorer.train.CancellationToken;
import io.github.vaeexplorer.train.TrainingListener;
import io.github.vaeexplorer.train.TrainingListeners;
import io.github.vaeexplorer.ui.TrainingMonitor;
import io.github.vaeexplorer.ui.LatentExplorerWindow;
import io.github.vaeexplorer.ui.TraversalDialog;

import ij.IJ;
import ij.ImagePlus;
import ij.Macro;
import ij.WindowManager;
import ij.gui.GenericDialog;
import ij.macro.Interpreter;
import ij.gui.Plot;
import ij.gui.PlotWindow;
import ij.measure.ResultsTable;
import ij.plugin.PlugIn;
import ij.plugin.filter.Analyzer;

import java.awt.GraphicsEnvironment;
import java.nio.file.Paths;
import java.util.LinkedHashMap;
import java.util.Map;

import org.scijava.Context;
import org.scijava.command.CommandInfo;
import org.scijava.command.CommandService;
import org.scijava.module.Module;
import org.scijava.module.ModuleException;
import org.scijava.module.ModuleItem;

/**
 * The bridge from ImageJ 1.x menus and macros ({@code plugins.config}) to our SciJava commands: it builds a
 * GenericDialog from the command's parameters (so ImageJ's Macro Recorder records the keys of docs/reference.md and macros
 * replay them), runs the command, and shows its outputs. The argument is the command's verb, e.g. {@code train}.
 * Commands run in Fiji's own SciJava context where there is one ({@link SciJavaContexts}). Works the same in plain
 * ImageJ and in Fiji. With a display and outside batch mode, training shows a {@link
 * TrainingMonitor}; a {@link TraversalSession} output opens a {@link TraversalDialog}.
 *
 * @author VAE Explorer developers
 */
public class VaeExplorerPlugin implements PlugIn {

	/** ImageJ property holding the model trained or opened last in this session. */
	static final String LAST_MODEL = "vae_explorer.last_model";

	/**
	 * The label of a table output that belongs in ImageJ's own Results table (what a macro reads with
	 * {@code nResults} and {@code getResult}); other tables get a window of their own.
	 */
	public static final String RESULTS = "Results";

	@Override
	public void run(String verb) {
		CommandCatalog.Entry entry = CommandCatalog.byVerb(verb).orElse(null);
		if (entry == null) {
			VaeExplorerMenu.report("unknown VAE Explorer command '" + verb + "'");
			return;
		}
		try {
			NativeBackend.ensureLoaded();
			runCommand(SciJavaContexts.current(), entry);
		}
		catch (RuntimeException e) {
			fail(entry, e.getMessage() == null ? e.toString() : e.getMessage());
			if (IJ.debugMode) IJ.log("VAE Explorer: " + entry.menuName() + " failed: " + e);
		}
		catch (OutOfMemoryError e) {
			fail(entry, "Out of memory: use a smaller size or batch, or give ImageJ more memory (Edit > Options > " +
				"Memory & Threads).");
		}
		catch (LinkageError e) {
			// A class or native library that is missing or of the wrong version: the installation, not the input.
			fail(entry, "VAE Explorer's installation is broken (" + e + "). " + InstallAdvice.REINSTALL);
		}
	}

	private void runCommand(Context context, CommandCatalog.Entry entry) {
		CommandInfo info = context.service(CommandService.class).getCommand(entry.command());
		if (!info.canRunHeadless() && GraphicsEnvironment.isHeadless()) throw new IllegalStateException(entry
			.menuName() + " needs a display");
		ArgumentBinder binder = new ArgumentBinder(info, entry.menuName());
		String options = Macro.getOptions();
		// Every key and value of a macro is checked here, with our one-line messages (an unknown key names the valid
		// ones): ImageJ's own dialog would stop at a bad number with a modal "Macro Error", which hangs a batch run.
		if (options != null) {
			Map<String, String> given = new LinkedHashMap<>();
			for (String key : MacroOptions.keys(options)) given.put(key, Macro.getValue(options, key, ""));
			binder.bind(given);
		}
		Map<String, String> values = askValues(info, binder, entry.menuName());
		if (values == null) return; // the user cancelled the dialog
		Map<String, Object> inputs = binder.bind(values);
		ImagePlus image = WindowManager.getCurrentImage();
		if (image != null && image.getWindow() instanceof PlotWindow) image = null; // a plot is not a stack to use
		ModuleItem<?> imageInput = CommandInputs.ofType(info, ImagePlus.class).orElse(null);
		if (imageInput != null) {
			if (image == null && imageInput.isRequired()) throw new IllegalArgumentException(
				"there is no image open: open a stack first");
			inputs.put(imageInput.getName(), image);
		}
		// The menu's color_by default: ImageJ's Results table (a headless command never reads ImageJ's globals).
		CommandInputs.ofType(info, ResultsTable.class).ifPresent(in -> inputs.put(in.getName(), ResultsTable
			.getResultsTable()));
		TrainingMonitor monitor = null;
		ModuleItem<?> tokenInput = CommandInputs.ofType(info, CancellationToken.class).orElse(null);
		if (tokenInput != null && showsWindows()) {
			String model = values.get("model") == null ? "" : values.get("model").trim();
			monitor = TrainingMonitor.open(entry.menuName().replace("...", "") + (model.isEmpty() ? "" : ": " + Paths
				.get(model).getFileName()));
			inputs.put(tokenInput.getName(), monitor.token());
		}
		TrainingMonitor shown = monitor;
		CommandInputs.ofType(info, TrainingListener.class).ifPresent(in -> inputs.put(in.getName(), TrainingListeners
			.of(new IjProgressListener(), shown)));
		Map<String, Object> outputs;
		try {
			outputs = new CommandRunner(context).run(entry.command(), inputs);
		}
		catch (RuntimeException | Error e) {
			if (monitor != null) monitor.finished("Failed: " + (e.getMessage() == null ? e.toString() : e
				.getMessage()), false);
			throw e;
		}
		// A macro or script that trains many models should not leave a window per model open.
		if (monitor != null) monitor.finished(String.valueOf(outputs.get("summary")), options != null);
		show(info, outputs);
	}

	/** Whether to open windows beside the outputs: not headless, not in a batch-mode macro. */
	private static boolean showsWindows() {
		return !GraphicsEnvironment.isHeadless() && !Interpreter.isBatchMode();
	}

	/** Shows the dialog (or reads the macro's options) and returns the values as text, or null if cancelled. */
	private Map<String, String> askValues(CommandInfo info, ArgumentBinder binder, String title) {
		Module defaults;
		try {
			defaults = info.createModule();
		}
		catch (ModuleException e) {
			throw new IllegalStateException("cannot create " + title + ": " + e.getMessage(), e);
		}
		GenericDialog gd = new GenericDialog(title);
		for (String key : binder.textKeys()) {
			ModuleItem<?> item = info.getInput(key);
			Object value = defaults.getInput(key);
			if (key.equals("model") && !CommandInputs.isOutputFile(item)) value = lastModel(value);
			Class<?> type = item.getType();
			if (item.getChoices() != null && !item.getChoices().isEmpty()) {
				String[] choices = item.getChoices().stream().map(Object::toString).toArray(String[]::new);
				gd.addChoice(key, choices, String.valueOf(value));
			}
			else if (type == int.class || type == long.class) {
				gd.addNumericField(key, ((Number) value).doubleValue(), 0);
			}
			else if (type == double.class) {
				gd.addNumericField(key, ((Number) value).doubleValue(), 4);
			}
			else if ("directory".equals(item.getWidgetStyle())) {
				gd.addDirectoryField(key, value == null ? "" : value.toString());
			}
			else if ("open".equals(item.getWidgetStyle()) || "save".equals(item.getWidgetStyle())) {
				gd.addFileField(key, value == null ? "" : value.toString());
			}
			else {
				gd.addStringField(key, value == null ? "" : value.toString(), 12);
			}
		}
		gd.showDialog();
		if (gd.wasCanceled()) return null;
		Map<String, String> values = new LinkedHashMap<>();
		for (String key : binder.textKeys()) {
			ModuleItem<?> item = info.getInput(key);
			Class<?> type = item.getType();
			if (item.getChoices() != null && !item.getChoices().isEmpty()) values.put(key, gd.getNextChoice());
			else if (type == int.class || type == long.class || type == double.class) {
				double v = gd.getNextNumber();
				if (gd.invalidNumber()) throw new IllegalArgumentException(key + " must be a number");
				values.put(key, type == double.class ? Double.toString(v) : Long.toString(Math.round(v)));
			}
			else values.put(key, gd.getNextString());
		}
		return values;
	}

	private static Object lastModel(Object fallback) {
		String last = IJ.getProperty(LAST_MODEL) instanceof String ? (String) IJ.getProperty(LAST_MODEL) : null;
		return last != null ? last : fallback;
	}

	/**
	 * Shows the outputs in the order the command declares them: images, plots, tables (one labelled
	 * {@value #RESULTS} as ImageJ's Results table), and text in the Log.
	 */
	private static void show(CommandInfo info, Map<String, Object> outputs) {
		for (ModuleItem<?> item : info.outputs()) {
			Object value = outputs.get(item.getName());
			if (value instanceof ImagePlus) ((ImagePlus) value).show();
			else if (value instanceof Plot) ((Plot) value).show();
			else if (value instanceof ResultsTable) show(item, (ResultsTable) value);
			else if (value instanceof TraversalSession) TraversalDialog.open((TraversalSession) value);
			else if (value instanceof ExplorerSession) LatentExplorerWindow.open((ExplorerSession) value);
			else if (item.getName().equals("saved_model") && value != null) IJ.setProperty(LAST_MODEL, value);
			else if (value instanceof String) IJ.log("VAE Explorer: " + value);
		}
	}

	private static void show(ModuleItem<?> item, ResultsTable table) {
		if (!RESULTS.equals(item.getLabel())) {
			table.show("VAE Explorer " + item.getName());
			return;
		}
		// Made the system table first: in batch mode show() alone leaves nResults and getResult() on the old one.
		Analyzer.setResultsTable(table);
		table.show(RESULTS);
	}

	private static void fail(CommandCatalog.Entry entry, String message) {
		VaeExplorerMenu.report(entry.menuName() + ": " + message);
	}
}
