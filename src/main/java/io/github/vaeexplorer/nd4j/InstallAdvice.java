package io.github.vaeexplorer.nd4j;

/**
 * What every "the installation is incomplete or broken" message tells the user to do. Depends on nothing, so that
 * the ImageJ menu's install check can use it before it knows which libraries are there.
 *
 * @author VAE Explorer developers
 */
public final class InstallAdvice {

	/** The fix, in Fiji and in plain ImageJ. */
	public static final String REINSTALL = "In Fiji: Help > Update..., enable the VAE Explorer update site and " +
		"apply its changes; in plain ImageJ: copy the whole plugins/ folder of the VAE Explorer download into ImageJ's " +
		"plugins/ folder. Then restart.";

	private InstallAdvice() {}
}
