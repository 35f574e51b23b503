package io.github.vaeexplorer.packaging;

import java.io.IOException;
import java.io.InputStream;
import java.lang.module.FindException;
import java.lang.module.ModuleFinder;
import java.lang.module.ModuleReference;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/** What a jar file is: its Maven coordinates (from its pom.properties), its module name, its versionless name. */
final class JarIdentity {

	final Path file;
	final String groupId, artifactId, version;
	final String moduleName;

	private JarIdentity(Path file, String groupId, String artifactId, String version, String moduleName) {
		this.file = file;
		this.groupId = groupId;
		this.artifactId = artifactId;
		this.version = version;
		this.moduleName = moduleName;
	}

	/**
	 * Reads a jar. Its coordinates come from the pom.properties whose artifact id is the file's {@link #baseName}
	 * (shaded jars hold several), else from its only one; null when neither exists.
	 */
	static JarIdentity of(Path jar) throws IOException {
		String groupId = null, artifactId = null, version = null;
		String base = baseName(jar.getFileName().toString());
		try (ZipFile zip = new ZipFile(jar.toFile())) {
			List<Properties> found = new ArrayList<>();
			for (Enumeration<? extends ZipEntry> e = zip.entries(); e.hasMoreElements();) {
				ZipEntry entry = e.nextElement();
				if (!entry.getName().startsWith("META-INF/maven/") || !entry.getName().endsWith("/pom.properties")) continue;
				Properties p = new Properties();
				try (InputStream in = zip.getInputStream(entry)) {
					p.load(in);
				}
				found.add(p);
			}
			Properties chosen = found.stream().filter(p -> base.equals(p.getProperty("artifactId"))).findFirst().orElse(
				found.size() == 1 ? found.get(0) : null);
			if (chosen != null) {
				groupId = chosen.getProperty("groupId");
				artifactId = chosen.getProperty("artifactId");
				version = chosen.getProperty("version");
			}
		}
		return new JarIdentity(jar, groupId, artifactId, version, moduleName(jar));
	}

	/**
	 * The jar's module name as the JVM would see it on a module path; for a jar the JVM would refuse there (nd4j-api's
	 * module-info names a package it lacks), its Automatic-Module-Name or else its file name, which is enough to tell
	 * jars apart on a class path.
	 */
	private static String moduleName(Path jar) throws IOException {
		try {
			Set<ModuleReference> modules = ModuleFinder.of(jar).findAll();
			if (!modules.isEmpty()) return modules.iterator().next().descriptor().name();
		}
		catch (FindException e) {
			try (JarFile file = new JarFile(jar.toFile())) {
				Manifest manifest = file.getManifest();
				String name = manifest == null ? null : manifest.getMainAttributes().getValue("Automatic-Module-Name");
				if (name != null) return name;
			}
		}
		return jar.getFileName().toString();
	}

	/**
	 * The file name up to its version, as Fiji's updater tells files apart: {@code guava} for
	 * {@code guava-1.0.0-M2.1.jar}, {@code javacpp} for {@code javacpp-1.5.10-linux-x86_64.jar}.
	 */
	static String baseName(String fileName) {
		return fileName.replaceFirst("-\\d.*$", "").replaceFirst("\\.jar$", "");
	}

	/** The file's {@link #baseName} and the classifier after its version: {@code javacpp-linux-x86_64}. */
	String versionlessName() {
		String name = file.getFileName().toString().replaceFirst("\\.jar$", "");
		String base = baseName(name);
		String classifier = "";
		if (version != null && name.startsWith(base + "-" + version + "-")) classifier = name.substring(base.length() +
			version.length() + 1);
		return base + classifier + ".jar";
	}

	@Override
	public String toString() {
		return file.getFileName() + " (" + groupId + ":" + artifactId + ":" + version + ", module " + moduleName + ")";
	}
}
