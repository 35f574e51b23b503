package io.github.vaeexplorer.ij;

import io.github.vaeexplorer.command.CommandContexts;

import ij.IJ;

import org.scijava.Context;

/**
 * The SciJava context menu commands run in: inside Fiji the application's own (its services, StatusService and
 * LogService, and what other plugins registered), found through ImageJ2's legacy layer; in a plain ImageJ 1.x one
 * private context, made on first use and kept for the rest of the ImageJ session.
 *
 * @author VAE Explorer developers
 */
final class SciJavaContexts {

	/** ImageJ2's legacy layer: where it is loaded, {@code IJ.runPlugIn(Context)} answers Fiji's context. */
	private static final String LEGACY_SERVICE = "net.imagej.legacy.LegacyService";

	private static Context privateContext;

	private SciJavaContexts() {}

	/** Fiji's context, or else this ImageJ session's private one. */
	static synchronized Context current() {
		Context fiji = applicationContext(SciJavaContexts.class.getClassLoader());
		if (fiji != null) return fiji;
		if (privateContext == null) privateContext = CommandContexts.create();
		return privateContext;
	}

	/**
	 * The application's context where ImageJ2's legacy layer runs (Fiji), else null. Plain ImageJ is never asked:
	 * there {@code IJ.runPlugIn} would build a context of every service on the class path.
	 */
	static Context applicationContext(ClassLoader loader) {
		try {
			Class.forName(LEGACY_SERVICE, false, loader);
		}
		catch (ClassNotFoundException | LinkageError e) {
			return null;
		}
		Object context = IJ.runPlugIn(Context.class.getName(), "");
		return context instanceof Context ? (Context) context : null;
	}
}
