package dev.gen.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gen.model.Project;
import dev.gen.render.TemplateEngine;
import dev.gen.testing.ExampleProjects;
import dev.gen.testing.FixtureApprovals;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3c.dom.Document;

/**
 * {@code gen graph} in its three forms: approved for the example projects (the SVG was looked at, rendered to PNG),
 * well-formed, self-contained, and safe for any name.
 */
class GraphRenderingTest {

  private static final TemplateEngine ENGINE = TemplateEngine.builtIn();

  static Stream<String> projects() {
    return Stream.of("dockerfiles", "platform", "shop", "webapp", "wordpress");
  }

  @ParameterizedTest
  @MethodSource("projects")
  void approved(String fixture) throws Exception {
    Project project = ExampleProjects.named(fixture);
    String svg = Graphs.render(project, GraphFormat.SVG, ENGINE);
    checkSvg(svg);
    FixtureApprovals.verify(fixture, "graph", svg, "svg");
    String mermaid = Graphs.render(project, GraphFormat.MERMAID, ENGINE);
    checkMermaid(mermaid, project.services().size(), TopologyBuilder.of(project).edges().size());
    FixtureApprovals.verify(fixture, "graph", mermaid, "mmd");
    String dot = Graphs.render(project, GraphFormat.DOT, ENGINE);
    checkDot(dot);
    FixtureApprovals.verify(fixture, "graph", dot, "dot");
  }

  /** Names full of what breaks XML, Mermaid and DOT. */
  static Topology hostile() {
    String evil = "a<script>alert(1)</script>&amp;\"'\n]]>#quot;|`\\N\\G--x-->y";
    Topology.Node n1 = new Topology.Node("web" + evil, "img" + evil, false, 2, List.of("8080→80" + evil),
        List.of("9000" + evil), List.of("vol → /data" + evil), List.of("key" + evil));
    Topology.Node n2 = new Topology.Node("db", "built from ./db" + evil, true, 1, List.of(), List.of(), List.of(),
        List.of());
    Topology.Edge e = new Topology.Edge(n1.name(), "db", Topology.Kind.STARTUP, "healthy", "healthy" + evil,
        "details" + evil);
    Topology.Edge back = new Topology.Edge("db", n1.name(), Topology.Kind.REFERENCE, "", "", "back" + evil);
    return new Topology("p" + evil, List.of(n2, n1), List.of(back, e));
  }

  @Test
  void hostileNamesStayText() throws Exception {
    Topology t = hostile();
    String svg = new SvgRenderer(ENGINE).render(t);
    Document doc = checkSvg(svg);
    assertFalse(svg.contains("<script"), "no markup from a name");
    assertTrue(doc.getDocumentElement().getTextContent().contains("<script>"), "the name is still there, as text");
    checkMermaid(new TextRenderers(ENGINE).mermaid(t), 2, 2);
    checkDot(new TextRenderers(ENGINE).dot(t));
  }

  @Test
  void theSameProjectGivesTheSameBytes() {
    Project p = ExampleProjects.named("platform");
    assertEquals(Graphs.render(p, GraphFormat.SVG, ENGINE), Graphs.render(p, GraphFormat.SVG, ENGINE));
  }

  @Test
  void formatsFollowFileNames() {
    assertEquals(GraphFormat.SVG, GraphFormat.ofFileName("out/Topology.SVG").orElseThrow());
    assertEquals(GraphFormat.MERMAID, GraphFormat.ofFileName("a.mermaid").orElseThrow());
    assertEquals(GraphFormat.DOT, GraphFormat.ofFileName("a.gv").orElseThrow());
    assertTrue(GraphFormat.ofFileName("a.png").isEmpty());
  }

  /** Graphviz, when the machine has it, must read every DOT file gen writes. */
  @Test
  void graphvizReadsTheDot(@TempDir Path dir) throws Exception {
    Assumptions.assumeTrue(onPath("dot"), "graphviz (dot) is not installed");
    List<String> dots = new ArrayList<>();
    projects().forEach(f -> dots.add(Graphs.render(ExampleProjects.named(f), GraphFormat.DOT, ENGINE)));
    dots.add(new TextRenderers(ENGINE).dot(hostile()));
    for (int i = 0; i < dots.size(); i++) {
      Path file = dir.resolve(i + ".dot");
      Files.writeString(file, dots.get(i));
      Process p = new ProcessBuilder("dot", "-Tsvg", file.toString(), "-o", dir.resolve(i + ".svg").toString())
          .redirectErrorStream(true).start();
      String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      assertTrue(p.waitFor(60, TimeUnit.SECONDS));
      assertEquals(0, p.exitValue(), out);
      assertEquals("", out.strip(), "graphviz has no complaint");
    }
  }

  private static boolean onPath(String program) {
    String path = System.getenv("PATH");
    return path != null && Stream.of(path.split(java.io.File.pathSeparator))
        .anyMatch(d -> Files.isExecutable(Path.of(d, program)));
  }

  /** Parses as XML, refers to nothing outside itself and runs nothing. */
  static Document checkSvg(String svg) throws Exception {
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setNamespaceAware(true);
    f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    Document doc = f.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    assertEquals("svg", doc.getDocumentElement().getLocalName());
    assertEquals(0, doc.getElementsByTagNameNS("*", "script").getLength());
    assertEquals(0, doc.getElementsByTagNameNS("*", "image").getLength());
    assertEquals(0, doc.getElementsByTagNameNS("*", "foreignObject").getLength());
    assertFalse(svg.contains("href"), "no links");
    Matcher urls = Pattern.compile("url\\(([^)]*)\\)").matcher(svg);
    while (urls.find()) {
      assertTrue(urls.group(1).startsWith("#"), "only references inside the document: " + urls.group());
    }
    assertFalse(svg.contains("@import"));
    return doc;
  }

  private static final Pattern MERMAID_NODE = Pattern.compile("^  (s\\d+)\\[\"([^\"]*)\"\\]$");
  private static final Pattern MERMAID_EDGE =
      Pattern.compile("^  (s\\d+) (-->|-\\.->)(?:\\|\"([^\"|]*)\"\\|)? (s\\d+)$");

  /** Every line is a comment, the header, a node, an edge or a style; edges join declared nodes. */
  static void checkMermaid(String text, int nodes, int edges) {
    List<String> lines = text.lines().toList();
    Set<String> declared = new HashSet<>();
    int edgeCount = 0;
    boolean header = false;
    for (String line : lines) {
      if (line.startsWith("%%")) {
        assertFalse(header, "comments come first");
        continue;
      }
      if (line.equals("flowchart TB")) {
        header = true;
        continue;
      }
      assertTrue(header, "the header comes before anything else: " + line);
      Matcher node = MERMAID_NODE.matcher(line);
      Matcher edge = MERMAID_EDGE.matcher(line);
      if (node.matches()) {
        assertTrue(declared.add(node.group(1)), "declared once: " + line);
        assertFalse(node.group(2).contains("<script"), line);
      } else if (edge.matches()) {
        assertTrue(declared.contains(edge.group(1)) && declared.contains(edge.group(4)), line);
        edgeCount++;
      } else {
        assertTrue(line.matches("^  (classDef \\w+ [^\"]+|class s\\d+(,s\\d+)* \\w+|linkStyle \\d+(,\\d+)* stroke:#[0-9a-f]{6})$"),
            "an unexpected line: " + line);
      }
    }
    assertEquals(nodes, declared.size());
    assertEquals(edges, edgeCount);
  }

  /** Balanced braces and quotes, every statement ended, no raw line break inside a string. */
  static void checkDot(String text) {
    String body = text.lines().filter(l -> !l.startsWith("//")).reduce("", (a, b) -> a + b + "\n");
    assertTrue(body.startsWith("digraph \""), body);
    int depth = 0;
    boolean inString = false;
    for (int i = 0; i < body.length(); i++) {
      char c = body.charAt(i);
      if (inString) {
        if (c == '\\') {
          i++;
        } else if (c == '"') {
          inString = false;
        } else {
          assertTrue(c != '\n', "a line break inside a string");
        }
      } else if (c == '"') {
        inString = true;
      } else if (c == '{') {
        depth++;
      } else if (c == '}') {
        depth--;
      }
    }
    assertFalse(inString);
    assertEquals(0, depth);
    for (String line : body.lines().toList()) {
      String l = line.strip();
      assertTrue(l.isEmpty() || l.endsWith(";") || l.endsWith("{") || l.equals("}"), "unfinished: " + line);
    }
  }
}
