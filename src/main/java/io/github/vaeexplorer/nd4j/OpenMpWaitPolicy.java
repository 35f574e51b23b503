package io.github.vaeexplorer.nd4j;

import com.sun.jna.Platform;
import com.sun.jna.platform.unix.LibC;

/**
 * Lets ND4J's OpenMP threads sleep, rather than spin, while they wait for each other, unless the user chose a policy.
 * <p>
 * libnd4j and oneDNN run their parallel loops on GNU OpenMP (libgomp), which by default spins each idle thread for
 * 300,000 iterations at every barrier before it sleeps. On a quiet machine this costs nothing measurable. When
 * another program holds a core, the spinning thread takes CPU time from the straggling one that shares the busy core,
 * and every step waits for the straggler. Measured from outside (dense training, 2 cores, one of them busy with another
 * program), the default ran at 584–649 images/s and {@code OMP_WAIT_POLICY=passive} at 1,278–1,546.
 * <p>
 * libgomp reads {@value #VARIABLE} once, when it is loaded, so this must run before JavaCPP loads libnd4j. It sets
 * the variable in the process environment (the C library's, through JNA) only where it is unset; the effect is
 * limited to OpenMP runtimes loaded after it. A user's own {@code OMP_WAIT_POLICY} (e.g. {@code active}) is kept.
 * Windows is left as it is: its nd4j build's OpenMP reads the C runtime's environment, which this does not reach.
 *
 * @author VAE Explorer developers
 */
final class OpenMpWaitPolicy {

	/** The OpenMP environment variable naming the wait policy ({@code active} or {@code passive}). */
	static final String VARIABLE = "OMP_WAIT_POLICY";

	/** The policy set where the user chose none. */
	static final String PASSIVE = "passive";

	private OpenMpWaitPolicy() {}

	/**
	 * Sets {@value #VARIABLE}={@value #PASSIVE} in this process's environment unless it is set already; where JNA
	 * cannot reach the C library (or on Windows) OpenMP keeps its default, which is only slower under load.
	 */
	static void preferPassive() {
		if (System.getenv(VARIABLE) != null || Platform.isWindows()) return;
		try {
			if (LibC.INSTANCE.getenv(VARIABLE) == null) LibC.INSTANCE.setenv(VARIABLE, PASSIVE, 0);
		}
		catch (LinkageError | RuntimeException e) {
			// JNA cannot reach the C library here: OpenMP keeps its default policy.
		}
	}
}
