package io.github.vaeexplorer.nd4j;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;

import org.bytedeco.javacpp.Loader;
import org.nd4j.common.config.ND4JClassLoading;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Prepares ND4J's native CPU backend before its first use: finds this machine's platform with JavaCPP's own
 * detection ({@link Loader#getPlatform()}), checks that the natives for it are installed, picks the fastest
 * nd4j-native build this CPU can run, and makes ND4J find its classes when the plugin is loaded by ImageJ's plugin
 * class loader.
 * <p>
 * All of it must happen before JavaCPP loads a native library: JavaCPP reads {@value #EXTENSION_PROPERTY} (a
 * JVM-wide setting, as JavaCPP requires) when it loads, OpenMP reads its wait policy when it loads (see
 * {@link OpenMpWaitPolicy}: passive unless the user chose one), and an AVX-512 build started on a CPU without
 * AVX-512 ends the whole JVM (and with it Fiji). A problem (unsupported platform, a missing native jar, a library
 * that does not load) is a {@link NativeBackendException} whose message says what is missing and what to do; it is
 * raised again, with the same message, by every later call, so no command runs half-initialised.
 *
 * @author VAE Explorer developers
 */
public final class NativeBackend {

	/** The JavaCPP system property that selects a native build variant, e.g. {@code -onednn-avx512}. */
	public static final String EXTENSION_PROPERTY = "org.bytedeco.javacpp.platform.extension";

	/** System property a user may set to force a build ({@code none}, {@code onednn-avx2}, ...). */
	public static final String OVERRIDE_PROPERTY = "vae.nd4j.variant";

	private static String description;

	private NativeBackend() {}

	/**
	 * Loads ND4J's CPU backend once per JVM, with the build {@link #chooseBuild} picks, and lets the calling thread
	 * find ND4J's classes (ND4J asks the thread's context class loader).
	 *
	 * @return a one-line description of the loaded backend, e.g. {@code "nd4j-native linux-x86_64-onednn-avx512,
	 *         2 cores"}
	 * @throws NativeBackendException if the backend cannot run here; the message names the problem and the fix
	 */
	public static synchronized String ensureLoaded() {
		useOwnClassLoaderIfBlind();
		if (description == null) description = load();
		return description;
	}

	/**
	 * The build suffix (for {@value #EXTENSION_PROPERTY}) to load on a platform: the fastest installed build the
	 * CPU can run, else the portable one ("").
	 *
	 * @param platform the platform
	 * @param cpuFlags the CPU's feature flags (lower case, as /proc/cpuinfo names them), empty when unknown
	 * @param installed whether a build (by suffix) has its native library on the class path
	 * @param override a user's choice ({@code none}, {@code onednn-avx2}, ...), or null
	 * @throws NativeBackendException if no installed build can run on this CPU, or the override cannot be honoured
	 */
	public static String chooseBuild(NativePlatform platform, Set<String> cpuFlags, Predicate<String> installed,
		String override)
	{
		if (override != null) {
			String build = override.equals("none") || override.isEmpty() ? "" : "-" + override.replaceFirst("^-", "");
			if (!build.isEmpty() && !platform.cpuSpecificBuilds().contains(build)) throw new NativeBackendException(
				OVERRIDE_PROPERTY + "=" + override + " names no nd4j-native build of " + platform.javacppName() +
				"; use none" + platform.cpuSpecificBuilds().stream().map(b -> ", " + b.substring(1)).reduce("", String::concat));
			if (!cpuCanRun(build, cpuFlags)) throw new NativeBackendException(OVERRIDE_PROPERTY + "=" + override +
				" needs CPU features (" + String.join(", ", requiredFlags(build)) + ") this CPU does not report");
			if (!installed.test(build)) throw missing(platform, build);
			return build;
		}
		for (String build : platform.cpuSpecificBuilds()) {
			if (installed.test(build) && cpuCanRun(build, cpuFlags)) return build;
		}
		if (installed.test("")) return "";
		for (String build : platform.cpuSpecificBuilds()) {
			if (installed.test(build)) throw new NativeBackendException("This CPU lacks " + String.join(", ",
				requiredFlags(build)) + ", which the installed " + platform.nd4jJar(build) + " needs: put the portable " +
				platform.nd4jJar("") + " (in the plain-ImageJ download of VAE Explorer) into jars/" + platform
					.fijiFolder() + "/ in its place, then restart.");
		}
		throw missing(platform, "");
	}

	/** Whether a CPU with these flags runs a build: the portable one always, the others with their features. */
	public static boolean cpuCanRun(String build, Set<String> cpuFlags) {
		return cpuFlags.containsAll(requiredFlags(build));
	}

	private static List<String> requiredFlags(String build) {
		switch (build) {
			case "-onednn-avx512":
				return Arrays.asList("avx2", "fma", "f16c", "avx512f", "avx512bw", "avx512dq", "avx512vl");
			case "-onednn-avx2":
				return Arrays.asList("avx2", "fma", "f16c");
			default:
				return Collections.emptyList();
		}
	}

	/**
	 * This CPU's feature flags, read from the operating system where a platform has CPU-specific builds (Linux's
	 * /proc/cpuinfo); empty where unknown, which selects the portable build.
	 */
	public static Set<String> cpuFlags(NativePlatform platform) {
		if (platform.cpuSpecificBuilds().isEmpty()) return Collections.emptySet();
		return cpuInfoFlags(Paths.get("/proc/cpuinfo"));
	}

	/** The {@code flags} line of a /proc/cpuinfo file; empty when the file is missing or unreadable. */
	static Set<String> cpuInfoFlags(Path cpuinfo) {
		if (!Files.isReadable(cpuinfo)) return Collections.emptySet();
		try {
			for (String line : Files.readAllLines(cpuinfo, StandardCharsets.UTF_8)) {
				if (line.startsWith("flags")) {
					String flags = line.substring(line.indexOf(':') + 1).trim().toLowerCase(Locale.ROOT);
					return new HashSet<>(Arrays.asList(flags.split("\\s+")));
				}
			}
		}
		catch (IOException e) {
			// Unreadable CPU description: the portable build runs everywhere.
		}
		return Collections.emptySet();
	}

	/** The platform JavaCPP detects here (it honours {@code -Dorg.bytedeco.javacpp.platform}). */
	public static NativePlatform detectPlatform() {
		String name;
		try {
			name = Loader.getPlatform();
		}
		catch (LinkageError e) {
			throw new NativeBackendException("VAE Explorer's installation is incomplete: JavaCPP (javacpp-*.jar) " +
				"is missing or broken (" + e + "). " + InstallAdvice.REINSTALL, e);
		}
		return NativePlatform.of(name).orElseThrow(() -> new NativeBackendException("VAE Explorer does not run on " +
			name + ": ND4J " + NativePlatform.ND4J_VERSION + " has native libraries for " + NativePlatform
				.supportedNames() + " only."));
	}

	/**
	 * Checks that everything the chosen build needs is installed for {@code platform}, naming the first missing
	 * jar.
	 */
	static void checkInstalled(NativePlatform platform, String build, Predicate<String> resourcePresent) {
		if (!resourcePresent.test(platform.nd4jLibrary(build))) throw missing(platform, build);
		if (!resourcePresent.test(platform.openblasLibrary())) throw new NativeBackendException("VAE Explorer's " +
			"installation lacks OpenBLAS for " + platform.javacppName() + " (openblas-*-" + platform.javacppName() +
			".jar in jars/" + platform.fijiFolder() + "/). " + InstallAdvice.REINSTALL);
		if (!resourcePresent.test(platform.javacppLibrary())) throw new NativeBackendException("VAE Explorer's " +
			"installation lacks JavaCPP for " + platform.javacppName() + " (javacpp-*-" + platform.javacppName() +
			".jar in jars/" + platform.fijiFolder() + "/). " + InstallAdvice.REINSTALL);
	}

	private static NativeBackendException missing(NativePlatform platform, String build) {
		return new NativeBackendException("VAE Explorer's installation lacks ND4J's native library for " + platform
			.javacppName() + " (" + platform.nd4jJar(build) + " in jars/" + platform.fijiFolder() + "/). " + InstallAdvice.REINSTALL);
	}

	private static String load() {
		ClassLoader loader = NativeBackend.class.getClassLoader();
		if (CudaBackend.isInstalled(loader)) return CudaBackend.load(loader);
		NativePlatform platform = detectPlatform();
		Predicate<String> present = resource -> loader.getResource(resource) != null;
		String preset = System.getProperty(EXTENSION_PROPERTY);
		String build = chooseBuild(platform, cpuFlags(platform), b -> present.test(platform.nd4jLibrary(b)),
			preset != null ? preset : System.getProperty(OVERRIDE_PROPERTY));
		checkInstalled(platform, build, present);
		OpenMpWaitPolicy.preferPassive();
		System.setProperty(EXTENSION_PROPERTY, build);
		try {
			ND4JClassLoading.setNd4jClassloaderFromClass(NativeBackend.class);
			Nd4j.getBackend();
		}
		catch (LinkageError | RuntimeException e) {
			throw new NativeBackendException("ND4J's native library for " + platform.javacppName() + build +
				" did not load (" + rootCause(e) + "). " + InstallAdvice.REINSTALL, e);
		}
		return "nd4j-native " + platform.javacppName() + (build.isEmpty() ? " (portable)" : build) + ", " + Runtime
			.getRuntime().availableProcessors() + " cores";
	}

	/**
	 * ND4J finds its backend through the thread's context class loader. Where that loader cannot see ND4J (ImageJ
	 * 1.x's plugin class loader is not the context loader of its threads), this thread gets the plugin's.
	 */
	private static void useOwnClassLoaderIfBlind() {
		Thread thread = Thread.currentThread();
		ClassLoader own = NativeBackend.class.getClassLoader();
		ClassLoader context = thread.getContextClassLoader();
		if (context == own) return;
		try {
			if (context != null && Class.forName(Nd4j.class.getName(), false, context) == Nd4j.class) return;
		}
		catch (ClassNotFoundException | LinkageError e) {
			// Not visible from the context loader: fall through.
		}
		thread.setContextClassLoader(own);
	}

	static String rootCause(Throwable e) {
		Throwable root = e;
		while (root.getCause() != null && root.getCause() != root) root = root.getCause();
		return root.getMessage() == null ? root.getClass().getSimpleName() : root.getClass().getSimpleName() + ": " +
			root.getMessage();
	}
}
