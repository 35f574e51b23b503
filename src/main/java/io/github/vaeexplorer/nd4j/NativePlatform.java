package io.github.vaeexplorer.nd4j;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A platform VAE Explorer ships ND4J's native CPU library for: JavaCPP's name of it ({@code macosx-arm64}), the
 * folder Fiji's launcher and updater use for its jars ({@code jars/macos-arm64/}), and where its native libraries
 * live inside the nd4j-native, OpenBLAS and JavaCPP jars. The CPU-specific builds are listed fastest first; every
 * platform also has a portable build that runs on any CPU of its architecture.
 *
 * @author VAE Explorer developers
 */
public enum NativePlatform {

	LINUX_X86_64("linux-x86_64", "linux64", "libnd4jcpu.so", "lib%s.so", "-onednn-avx512", "-onednn-avx2") {

		@Override
		public String updateSiteBuild() { return "-onednn-avx2"; }
	},
	LINUX_ARM64("linux-arm64", "linux-arm64", "libnd4jcpu.so", "lib%s.so"),
	MACOSX_X86_64("macosx-x86_64", "macos64", "libnd4jcpu.dylib", "lib%s.dylib"),
	MACOSX_ARM64("macosx-arm64", "macos-arm64", "libnd4jcpu.dylib", "lib%s.dylib"),
	WINDOWS_X86_64("windows-x86_64", "win64", "libnd4jcpu.dll", "%s.dll");

	/** The nd4j-native version whose jars hold these natives (the jar names in {@link #nd4jJar}). */
	public static final String ND4J_VERSION = "1.0.0-M2.1";

	private final String javacppName;
	private final String fijiFolder;
	private final String nd4jFile;
	private final String jniPattern;
	private final List<String> cpuSpecificBuilds;

	NativePlatform(String javacppName, String fijiFolder, String nd4jFile, String jniPattern,
		String... cpuSpecificBuilds)
	{
		this.javacppName = javacppName;
		this.fijiFolder = fijiFolder;
		this.nd4jFile = nd4jFile;
		this.jniPattern = jniPattern;
		this.cpuSpecificBuilds = Collections.unmodifiableList(Arrays.asList(cpuSpecificBuilds));
	}

	/** JavaCPP's platform name, as {@code org.bytedeco.javacpp.Loader.getPlatform()} reports it. */
	public String javacppName() { return javacppName; }

	/** The folder below Fiji's {@code jars/} that holds this platform's jars, e.g. {@code macos-arm64}. */
	public String fijiFolder() { return fijiFolder; }

	/** The CPU-specific build suffixes ({@code -onednn-avx512}, ...), fastest first; the portable build is "". */
	public List<String> cpuSpecificBuilds() { return cpuSpecificBuilds; }

	/**
	 * The one nd4j-native build the Fiji update site ships for this platform ("" = portable): one, because all of
	 * them share one module name and Fiji's launcher puts {@code jars/<platform>/} on the module path.
	 */
	public String updateSiteBuild() { return ""; }

	/** The class-path resource of ND4J's native library for one build ("" = portable) of this platform. */
	public String nd4jLibrary(String build) {
		return "org/nd4j/linalg/cpu/nativecpu/bindings/" + javacppName + build + "/" + nd4jFile;
	}

	/** The class-path resource of OpenBLAS's JNI library (the one ND4J loads) for this platform. */
	public String openblasLibrary() {
		return "org/bytedeco/openblas/" + javacppName + "/" + String.format(jniPattern, "jniopenblas_nolapack");
	}

	/** The class-path resource of JavaCPP's own JNI library for this platform. */
	public String javacppLibrary() {
		return "org/bytedeco/javacpp/" + javacppName + "/" + String.format(jniPattern, "jnijavacpp");
	}

	/** The file name of the nd4j-native jar that holds one build of this platform. */
	public String nd4jJar(String build) {
		return "nd4j-native-" + ND4J_VERSION + "-" + javacppName + build + ".jar";
	}

	/** The platform of a JavaCPP platform name, if VAE Explorer supports it. */
	public static Optional<NativePlatform> of(String javacppName) {
		return Arrays.stream(values()).filter(p -> p.javacppName.equals(javacppName)).findFirst();
	}

	/** The JavaCPP names of all supported platforms, for messages. */
	public static String supportedNames() {
		return Arrays.stream(values()).map(NativePlatform::javacppName).collect(Collectors.joining(", "));
	}
}
