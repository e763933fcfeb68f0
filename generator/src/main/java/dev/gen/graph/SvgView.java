package dev.gen.graph;

import java.util.List;

/** What {@code graph/graph.svg.mustache} draws; numbers are SVG text already, strings are escaped by the template. */
record SvgView(String width, String height, String title, String summary, List<Node> nodes, List<Edge> edges,
    List<Label> labels, String legendTop) {

  record Node(String kind, String x, String y, String width, String height, String headerHeight, String nameX,
      String nameY, String name, String replicasX, String replicas, boolean hasReplicas, List<Text> lines,
      String tooltip) {}

  record Text(String kind, String key, String value, String keyX, String valueX, String y) {
    public boolean hasKey() {
      return !key.isEmpty();
    }
  }

  record Edge(String d, String kind, String tooltip) {}

  record Label(String x, String y, String width, String height, String textX, String textY, String text,
      String kind) {}
}
