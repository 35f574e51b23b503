package io.github.vaeexplorer.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import io.github.vaeexplorer.nd4j.NativeBackend;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;

/** Silencing nd4j's prints drops only the building thread's output, and puts System.out back. */
class QuietStdoutTest {

	@Test
	void dropsTheTasksOwnOutputAndKeepsOtherThreads() {
		String printed = capture(() -> QuietStdout.run(() -> {
			System.out.println("from the task");
			Thread other = new Thread(() -> System.out.println("from another thread"));
			other.start();
			join(other);
		}));
		assertEquals("from another thread" + System.lineSeparator(), printed);
	}

	@Test
	void putsSystemOutBack() {
		PrintStream before = System.out;
		QuietStdout.run(() -> {});
		assertSame(before, System.out);
	}

	@Test
	void leavesAStreamSetMeanwhileAlone() {
		PrintStream before = System.out;
		PrintStream mine = new PrintStream(new ByteArrayOutputStream(), true);
		try {
			QuietStdout.run(() -> System.setOut(mine));
			assertSame(mine, System.out);
		}
		finally {
			System.setOut(before);
		}
	}

	@Test
	void aFilterKeptPastItsTaskPassesEverythingThrough() {
		AtomicReference<PrintStream> kept = new AtomicReference<>();
		String printed = capture(() -> {
			QuietStdout.run(() -> kept.set(System.out));
			kept.get().println("later");
		});
		assertEquals("later" + System.lineSeparator(), printed);
	}

	@Test
	void buildingANetworkPrintsNothing() {
		NativeBackend.ensureLoaded();
		String printed = capture(() -> VaeNetwork.create(VaeTestKit.tinyDense().build()));
		assertEquals("", printed);
	}

	private static String capture(Runnable task) {
		PrintStream before = System.out;
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		System.setOut(new PrintStream(bytes, true, StandardCharsets.UTF_8));
		try {
			task.run();
		}
		finally {
			System.setOut(before);
		}
		return new String(bytes.toByteArray(), StandardCharsets.UTF_8);
	}

	private static void join(Thread t) {
		try {
			t.join();
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(e);
		}
	}
}
