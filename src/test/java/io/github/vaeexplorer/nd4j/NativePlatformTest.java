package io.github.vaeexplorer.nd4j;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.Set;
import java.util.function.Predicate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Platform detection and the choice of native build, for every platform, without loading any native library. */
class NativePlatformTest {

	private static final Set<String> AVX512 = flags("sse4_2 avx avx2 fma f16c avx512f avx512bw avx512dq avx512vl");
	private static final Set<String> AVX2 = flags("sse4_2 avx avx2 fma f16c");
	private static final Set<String> OLD_CPU = flags("sse4_2 avx");
	private static final Predicate<String> ALL_INSTALLED = build -> true;
	private static final Predicate<String> PORTABLE_ONLY = String::isEmpty;

	@Test
	void javacppNamesMapToFijisFolders() {
		assertEquals(NativePlatform.LINUX_X86_64, NativePlatform.of("linux-x86_64").get());
		assertEquals("linux64", NativePlatform.of("linux-x86_64").get().fijiFolder());
		assertEquals("linux-arm64", NativePlatform.of("linux-arm64").get().fijiFolder());
		assertEquals("macos64", NativePlatform.of("macosx-x86_64").get().fijiFolder());
		assertEquals("macos-arm64", NativePlatform.of("macosx-arm64").get().fijiFolder());
		assertEquals("win64", NativePlatform.of("windows-x86_64").get().fijiFolder());
		assertFalse(NativePlatform.of("windows-arm64").isPresent());
		assertFalse(NativePlatform.of("linux-ppc64le").isPresent());
	}

	@Test
	void libraryResourcesFollowEachPlatformsNaming() {
		assertEquals("org/nd4j/linalg/cpu/nativecpu/bindings/linux-x86_64-onednn-avx2/libnd4jcpu.so",
			NativePlatform.LINUX_X86_64.nd4jLibrary("-onednn-avx2"));
		assertEquals("org/nd4j/linalg/cpu/nativecpu/bindings/macosx-arm64/libnd4jcpu.dylib", NativePlatform.MACOSX_ARM64
			.nd4jLibrary(""));
		assertEquals("org/nd4j/linalg/cpu/nativecpu/bindings/windows-x86_64/libnd4jcpu.dll", NativePlatform.WINDOWS_X86_64
			.nd4jLibrary(""));
		assertEquals("org/bytedeco/openblas/windows-x86_64/jniopenblas_nolapack.dll", NativePlatform.WINDOWS_X86_64
			.openblasLibrary());
		assertEquals("org/bytedeco/javacpp/macosx-x86_64/libjnijavacpp.dylib", NativePlatform.MACOSX_X86_64
			.javacppLibrary());
		assertEquals("nd4j-native-1.0.0-M2.1-linux-arm64.jar", NativePlatform.LINUX_ARM64.nd4jJar(""));
	}

	@Test
	void thisMachinesPlatformIsDetectedAndItsNativesAreOnTheClassPath() {
		NativePlatform here = NativeBackend.detectPlatform();
		ClassLoader loader = getClass().getClassLoader();
		assertNotNull(loader.getResource(here.nd4jLibrary("")), here.nd4jLibrary(""));
		assertNotNull(loader.getResource(here.openblasLibrary()), here.openblasLibrary());
		assertNotNull(loader.getResource(here.javacppLibrary()), here.javacppLibrary());
	}

	@Test
	void linuxX86PicksTheFastestBuildTheCpuRuns() {
		NativePlatform linux = NativePlatform.LINUX_X86_64;
		assertEquals("-onednn-avx512", NativeBackend.chooseBuild(linux, AVX512, ALL_INSTALLED, null));
		assertEquals("-onednn-avx2", NativeBackend.chooseBuild(linux, AVX2, ALL_INSTALLED, null));
		assertEquals("", NativeBackend.chooseBuild(linux, OLD_CPU, ALL_INSTALLED, null));
		assertEquals("", NativeBackend.chooseBuild(linux, Collections.emptySet(), ALL_INSTALLED, null),
			"unknown CPU features: the portable build");
		assertEquals("", NativeBackend.chooseBuild(linux, AVX512, PORTABLE_ONLY, null));
		assertEquals("-onednn-avx2", NativeBackend.chooseBuild(linux, AVX512, b -> !b.equals("-onednn-avx512"), null));
	}

	@Test
	void otherPlatformsUseTheirPortableBuild() {
		for (NativePlatform p : new NativePlatform[] { NativePlatform.LINUX_ARM64, NativePlatform.MACOSX_X86_64,
			NativePlatform.MACOSX_ARM64, NativePlatform.WINDOWS_X86_64 })
		{
			assertTrue(p.cpuSpecificBuilds().isEmpty(), p.name());
			assertEquals("", NativeBackend.chooseBuild(p, AVX512, ALL_INSTALLED, null), p.name());
			assertTrue(NativeBackend.cpuFlags(p).isEmpty(), "no CPU flags are read where no CPU-specific build exists");
		}
	}

	@Test
	void aBuildTheCpuCannotRunIsNeverChosen() {
		NativeBackendException e = assertThrows(NativeBackendException.class, () -> NativeBackend.chooseBuild(
			NativePlatform.LINUX_X86_64, OLD_CPU, b -> b.equals("-onednn-avx2"), null));
		assertEquals("This CPU lacks avx2, fma, f16c, which the installed nd4j-native-1.0.0-M2.1-linux-x86_64-onednn-" +
			"avx2.jar needs: put the portable nd4j-native-1.0.0-M2.1-linux-x86_64.jar (in the plain-ImageJ download of " +
			"VAE Explorer) into jars/linux64/ in its place, then restart.", e.getMessage());
		e = assertThrows(NativeBackendException.class, () -> NativeBackend.chooseBuild(NativePlatform.LINUX_X86_64,
			AVX2, b -> false, null));
		assertEquals("VAE Explorer's installation lacks ND4J's native library for linux-x86_64 " +
			"(nd4j-native-1.0.0-M2.1-linux-x86_64.jar in jars/linux64/). In Fiji: Help > Update..., enable the VAE " +
			"Explorer update site and apply its changes; in plain ImageJ: copy the whole plugins/ folder of the VAE " +
			"Explorer download into ImageJ's plugins/ folder. Then restart.", e.getMessage());
		assertEquals("-onednn-avx2", NativeBackend.chooseBuild(NativePlatform.LINUX_X86_64, AVX512, b -> b.equals(
			"-onednn-avx2"), null), "Fiji's update site on Linux x86-64");
		assertThrows(NativeBackendException.class, () -> NativeBackend.chooseBuild(NativePlatform.LINUX_X86_64, AVX2,
			ALL_INSTALLED, "onednn-avx512"));
	}

	@Test
	void missingNativesNameTheJarAndFijisFolder() {
		NativeBackendException e = assertThrows(NativeBackendException.class, () -> NativeBackend.chooseBuild(
			NativePlatform.MACOSX_ARM64, Collections.emptySet(), b -> false, null));
		assertTrue(e.getMessage().contains("nd4j-native-1.0.0-M2.1-macosx-arm64.jar in jars/macos-arm64/"), e
			.getMessage());
		e = assertThrows(NativeBackendException.class, () -> NativeBackend.checkInstalled(NativePlatform.WINDOWS_X86_64,
			"", r -> r.contains("nd4jcpu")));
		assertTrue(e.getMessage().startsWith("VAE Explorer's installation lacks OpenBLAS for windows-x86_64 " +
			"(openblas-*-windows-x86_64.jar in jars/win64/)"), e.getMessage());
		e = assertThrows(NativeBackendException.class, () -> NativeBackend.checkInstalled(NativePlatform.LINUX_ARM64,
			"", r -> !r.contains("javacpp")));
		assertTrue(e.getMessage().startsWith("VAE Explorer's installation lacks JavaCPP for linux-arm64"), e
			.getMessage());
		NativeBackend.checkInstalled(NativePlatform.LINUX_ARM64, "", r -> true);
	}

	@Test
	void aUsersChoiceIsHonouredOrRefusedWithAReason() {
		NativePlatform linux = NativePlatform.LINUX_X86_64;
		assertEquals("", NativeBackend.chooseBuild(linux, AVX512, ALL_INSTALLED, "none"));
		assertEquals("-onednn-avx2", NativeBackend.chooseBuild(linux, AVX512, ALL_INSTALLED, "onednn-avx2"));
		assertEquals("-onednn-avx2", NativeBackend.chooseBuild(linux, AVX512, ALL_INSTALLED, "-onednn-avx2"));
		NativeBackendException e = assertThrows(NativeBackendException.class, () -> NativeBackend.chooseBuild(linux,
			AVX512, ALL_INSTALLED, "cuda"));
		assertEquals("vae.nd4j.variant=cuda names no nd4j-native build of linux-x86_64; use none, onednn-avx512, " +
			"onednn-avx2", e.getMessage());
		e = assertThrows(NativeBackendException.class, () -> NativeBackend.chooseBuild(NativePlatform.MACOSX_ARM64,
			AVX512, ALL_INSTALLED, "onednn-avx2"));
		assertEquals("vae.nd4j.variant=onednn-avx2 names no nd4j-native build of macosx-arm64; use none", e
			.getMessage());
	}

	@Test
	void cpuFlagsComeFromTheFlagsLine(@TempDir Path dir) throws IOException {
		Path cpuinfo = dir.resolve("cpuinfo");
		Files.write(cpuinfo, Arrays.asList("processor\t: 0", "model name\t: Some CPU", "flags\t\t: FPU sse2 AVX2 fma",
			"bogomips\t: 4000"), StandardCharsets.UTF_8);
		assertEquals(flags("fpu sse2 avx2 fma"), NativeBackend.cpuInfoFlags(cpuinfo));
		assertTrue(NativeBackend.cpuInfoFlags(dir.resolve("missing")).isEmpty());
	}

	private static Set<String> flags(String list) {
		return new HashSet<>(Arrays.asList(list.split(" ")));
	}
}
