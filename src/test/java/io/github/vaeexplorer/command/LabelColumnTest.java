package io.github.vaeexplorer.command;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Condition Shift's label column: text labels, numeric labels, and the messages for a missing table or column. */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class LabelColumnTest {

	@TempDir
	Path dir;

	@Test
	void textAndNumberLabelsMatchTheirRows() throws IOException {
		Path csv = dir.resolve("labels.csv");
		Files.write(csv, "condition,dose\ncontrol,0\ntreated,2.0\ncontrol,0\ntreated,2\n".getBytes(
			StandardCharsets.UTF_8));
		LabelColumn condition = LabelColumn.read(csv.toString(), null, "condition");
		assertEquals(4, condition.rows());
		assertArrayEquals(new boolean[] { true, false, true, false }, condition.rowsHolding("control"));
		assertArrayEquals(new boolean[] { false, true, false, true }, condition.rowsHolding(" treated "));
		assertArrayEquals(new boolean[] { false, true, false, true }, LabelColumn.read(csv.toString(), null, "dose")
			.rowsHolding("2"));
	}

	@Test
	void aMissingColumnOrTableIsNamed() throws IOException {
		Path csv = dir.resolve("labels.csv");
		Files.write(csv, "condition\ncontrol\n".getBytes(StandardCharsets.UTF_8));
		IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> LabelColumn.read(csv
			.toString(), null, "group"));
		assertTrue(e.getMessage().startsWith("column 'group' is not in " + csv + " (columns: "), e.getMessage());
		e = assertThrows(IllegalArgumentException.class, () -> LabelColumn.read("", null, "group"));
		assertTrue(e.getMessage().startsWith("table is required"), e.getMessage());
		e = assertThrows(IllegalArgumentException.class, () -> LabelColumn.read(dir.resolve("none.csv").toString(),
			null, "group"));
		assertEquals("table " + dir.resolve("none.csv") + " does not exist", e.getMessage());
	}
}
