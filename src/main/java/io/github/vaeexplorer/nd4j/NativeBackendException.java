package io.github.vaeexplorer.nd4j;

/**
 * ND4J's native backend cannot run here: an unsupported platform, a missing native jar, or a native library that
 * failed to load. The message is one sentence for the user: what is missing and what to do.
 *
 * @author VAE Explorer developers
 */
public class NativeBackendException extends IllegalStateException {

	private static final long serialVersionUID = 1L;

	public NativeBackendException(String message) {
		super(message);
	}

	public NativeBackendException(String message, Throwable cause) {
		super(message, cause);
	}
}
