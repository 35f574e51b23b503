package io.github.vaeexplorer.table;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Collections;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FactorTableTest {

	@TempDir
	Path folder;

	@Test
	void csvRoundTripIsExact() throws IOException {
		final FactorTable table = new FactorTable(Arrays.asList("shape", "scale", "rotation", "x", "y"),
			new double[][] { { 2, 0.6, 2 * Math.PI * 39 / 40, 1.0 / 31, 1 }, { 0, 1.0, 0, 0, 30.0 / 31 },
				{ -3, 1e-300, Double.MAX_VALUE, -0.0, 12345678901234.5 } });
		final Path file = folder.resolve("factors.csv");
		final Locale saved = Locale.getDefault();
		try {
			Locale.setDefault(Locale.GERMANY); // must not turn '.' into ','
			table.write(file);
		}
		finally {
			Locale.setDefault(saved);
		}
		final FactorTable read = FactorTable.read(file);
		assertEquals(table, read);
		assertEquals(Double.doubleToRawLongBits(-0.0), Double.doubleToRawLongBits(read.get(2, 3)));
	}

	@Test
	void accessorsAndDefensiveCopies() {
		final double[][] values = { { 1, 2 }, { 3, 4 } };
		final FactorTable table = new FactorTable(Arrays.asList("a", "b"), values);
		values[0][0] = 99;
		table.row(0)[0] = 99;
		table.values()[0][0] = 99;
		assertEquals(1, table.get(0, 0));
		assertEquals(2, table.rowCount());
		assertEquals(2, table.columnCount());
		assertArrayEquals(new double[] { 2, 4 }, table.column("b"));
		final IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> table.column("c"));
		assertTrue(e.getMessage().contains("[a, b]"), e.getMessage());
		assertThrows(IllegalArgumentException.class,
			() -> new FactorTable(Arrays.asList("a", "b"), new double[][] { { 1 } }));
		assertThrows(IllegalArgumentException.class,
			() -> new FactorTable(Arrays.asList("a", "a"), new double[0][]));
	}

	@Test
	void readsBomCrLfAndBlankLines() throws IOException {
		final FactorTable table = FactorTable.read(new StringReader("\uFEFFclass\r\n3\r\n\r\n7\r\n"), "t.csv");
		assertEquals(Collections.singletonList("class"), table.columnNames());
		assertArrayEquals(new double[] { 3, 7 }, table.column("class"));
	}

	@Test
	void emptyFileIsRejected() {
		assertMessage("", "t.csv: empty file");
	}

	@Test
	void missingHeaderIsRejected() {
		assertMessage("1,0.5,0,0,0\n", "t.csv: line 1: the header is missing");
	}

	@Test
	void wrongFieldCountNamesTheLine() {
		assertMessage("shape,scale\n0,0.5\n1\n", "t.csv: line 3: expected 2 fields [shape, scale] but found 1");
	}

	@Test
	void nonNumericFieldNamesLineAndColumn() {
		assertMessage("shape,scale\n0,0.5\n1,0,6\n", "t.csv: line 3: expected 2");
		assertMessage("shape,scale\n0,0.5\n1,abc\n", "t.csv: line 3: column 'scale': 'abc' is not a number");
		assertMessage("shape,scale\n0,0x1p3\n", "t.csv: line 2: column 'scale'");
		assertMessage("shape,scale\n0,\n", "t.csv: line 2: column 'scale': '' is not a number");
	}

	@Test
	void duplicateHeaderIsRejected() {
		assertMessage("a,a\n1,2\n", "t.csv: line 1: invalid header: duplicate column name 'a'");
	}

	@Test
	void fileNameAppearsInTheMessage() throws IOException {
		final Path file = folder.resolve("bad.csv");
		Files.write(file, "x,y\n1,2\n3,four\n".getBytes(StandardCharsets.UTF_8));
		final IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> FactorTable.read(file));
		assertEquals(file + ": line 3: column 'y': 'four' is not a number", e.getMessage());
	}

	private static void assertMessage(final String csv, final String expectedStart) {
		final IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
			() -> FactorTable.read(new StringReader(csv), "t.csv"));
		assertTrue(e.getMessage().startsWith(expectedStart), e.getMessage());
		assertFalse(e.getMessage().contains("\n"), "one-line message: " + e.getMessage());
	}
}
