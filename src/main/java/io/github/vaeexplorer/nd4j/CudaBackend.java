package io.github.vaeexplorer.nd4j;

import org.nd4j.common.config.ND4JClassLoading;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.factory.Nd4jBackend;

/**
 * ND4J's CUDA backend, in a build made with {@code mvn package -Pcuda} (nd4j-cuda-11.6 in place of nd4j-native). It
 * is asked for a usable GPU before ND4J loads it, so that a machine without one (no NVIDIA driver, no CUDA 11.6
 * libraries, no device) gets one message that names the problem, not ND4J's stack trace. Compiled without
 * nd4j-cuda: the backend is reached by name.
 *
 * @author VAE Explorer developers
 */
final class CudaBackend {

	/** ND4J's CUDA backend class, present only in a {@code -Pcuda} build. */
	static final String BACKEND_CLASS = "org.nd4j.linalg.jcublas.JCublasBackend";

	private CudaBackend() {}

	/** Whether this build carries ND4J's CUDA backend. */
	static boolean isInstalled(ClassLoader loader) {
		return loader.getResource(BACKEND_CLASS.replace('.', '/') + ".class") != null;
	}

	/**
	 * Checks for a usable GPU, then loads ND4J with the CUDA backend.
	 *
	 * @return a one-line description, e.g. {@code "nd4j-cuda-11.6, 1 GPU"}
	 * @throws NativeBackendException if no GPU can be used here; the message names the cause and the CPU build
	 */
	static String load(ClassLoader loader) {
		try {
			Nd4jBackend backend = (Nd4jBackend) Class.forName(BACKEND_CLASS, true, loader).getDeclaredConstructor()
				.newInstance();
			backend.canRun();
		}
		catch (ReflectiveOperationException | LinkageError | RuntimeException e) {
			throw new NativeBackendException(noGpu(NativeBackend.rootCause(e)), e);
		}
		try {
			ND4JClassLoading.setNd4jClassloaderFromClass(NativeBackend.class);
			Nd4j.getBackend();
			int devices = Nd4j.getAffinityManager().getNumberOfDevices();
			return "nd4j-cuda-11.6, " + devices + (devices == 1 ? " GPU" : " GPUs");
		}
		catch (LinkageError | RuntimeException e) {
			throw new NativeBackendException(noGpu(NativeBackend.rootCause(e)), e);
		}
	}

	/** The message for a CUDA build that cannot use a GPU here. */
	static String noGpu(String cause) {
		return "This VAE Explorer is the CUDA build (mvn package -Pcuda) and cannot use a GPU here (" + cause +
			"). It needs an NVIDIA GPU, its driver for CUDA 11.6 or later, and the CUDA 11.6 and cuDNN 8.3 libraries " +
			"on the library path; on a machine without them, use the CPU build (mvn package).";
	}
}
