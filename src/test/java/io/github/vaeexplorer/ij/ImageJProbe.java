package io.github.vaeexplorer.ij;

import ij.IJ;
import ij.Menus;
import ij.plugin.frame.Recorder;

import java.awt.Menu;
import java.awt.MenuBar;
import java.awt.MenuItem;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;

/**
 * Lets a macro running in a separate ImageJ process (see {@link ImageJApplicationIT}) look at ImageJ's menu bar and
 * drive ImageJ's Macro Recorder, through {@code call("io.github.vaeexplorer.ij.ImageJProbe.method", ...)}. The test
 * packs this class into a jar in that ImageJ's {@code plugins/jars/}; it is not part of the plugin.
 */
public final class ImageJProbe {

	private ImageJProbe() {}

	/**
	 * The labels of a menu of ImageJ's menu bar, separated by {@code |}, e.g. for {@code Plugins>VAE Explorer};
	 * {@code "no menu bar"} or {@code "no menu X"} when it does not exist.
	 */
	public static String menu(String path) {
		MenuBar bar = Menus.getMenuBar();
		if (bar == null) return "no menu bar";
		String[] names = path.split(">");
		Menu menu = null;
		for (int i = 0; i < bar.getMenuCount() && menu == null; i++) {
			if (bar.getMenu(i).getLabel().equals(names[0])) menu = bar.getMenu(i);
		}
		for (int n = 1; n < names.length && menu != null; n++) {
			Menu sub = null;
			for (int i = 0; i < menu.getItemCount(); i++) {
				MenuItem item = menu.getItem(i);
				if (item instanceof Menu && item.getLabel().equals(names[n])) sub = (Menu) item;
			}
			menu = sub;
		}
		if (menu == null) return "no menu " + path;
		List<String> labels = new ArrayList<>();
		for (int i = 0; i < menu.getItemCount(); i++) labels.add(menu.getItem(i).getLabel());
		return String.join("|", labels);
	}

	/**
	 * Opens ImageJ's Macro Recorder (Plugins › Macros › Record...) and lets it record the commands the running macro
	 * calls, as it records commands chosen from the menus.
	 */
	public static String startRecorder() {
		IJ.run("Record...");
		Recorder.recordInMacros = true;
		return Boolean.toString(Recorder.record && Recorder.getInstance() != null);
	}

	/** Writes what the Recorder recorded to a file, then stops and closes it. */
	public static String saveRecording(String file) throws IOException {
		Recorder recorder = Recorder.getInstance();
		if (recorder == null) return "no recorder";
		String text = recorder.getText();
		Recorder.recordInMacros = false;
		Recorder.record = false;
		recorder.close();
		Files.write(Paths.get(file), text.getBytes(StandardCharsets.UTF_8));
		return Integer.toString(text.length());
	}
}
