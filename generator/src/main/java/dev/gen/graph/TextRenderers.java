package dev.gen.graph;

import dev.gen.render.TemplateEngine;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The text forms of a {@link Topology}: a Mermaid flowchart ({@code graph/graph.mmd.mustache}) and a Graphviz DOT
 * digraph ({@code graph/graph.dot.mustache}). Each template escapes every label in its language; node ids in
 * Mermaid are gen's own ({@code s0}, {@code s1}...), so no service name has to be a valid Mermaid id.
 */
public final class TextRenderers {

  static final String MERMAID = "graph/graph.mmd.mustache";
  static final String DOT = "graph/graph.dot.mustache";

  private static final Map<String, String> COLORS = Map.of(
      "startup", "#4a5568", "healthy", "#2f855a", "completed", "#805ad5", "reference", "#8a96a8");

  private final TemplateEngine engine;

  public TextRenderers(TemplateEngine engine) {
    this.engine = engine;
  }

  public String mermaid(Topology topology) {
    Map<String, String> ids = new LinkedHashMap<>();
    List<MermaidNode> nodes = new ArrayList<>();
    List<String> pulled = new ArrayList<>();
    List<String> built = new ArrayList<>();
    for (Topology.Node n : topology.nodes()) {
      String id = "s" + ids.size();
      ids.put(n.name(), id);
      nodes.add(new MermaidNode(id, n.name(), n.replicas(), n.replicas() > 1, facts(n).stream().map(Line::new)
          .toList()));
      (n.built() ? built : pulled).add(id);
    }
    List<MermaidEdge> edges = new ArrayList<>();
    Map<String, List<String>> byKind = new LinkedHashMap<>();
    for (Topology.Edge e : topology.edges()) {
      String kind = kind(e);
      byKind.computeIfAbsent(kind, k -> new ArrayList<>()).add(String.valueOf(edges.size()));
      edges.add(new MermaidEdge(ids.get(e.from()), ids.get(e.to()),
          e.kind() == Topology.Kind.REFERENCE ? "-.->" : "-->", e.label(), !e.label().isEmpty()));
    }
    List<LinkStyle> styles = new ArrayList<>();
    for (String kind : List.of("startup", "healthy", "completed", "reference")) {
      if (byKind.containsKey(kind)) {
        styles.add(new LinkStyle(String.join(",", byKind.get(kind)), COLORS.get(kind)));
      }
    }
    return engine.render(MERMAID, new MermaidView(project(topology), summary(topology), nodes, edges,
        String.join(",", pulled), !pulled.isEmpty(), String.join(",", built), !built.isEmpty(), styles));
  }

  public String dot(Topology topology) {
    List<DotNode> nodes = new ArrayList<>();
    for (Topology.Node n : topology.nodes()) {
      List<String> lines = new ArrayList<>();
      lines.add(n.name() + (n.replicas() > 1 ? " ×" + n.replicas() : ""));
      lines.addAll(facts(n));
      nodes.add(new DotNode(n.name(), String.join("\n", lines), n.built() ? "#fbecd0" : "#e3ebf7",
          String.join("\n", lines)));
    }
    List<DotEdge> edges = new ArrayList<>();
    for (Topology.Edge e : topology.edges()) {
      edges.add(new DotEdge(e.from(), e.to(), COLORS.get(kind(e)), e.kind() == Topology.Kind.REFERENCE, e.label(),
          !e.label().isEmpty(), e.details()));
    }
    return engine.render(DOT, new DotView(project(topology), summary(topology), nodes, edges));
  }

  private static String project(Topology t) {
    return t.project().isEmpty() ? "project" : t.project();
  }

  private static String summary(Topology t) {
    int n = t.nodes().size();
    int m = t.edges().size();
    return n + (n == 1 ? " service, " : " services, ") + m + (m == 1 ? " dependency" : " dependencies");
  }

  private static String kind(Topology.Edge e) {
    if (e.kind() == Topology.Kind.REFERENCE) {
      return "reference";
    }
    return e.condition().isEmpty() ? "startup" : e.condition();
  }

  /** The facts under a node's name, one line each. */
  static List<String> facts(Topology.Node n) {
    List<String> lines = new ArrayList<>();
    lines.add(n.origin());
    if (!n.published().isEmpty()) {
      lines.add("ports " + String.join(", ", n.published()));
    }
    if (!n.exposed().isEmpty()) {
      lines.add("expose " + String.join(", ", n.exposed()));
    }
    for (String s : n.storage()) {
      lines.add("volume " + s);
    }
    if (!n.secrets().isEmpty()) {
      lines.add("secrets " + String.join(", ", n.secrets()));
    }
    return lines;
  }

  record Line(String text) {}

  record MermaidNode(String id, String name, int replicas, boolean hasReplicas, List<Line> lines) {}

  record MermaidEdge(String from, String to, String arrow, String label, boolean hasLabel) {}

  record LinkStyle(String indices, String color) {}

  record MermaidView(String project, String summary, List<MermaidNode> nodes, List<MermaidEdge> edges,
      String pulled, boolean hasPulled, String built, boolean hasBuilt, List<LinkStyle> linkStyles) {}

  record DotNode(String name, String label, String fill, String tooltip) {}

  record DotEdge(String from, String to, String color, boolean dashed, String label, boolean hasLabel,
      String details) {}

  record DotView(String project, String summary, List<DotNode> nodes, List<DotEdge> edges) {}
}
