package io.github.vaeexplorer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The arrows between the project's packages point one way (no package imports, directly or through others, a
 * package that imports it), every package keeps to the dependencies its {@code package-info} allows, and nothing
 * under {@code src/main} names a path outside the repository.
 */
class PackageArrowsTest {

	private static final Path MAIN = Paths.get("src", "main", "java");
	private static final String ROOT = "io.github.vaeexplorer";
	private static final Pattern PACKAGE = Pattern.compile("^package\\s+([\\w.]+)\\s*;", Pattern.MULTILINE);
	private static final Pattern IMPORT = Pattern.compile("^import\\s+(?:static\\s+)?([\\w.]+?)(?:\\.\\*)?\\s*;",
		Pattern.MULTILINE);
	private static final Pattern STRING = Pattern.compile("\"(?:[^\"\\\\\\n]|\\\\.)*\"");
	/** Climbs out of the working directory, or an absolute path into a home, work or temporary tree. */
	private static final Pattern OUTSIDE = Pattern.compile("\\.\\./|\\.\\.\\\\\\\\|/home/|/work/|/tmp/");
	private static final String MAY_DEPEND_ON = "May depend on:";
	private static final Pattern CODE = Pattern.compile("\\{@code ([\\w.]+)\\}");

	private static Map<Path, String> sources;

	@BeforeAll
	static void readSources() throws IOException {
		sources = new TreeMap<>();
		try (Stream<Path> files = Files.walk(MAIN)) {
			for (Path p : files.filter(f -> f.toString().endsWith(".java")).collect(Collectors.toList())) {
				sources.put(MAIN.relativize(p), new String(Files.readAllBytes(p), StandardCharsets.UTF_8));
			}
		}
		assertTrue(sources.size() > 100, "found only " + sources.size() + " sources under " + MAIN.toAbsolutePath());
	}

	@Test
	void noPackageDependsOnItselfThroughOthers() {
		Map<String, Set<String>> graph = packageGraph();
		List<String> cycle = findCycle(graph);
		if (!cycle.isEmpty()) fail("package cycle: " + String.join(" -> ", cycle) + "\n" + describe(graph));
	}

	@Test
	void everyPackageSaysWhatItMayDependOnAndKeepsToIt() {
		Map<String, Set<String>> graph = packageGraph();
		List<String> problems = new ArrayList<>();
		for (Map.Entry<String, Set<String>> e : graph.entrySet()) {
			Path info = Paths.get((ROOT + "." + e.getKey()).replace('.', '/'), "package-info.java");
			String text = sources.get(info);
			if (text == null) {
				problems.add(e.getKey() + " has no package-info.java");
				continue;
			}
			Set<String> allowed = allowedDependencies(text);
			if (allowed == null) {
				problems.add(e.getKey() + "'s package-info does not say \"May depend on: ...\"");
				continue;
			}
			Set<String> extra = new TreeSet<>(e.getValue());
			extra.removeAll(allowed);
			if (!extra.isEmpty()) problems.add(e.getKey() + " imports " + extra + " beyond what its package-info " +
				"allows " + allowed);
		}
		assertEquals(List.of(), problems);
	}

	/** The packages named after "May depend on:" in a package-info comment; null where there is no such line. */
	static Set<String> allowedDependencies(String packageInfo) {
		int at = packageInfo.indexOf(MAY_DEPEND_ON);
		if (at < 0) return null;
		int end = packageInfo.indexOf("*/", at);
		String rest = packageInfo.substring(at + MAY_DEPEND_ON.length(), end < 0 ? packageInfo.length() : end);
		Set<String> allowed = new TreeSet<>();
		Matcher m = CODE.matcher(rest);
		while (m.find()) allowed.add(m.group(1));
		return allowed;
	}

	@Test
	void findsACycleWhereThereIsOne() {
		Map<String, Set<String>> graph = new TreeMap<>();
		graph.put("a", new TreeSet<>(List.of("b")));
		graph.put("b", new TreeSet<>(List.of("c")));
		graph.put("c", new TreeSet<>(List.of("a")));
		graph.put("d", new TreeSet<>(List.of("a")));
		assertEquals(List.of("a", "b", "c", "a"), findCycle(graph));
		graph.get("c").clear();
		assertEquals(List.of(), findCycle(graph));
	}

	@Test
	void nothingNamesAPathOutsideTheRepository() {
		List<String> found = new ArrayList<>();
		for (Map.Entry<Path, String> e : sources.entrySet()) {
			String file = e.getKey().toString().replace('\\', '/');
			Matcher m = STRING.matcher(e.getValue());
			while (m.find()) {
				String literal = m.group();
				if (OUTSIDE.matcher(literal).find()) {
					found.add(file + ": " + literal);
				}
			}
		}
		assertEquals(List.of(), found, "paths outside the repository");
	}

	/** Package → the project's packages it imports (itself left out). */
	private static Map<String, Set<String>> packageGraph() {
		Map<String, Set<String>> graph = new TreeMap<>();
		for (Map.Entry<Path, String> e : sources.entrySet()) {
			Matcher p = PACKAGE.matcher(e.getValue());
			if (!p.find()) fail(e.getKey() + " has no package declaration");
			String from = short_(p.group(1));
			Set<String> to = graph.computeIfAbsent(from, k -> new TreeSet<>());
			Matcher m = IMPORT.matcher(e.getValue());
			while (m.find()) {
				String target = packageOf(m.group(1));
				if (target != null && !target.equals(from)) to.add(target);
			}
		}
		return graph;
	}

	/** The project package an import names (its leading lower-case segments), or null for other libraries. */
	private static String packageOf(String imported) {
		if (!imported.startsWith(ROOT + ".")) return null;
		List<String> segments = new ArrayList<>();
		for (String s : imported.split("\\.")) {
			if (Character.isUpperCase(s.charAt(0))) break;
			segments.add(s);
		}
		return short_(String.join(".", segments));
	}

	private static String short_(String pkg) {
		return pkg.equals(ROOT) ? "(root)" : pkg.substring(ROOT.length() + 1);
	}

	/** One cycle as a path that starts and ends at the same package, or empty when the graph has none. */
	static List<String> findCycle(Map<String, Set<String>> graph) {
		Map<String, Integer> state = new TreeMap<>(); // 1 on the current path, 2 done
		List<String> path = new ArrayList<>();
		for (String start : graph.keySet()) {
			List<String> cycle = visit(start, graph, state, path);
			if (!cycle.isEmpty()) return cycle;
		}
		return Collections.emptyList();
	}

	private static List<String> visit(String node, Map<String, Set<String>> graph, Map<String, Integer> state,
		List<String> path)
	{
		Integer s = state.get(node);
		if (s != null && s == 2) return Collections.emptyList();
		if (s != null) {
			List<String> cycle = new ArrayList<>(path.subList(path.indexOf(node), path.size()));
			cycle.add(node);
			return cycle;
		}
		state.put(node, 1);
		path.add(node);
		for (String next : graph.getOrDefault(node, Collections.emptySet())) {
			List<String> cycle = visit(next, graph, state, path);
			if (!cycle.isEmpty()) return cycle;
		}
		path.remove(path.size() - 1);
		state.put(node, 2);
		return Collections.emptyList();
	}

	private static String describe(Map<String, Set<String>> graph) {
		StringBuilder sb = new StringBuilder();
		graph.forEach((from, to) -> sb.append(from).append(" -> ").append(String.join(", ", to)).append('\n'));
		return sb.toString();
	}
}
