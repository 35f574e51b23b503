package io.github.vaeexplorer.nd4j;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Paths;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * What ND4J's OpenMP runtime (libgomp, on Linux) starts with after {@link NativeBackend#ensureLoaded()}, as libgomp
 * itself reports it ({@code OMP_DISPLAY_ENV=verbose} prints its settings to standard error when it loads): spin count
 * 0 (passive) where the user set no policy, and the user's policy where they did. Each case runs in a JVM of its own,
 * since libgomp reads its environment once per process.
 */
class OpenMpWaitPolicyTest {

	private static final Pattern SPIN_COUNT = Pattern.compile("GOMP_SPINCOUNT = '(\\d+)'");

	/** Loads the backend and does one parallel operation; run by the tests in a child JVM. */
	public static void main(String[] args) {
		NativeBackend.ensureLoaded();
		System.out.println(org.nd4j.linalg.factory.Nd4j.rand(64, 64).mmul(org.nd4j.linalg.factory.Nd4j.rand(64, 64))
			.sumNumber());
	}

	@Test
	@Timeout(value = 2, unit = TimeUnit.MINUTES)
	void threadsWaitPassivelyWhereTheUserChoseNoPolicy() throws IOException, InterruptedException {
		assumeLinux();
		assertEquals(0L, spinCount(null), "libgomp should not spin: it is the default that loses half the speed " +
			"when another program holds a core");
	}

	@Test
	@Timeout(value = 2, unit = TimeUnit.MINUTES)
	void theUsersOwnPolicyIsKept() throws IOException, InterruptedException {
		assumeLinux();
		long active = spinCount("active");
		assertTrue(active > 300_000L, "OMP_WAIT_POLICY=active should spin longer than libgomp's default: " + active);
	}

	private static void assumeLinux() {
		assumeTrue(System.getProperty("os.name").toLowerCase(Locale.ROOT).contains("linux"),
			"libgomp's OMP_DISPLAY_ENV report is read on Linux");
	}

	/** libgomp's spin count in a child JVM that loads the backend, with OMP_WAIT_POLICY unset or set to a policy. */
	private static long spinCount(String policy) throws IOException, InterruptedException {
		ProcessBuilder builder = new ProcessBuilder(List.of(Paths.get(System.getProperty("java.home"), "bin", "java")
			.toString(), "-Xmx256m", "-cp", System.getProperty("java.class.path"), OpenMpWaitPolicyTest.class.getName()))
				.redirectErrorStream(true);
		Map<String, String> environment = builder.environment();
		environment.remove(OpenMpWaitPolicy.VARIABLE);
		if (policy != null) environment.put(OpenMpWaitPolicy.VARIABLE, policy);
		environment.put("OMP_DISPLAY_ENV", "verbose");
		Process process = builder.start();
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertTrue(process.waitFor(1, TimeUnit.MINUTES), "the child JVM did not finish");
		assertEquals(0, process.exitValue(), output);
		Matcher spin = SPIN_COUNT.matcher(output);
		assertTrue(spin.find(), "libgomp printed no settings:\n" + output);
		return Long.parseLong(spin.group(1));
	}
}
