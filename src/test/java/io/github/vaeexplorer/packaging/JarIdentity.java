package io.github.vaeexplorer.packaging;

import java.io.IOException;
import java.io.InputStream;
import java.lang.module.FindException;
import java.lang.module.ModuleFinder;
import java.lang.module.ModuleReference;
import java.nio.file.Path;
import java.util.Enumeration;
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

	/** Reads a jar; a jar without pom.properties (or with several) gets null coordinates. */
	static JarIdentity of(Path jar) throws IOException {
		String groupId = null, artifactId = null, version = null;
		try (ZipFile zip = new ZipFile(jar.toFile())) {
			int found = 0;
			for (Enumeration<? extends ZipEntry> e = zip.entries(); e.hasMoreElements();) {
				ZipEntry entry = e.nextElement();
				if (!entry.getName().startsWith("META-INF/maven/") || !entry.getName().endsWith("/pom.properties")) continue;
				Properties p = new Properties();
				try (InputStream in = zip.getInputStream(entry)) {
					p.load(in);
				}
				groupId = p.getProperty("groupId");
				artifactId = p.getProperty("artifactId");
				version = p.getProperty("version");
				found++;
			}
			if (found != 1) groupId = artifactId = version = null;
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

	/** The file name without its version, as Fiji's updater compares files: {@code javacpp-linux-x86_64.jar}. */
	String versionlessName() {
		String name = file.getFileName().toString();
		if (version != null && name.contains("-" + version)) return name.replace("-" + version, "");
		return name.replaceFirst("-\\d[^-]*(?=(-[a-z][^.]*)?\\.jar$)", "");
	}

	/** The versionless name of the artifact itself (what pom-scijava's artifact of that id would be called). */
	String artifactVersionlessName() {
		String name = file.getFileName().toString();
		String classifier = version == null || !name.contains("-" + version + "-") ? "" : name.substring(name.indexOf(
			"-" + version + "-") + version.length() + 1, name.length() - 4);
		return artifactId + classifier + ".jar";
	}

	@Override
	public String toString() {
		return file.getFileName() + " (" + groupId + ":" + artifactId + ":" + version + ", module " + moduleName + ")";
	}
}
