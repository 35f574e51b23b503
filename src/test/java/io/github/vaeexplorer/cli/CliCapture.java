package io.github.vaeexplorer.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/** Runs the command line in-process and keeps what it printed on stdout and stderr. */
final class CliCapture {

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();
	private final ByteArrayOutputStream err = new ByteArrayOutputStream();

	/** {@link Main#run} with these streams; the exit code. */
	int run(String... args) {
		return new Main(new PrintStream(out, true), new PrintStream(err, true)).run(args);
	}

	/** Everything printed on stdout so far. */
	String out() {
		return new String(out.toByteArray(), StandardCharsets.UTF_8);
	}

	/** Everything printed on stderr so far. */
	String err() {
		return new String(err.toByteArray(), StandardCharsets.UTF_8);
	}

	/** Forgets stdout. */
	void resetOut() {
		out.reset();
	}

	/** Forgets stderr. */
	void resetErr() {
		err.reset();
	}
}
