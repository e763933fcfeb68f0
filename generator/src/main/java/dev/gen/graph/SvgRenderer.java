package dev.gen.graph;

import dev.gen.graph.layout.Geometry.Curve;
import dev.gen.graph.layout.Geometry.Line;
import dev.gen.graph.layout.Geometry.Path;
import dev.gen.graph.layout.Geometry.Rect;
import dev.gen.graph.layout.Geometry.Segment;
import dev.gen.graph.layout.Geometry.Size;
import dev.gen.graph.layout.LayeredLayout;
import dev.gen.graph.layout.Layout;
import dev.gen.graph.layout.LayoutGraph;
import dev.gen.graph.layout.LayoutOptions;
import dev.gen.render.TemplateEngine;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Draws a {@link Topology} as a self-contained SVG: the boxes and edges laid out by {@link LayeredLayout}, written
 * by the template {@code graph/graph.svg.mustache}, which escapes every text. No script, no external resource.
 */
public final class SvgRenderer {

  static final String TEMPLATE = "graph/graph.svg.mustache";
  private static final double TITLE_HEIGHT = 34;
  private static final double LEGEND_HEIGHT = 70;
  private static final double MIN_WIDTH = 800;
  private static final double LABEL_SIZE = 10;

  private final TemplateEngine engine;
  private final LayoutOptions options;

  public SvgRenderer(TemplateEngine engine) {
    this(engine, LayoutOptions.defaults());
  }

  public SvgRenderer(TemplateEngine engine, LayoutOptions options) {
    this.engine = engine;
    this.options = options;
  }

  public String render(Topology topology) {
    return engine.render(TEMPLATE, view(topology));
  }

  /** The template's view: every number already written as SVG text, every string still raw (the template escapes). */
  SvgView view(Topology topology) {
    List<NodeCard> cards = topology.nodes().stream().map(NodeCard::new).toList();
    Map<String, Integer> index = new HashMap<>();
    List<Size> sizes = new ArrayList<>();
    for (int i = 0; i < cards.size(); i++) {
      index.put(cards.get(i).node.name(), i);
      sizes.add(new Size(NodeCard.WIDTH, cards.get(i).height()));
    }
    List<LayoutGraph.Link> links = new ArrayList<>();
    for (Topology.Edge e : topology.edges()) {
      Size label = e.label().isEmpty() ? Size.NONE
          : new Size(TextMetrics.width(e.label(), LABEL_SIZE, false) + 8, LABEL_SIZE + 6);
      links.add(new LayoutGraph.Link(index.get(e.from()), index.get(e.to()), label));
    }
    Layout layout = LayeredLayout.layout(new LayoutGraph(sizes, links), options.withTop(TITLE_HEIGHT));

    List<SvgView.Node> nodes = new ArrayList<>();
    for (int i = 0; i < cards.size(); i++) {
      nodes.add(node(cards.get(i), layout.nodes().get(i)));
    }
    List<SvgView.Edge> edges = new ArrayList<>();
    List<SvgView.Label> labels = new ArrayList<>();
    for (int i = 0; i < topology.edges().size(); i++) {
      Topology.Edge e = topology.edges().get(i);
      Layout.Route route = layout.routes().get(i);
      if (route == null) {
        continue;
      }
      edges.add(new SvgView.Edge(d(route.path()), edgeClass(e), e.details()));
      if (route.label() != null) {
        Rect r = route.label();
        labels.add(new SvgView.Label(Num.f(r.x()), Num.f(r.y()), Num.f(r.width()), Num.f(r.height()),
            Num.f(r.centerX()), Num.f(r.y() + r.height() - 4.5), e.label(), edgeClass(e)));
      }
    }
    double width = Math.max(MIN_WIDTH, layout.width());
    double legendTop = layout.height();
    double height = legendTop + LEGEND_HEIGHT;
    String title = topology.project().isEmpty() ? "project" : topology.project();
    String summary = count(topology.nodes().size(), "service") + ", " + count(topology.edges().size(), "dependency");
    return new SvgView(Num.f(width), Num.f(height), title, summary, nodes, edges, labels, Num.f(legendTop));
  }

  private static String count(int n, String what) {
    String plural = what.endsWith("y") ? what.substring(0, what.length() - 1) + "ies" : what + "s";
    return n + " " + (n == 1 ? what : plural);
  }

  private static String edgeClass(Topology.Edge e) {
    if (e.kind() == Topology.Kind.REFERENCE) {
      return "reference";
    }
    return switch (e.condition()) {
      case "healthy" -> "healthy";
      case "completed" -> "completed";
      default -> "startup";
    };
  }

  private static SvgView.Node node(NodeCard card, Rect box) {
    double x = box.x();
    double y = box.y();
    List<SvgView.Text> lines = new ArrayList<>();
    double baseline = y + NodeCard.HEADER + NodeCard.LINE - 2;
    lines.add(new SvgView.Text("origin", "", card.origin, Num.f(x + NodeCard.PADDING), Num.f(x + NodeCard.PADDING),
        Num.f(baseline)));
    for (NodeCard.Line l : card.lines) {
      baseline += NodeCard.LINE;
      lines.add(new SvgView.Text(l.kind(), l.key(), l.value(), Num.f(x + NodeCard.PADDING),
          Num.f(x + NodeCard.PADDING + 50), Num.f(baseline)));
    }
    return new SvgView.Node(card.node.built() ? "built" : "pulled", Num.f(x), Num.f(y), Num.f(box.width()),
        Num.f(box.height()), Num.f(NodeCard.HEADER), Num.f(x + NodeCard.PADDING), Num.f(y + 16.5), card.name,
        Num.f(box.right() - NodeCard.PADDING), card.replicas, !card.replicas.isEmpty(), lines, card.tooltip());
  }

  /** The SVG path data of a route. */
  static String d(Path path) {
    StringBuilder sb = new StringBuilder();
    sb.append('M').append(Num.f(path.start().x())).append(' ').append(Num.f(path.start().y()));
    for (Segment s : path.segments()) {
      if (s instanceof Curve c) {
        sb.append(" C").append(Num.f(c.c1().x())).append(' ').append(Num.f(c.c1().y())).append(' ')
            .append(Num.f(c.c2().x())).append(' ').append(Num.f(c.c2().y())).append(' ')
            .append(Num.f(c.to().x())).append(' ').append(Num.f(c.to().y()));
      } else if (s instanceof Line l) {
        sb.append(" L").append(Num.f(l.to().x())).append(' ').append(Num.f(l.to().y()));
      }
    }
    return sb.toString();
  }
}
