package io.github.vaeexplorer.packaging;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * The artifacts pom-scijava manages (what Fiji ships), read from its POM in the local Maven repository: artifact id
 * to group id and version.
 */
final class ManagedArtifacts {

	/** One managed artifact. */
	static final class Artifact {

		final String groupId, artifactId, version;

		Artifact(String groupId, String artifactId, String version) {
			this.groupId = groupId;
			this.artifactId = artifactId;
			this.version = version;
		}

		@Override
		public String toString() {
			return groupId + ":" + artifactId + ":" + version;
		}
	}

	private static final Pattern PROPERTY = Pattern.compile("\\$\\{([^}]+)}");

	private ManagedArtifacts() {}

	/** The POM that the build passes as system property {@code vae.pomScijava} (failsafe's configuration). */
	static Path pomScijava() {
		String file = System.getProperty("vae.pomScijava");
		if (file == null) throw new IllegalStateException("vae.pomScijava is not set: run through mvn verify");
		return Paths.get(file);
	}

	/** Artifact id to the managed artifact; where two groups manage one id, both are kept under "group:id". */
	static Map<String, Artifact> read(Path pom) throws IOException {
		Document doc;
		try {
			doc = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(Files.newInputStream(pom));
		}
		catch (ParserConfigurationException | SAXException e) {
			throw new IOException("cannot read " + pom + ": " + e.getMessage(), e);
		}
		Map<String, String> properties = new HashMap<>();
		NodeList props = doc.getElementsByTagName("properties");
		for (int i = 0; i < props.getLength(); i++) {
			for (Node n = props.item(i).getFirstChild(); n != null; n = n.getNextSibling()) {
				if (n instanceof Element) properties.put(n.getNodeName(), n.getTextContent().trim());
			}
		}
		Map<String, Artifact> managed = new HashMap<>();
		NodeList deps = doc.getElementsByTagName("dependency");
		for (int i = 0; i < deps.getLength(); i++) {
			Element d = (Element) deps.item(i);
			String groupId = child(d, "groupId"), artifactId = child(d, "artifactId");
			if (groupId == null || artifactId == null) continue;
			Artifact a = new Artifact(groupId, artifactId, resolve(child(d, "version"), properties));
			Artifact before = managed.putIfAbsent(artifactId, a);
			if (before != null && !before.groupId.equals(groupId)) managed.put(groupId + ":" + artifactId, a);
		}
		return managed;
	}

	private static String child(Element e, String name) {
		for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
			if (n instanceof Element && n.getNodeName().equals(name)) return n.getTextContent().trim();
		}
		return null;
	}

	private static String resolve(String value, Map<String, String> properties) {
		if (value == null) return null;
		for (int depth = 0; depth < 5; depth++) {
			Matcher m = PROPERTY.matcher(value);
			if (!m.find()) break;
			value = m.replaceAll(r -> Matcher.quoteReplacement(properties.getOrDefault(r.group(1), r.group())));
		}
		return value;
	}
}
