package io.github.vaeexplorer.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.vaeexplorer.data.IoErrors;
import io.github.vaeexplorer.data.OutputFiles;

import ij.ImagePlus;
import ij.process.ByteProcessor;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Reliability II, outputs (issue 14): names up to the file system's limit, the umask and an existing file's mode,
 * symbolic links written through, foreign TIFFs kept unless {@code overwrite}, and I/O errors that say why. No ND4J.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class OutputSafetyTest {

	@TempDir
	Path dir;

	private static ImagePlus image() {
		ByteProcessor ip = new ByteProcessor(8, 8);
		ip.set(3, 3, 200);
		return new ImagePlus("tiny", ip);
	}

	private static String name(int length, String suffix) {
		StringBuilder b = new StringBuilder();
		while (b.length() < length - suffix.length()) b.append('n');
		return b + suffix;
	}

	@Test
	void aLegal255ByteNameIsWritten() throws IOException {
		Path csv = dir.resolve(name(OutputFiles.MAX_NAME_BYTES, ".csv"));
		OutputFiles.saveText("a\n", csv);
		assertEquals("a\n", Files.readString(csv));
		Path tif = dir.resolve(name(240, ".tif"));
		OutputFiles.saveTiff(image(), tif);
		assertEquals(8, ij.IJ.openImage(tif.toString()).getWidth());
		Harness.assertNoPartialFiles(dir);
	}

	@Test
	void aNameTooLongIsRefusedBeforeAnyWork() {
		Path tif = dir.resolve(name(OutputFiles.MAX_NAME_BYTES + 1, ".tif"));
		IOException e = assertThrows(IOException.class, () -> OutputFiles.requireWritableTiff(tif));
		assertTrue(e.getMessage().contains("too long"), e.getMessage());
	}

	@Test
	void aNewFileHonoursTheUmask() throws IOException {
		Path reference = Files.createFile(dir.resolve("reference")); // default permissions: 0666 less the umask
		Path csv = dir.resolve("new.csv");
		OutputFiles.saveText("x\n", csv);
		assertEquals(Files.getPosixFilePermissions(reference), Files.getPosixFilePermissions(csv));
		Path tif = dir.resolve("new.tif");
		OutputFiles.saveTiff(image(), tif);
		assertEquals(Files.getPosixFilePermissions(reference), Files.getPosixFilePermissions(tif));
	}

	@Test
	void aReplacedFileKeepsItsMode() throws IOException {
		Path csv = Files.writeString(dir.resolve("shared.csv"), "old\n");
		Files.setPosixFilePermissions(csv, PosixFilePermissions.fromString("rw-rw-r--"));
		OutputFiles.saveText("new\n", csv);
		assertEquals("rw-rw-r--", PosixFilePermissions.toString(Files.getPosixFilePermissions(csv)));
		assertEquals("new\n", Files.readString(csv));
	}

	@Test
	void aSymbolicLinkIsWrittenThrough() throws IOException {
		Path real = Files.createDirectory(dir.resolve("real"));
		Path target = Files.writeString(real.resolve("table.csv"), "old\n");
		Path link = Files.createSymbolicLink(dir.resolve("link.csv"), target);
		OutputFiles.saveText("new\n", link);
		assertTrue(Files.isSymbolicLink(link), "the link stays a link");
		assertEquals("new\n", Files.readString(target));
		Path tifTarget = real.resolve("out.tif");
		Path tifLink = Files.createSymbolicLink(dir.resolve("out.tif"), Path.of("real", "out.tif")); // relative
		OutputFiles.saveTiff(image(), tifLink);
		assertTrue(Files.isSymbolicLink(tifLink));
		assertEquals(8, ij.IJ.openImage(tifTarget.toString()).getWidth());
		Harness.assertNoPartialFiles(real);
	}

	@Test
	void aTiffVaeExplorerDidNotWriteIsKeptUnlessOverwriteIsGiven() throws IOException {
		Path foreign = Harness.saveTiff(image(), dir.resolve("source.tif"));
		byte[] before = Files.readAllBytes(foreign);
		IOException e = assertThrows(IOException.class, () -> OutputFiles.requireWritableTiff(foreign));
		assertTrue(e.getMessage().contains("not written by VAE Explorer") && e.getMessage().contains("--overwrite"), e
			.getMessage());
		assertThrows(IOException.class, () -> OutputFiles.saveTiff(image(), foreign));
		assertEquals(java.util.Arrays.hashCode(before), java.util.Arrays.hashCode(Files.readAllBytes(foreign)));
		OutputFiles.requireWritableTiff(foreign, true);
		OutputFiles.saveTiff(image(), foreign, true);
		// Once written by us, it is ours to replace.
		OutputFiles.requireWritableTiff(foreign);
		OutputFiles.saveTiff(image(), foreign);
		Harness.assertNoPartialFiles(dir);
	}

	@Test
	void anImageDerivedFromOurOutputAndSavedUnderAnotherNameIsTheUsers() throws IOException {
		Path ours = dir.resolve("ours.tif");
		OutputFiles.saveTiff(image(), ours);
		ImagePlus edited = ij.IJ.openImage(ours.toString()); // keeps our Info line, as ImageJ does on Save As
		Path derived = Harness.saveTiff(edited, dir.resolve("derived.tif"));
		assertThrows(IOException.class, () -> OutputFiles.requireWritableTiff(derived));
		Path copy = Files.copy(ours, dir.resolve("ours.tif.bak.tif"));
		assertThrows(IOException.class, () -> OutputFiles.requireWritableTiff(copy));
		OutputFiles.requireWritableTiff(ours);
		// Written by us under its own name, the derived image is ours again, with one mark only.
		OutputFiles.saveTiff(edited, derived, true);
		OutputFiles.requireWritableTiff(derived);
		String info = (String) ij.IJ.openImage(derived.toString()).getProperty("Info");
		assertEquals(1, info.split("written_by=", -1).length - 1, info);
	}

	@Test
	void savingLeavesTheImagesInfoAsItWas() throws IOException {
		ImagePlus imp = image();
		imp.setProperty("Info", "mine");
		OutputFiles.saveTiff(imp, dir.resolve("info.tif"));
		assertEquals("mine", imp.getProperty("Info"));
	}

	@Test
	void fileSystemErrorsSayWhy() {
		assertEquals("/x/y: permission denied", IoErrors.describe(new AccessDeniedException("/x/y")));
		assertEquals("/x/y: no such file or folder", IoErrors.describe(new NoSuchFileException("/x/y")));
		assertEquals("/x: Read-only file system", IoErrors.describe(new java.nio.file.FileSystemException("/x", null,
			"Read-only file system")));
		assertEquals("IOException", IoErrors.describe(new IOException()));
	}

	@Test
	void anUncreatableFileSaysWhy() {
		// /proc refuses new files even to root, for whom permission bits do not count.
		IOException e = assertThrows(IOException.class, () -> OutputFiles.saveText("x", Path.of("/proc/vae-test.csv")));
		String message = IoErrors.describe(e);
		assertTrue(message.matches(".*vae-test.*: .+"), message);
		assertTrue(!message.trim().endsWith("vae-test.csv"), "a reason after the path: " + message);
	}
}
