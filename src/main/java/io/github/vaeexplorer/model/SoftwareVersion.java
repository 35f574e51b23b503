package io.github.vaeexplorer.model;

/**
 * The plugin's version as the jar's manifest states it ({@code dev} when running from classes, e.g. in tests).
 *
 * @author VAE Explorer developers
 */
public final class SoftwareVersion {

	private SoftwareVersion() {}

	public static String get() {
		String v = SoftwareVersion.class.getPackage().getImplementationVersion();
		return v == null ? "dev" : v;
	}
}
