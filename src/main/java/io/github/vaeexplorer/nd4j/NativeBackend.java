package io.github.vaeexplorer.nd4j;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

import org.nd4j.common.config.ND4JClassLoading;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Prepares ND4J's native CPU backend before its first use: picks the fastest nd4j-native build this CPU can
 * run, and makes ND4J find its classes when the plugin is loaded by ImageJ's plugin class loader.
 * <p>
 * Both steps must happen before any JavaCPP class loads: JavaCPP reads {@value #EXTENSION_PROPERTY} once, and
 * an AVX-512 build started on a CPU without AVX-512 ends the whole JVM (and with it ImageJ). Calling
 * {@link #ensureLoaded()} more than once is cheap; only the first call does work.
 *
 * @author VAE Explorer developers
 */
public final class NativeBackend {

	/** The JavaCPP system property that selects a native build variant, e.g. {@code -onednn-avx512}. */
	public static final String EXTENSION_PROPERTY = "org.bytedeco.javacpp.platform.extension";

	/** System property a user may set to force a variant ({@code none}, {@code onednn-avx2}, ...). */
	public static final String OVERRIDE_PROPERTY = "vae.nd4j.variant";

	private static final String BINDINGS = "org/nd4j/linalg/cpu/nativecpu/bindings/linux-x86_64%s/libnd4jcpu.so";

	private NativeBackend() {}

	/**
	 * Loads ND4J's CPU backend once per JVM, with the variant {@link #chooseVariant} picks. Later calls only set
	 * the calling thread's context class loader, which ND4J needs on every thread that creates arrays.
	 *
	 * @return a one-line description of the loaded backend, e.g. {@code "nd4j-native -onednn-avx512, 2 threads"}
	 */
	public static String ensureLoaded() {
		Thread.currentThread().setContextClassLoader(NativeBackend.class.getClassLoader());
		return Holder.DESCRIPTION;
	}

	/**
	 * The variant suffix (for {@value #EXTENSION_PROPERTY}) that suits a CPU with the given flags, among the
	 * variants whose native library is on the class path. An empty string means the portable build.
	 *
	 * @param cpuFlags the flags of /proc/cpuinfo (lower case), empty when unknown
	 * @param available which suffixes have their native library present
	 */
	public static String chooseVariant(Set<String> cpuFlags, Set<String> available) {
		boolean avx512 = cpuFlags.containsAll(Arrays.asList("avx512f", "avx512bw", "avx512dq", "avx512vl"));
		boolean avx2 = cpuFlags.containsAll(Arrays.asList("avx2", "fma", "f16c"));
		if (avx512 && available.contains("-onednn-avx512")) return "-onednn-avx512";
		if ((avx512 || avx2) && available.contains("-onednn-avx2")) return "-onednn-avx2";
		return "";
	}

	/** The CPU flags of this machine from /proc/cpuinfo, or an empty set where that file does not exist. */
	public static Set<String> cpuFlags() {
		Path cpuinfo = Paths.get("/proc/cpuinfo");
		if (!Files.isReadable(cpuinfo)) return new HashSet<>();
		try {
			for (String line : Files.readAllLines(cpuinfo, StandardCharsets.UTF_8)) {
				if (line.startsWith("flags")) {
					String flags = line.substring(line.indexOf(':') + 1).trim().toLowerCase(Locale.ROOT);
					return new HashSet<>(Arrays.asList(flags.split("\\s+")));
				}
			}
		}
		catch (IOException e) {
			// Unreadable CPU description: fall back to the portable build below.
		}
		return new HashSet<>();
	}

	private static Set<String> availableVariants() {
		Set<String> found = new HashSet<>();
		ClassLoader loader = NativeBackend.class.getClassLoader();
		for (String suffix : new String[] { "-onednn-avx512", "-onednn-avx2" }) {
			if (loader.getResource(String.format(BINDINGS, suffix)) != null) found.add(suffix);
		}
		return found;
	}

	private static String initialise() {
		if (System.getProperty(EXTENSION_PROPERTY) == null) {
			String override = System.getProperty(OVERRIDE_PROPERTY);
			String variant = override != null ? (override.equals("none") ? "" : "-" + override.replaceFirst("^-", ""))
				: chooseVariant(cpuFlags(), availableVariants());
			System.setProperty(EXTENSION_PROPERTY, variant);
		}
		ND4JClassLoading.setNd4jClassloaderFromClass(NativeBackend.class);
		Nd4j.getBackend();
		String variant = System.getProperty(EXTENSION_PROPERTY);
		return "nd4j-native" + (variant.isEmpty() ? " (portable)" : " " + variant) + ", " +
			Runtime.getRuntime().availableProcessors() + " cores";
	}

	/** Lazy, thread-safe, once-only initialisation (the JVM runs a class initialiser exactly once). */
	private static final class Holder {

		static final String DESCRIPTION = initialise();
	}
}
