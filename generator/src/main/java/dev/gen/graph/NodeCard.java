package dev.gen.graph;

import java.util.ArrayList;
import java.util.List;

/**
 * The text of a service's box, fitted to the box's width: the name and number of copies, the image or build, then
 * one labelled group per kind of fact (published ports, exposed ports, storage, secrets). Long lists are cut with
 * "+N more"; the box's tooltip holds everything.
 */
final class NodeCard {

  static final double WIDTH = 224;
  static final double PADDING = 10;
  static final double NAME_SIZE = 13;
  static final double TEXT_SIZE = 11;
  static final double HEADER = 24;
  static final double LINE = 15;
  private static final double KEY_WIDTH = 50;
  private static final int MAX_LINES_PER_GROUP = 2;

  /** One line under the header: a grey key (empty on continuation lines) and its value. */
  record Line(String kind, String key, String value) {}

  final Topology.Node node;
  final String name;
  final String replicas;
  final String origin;
  final List<Line> lines = new ArrayList<>();

  NodeCard(Topology.Node node) {
    this.node = node;
    this.replicas = node.replicas() > 1 ? "×" + node.replicas() : "";
    double nameRoom = WIDTH - 2 * PADDING - (replicas.isEmpty() ? 0 : TextMetrics.width(replicas, TEXT_SIZE, true) + 6);
    this.name = TextMetrics.fit(node.name(), nameRoom, NAME_SIZE, true);
    this.origin = TextMetrics.fit(node.origin(), WIDTH - 2 * PADDING, TEXT_SIZE, false);
    joined("published", "ports", node.published());
    joined("exposed", "expose", node.exposed());
    each("storage", "volume", node.storage());
    joined("secret", "secrets", node.secrets());
  }

  double height() {
    return HEADER + LINE + lines.size() * LINE + 8;
  }

  private double valueRoom() {
    return WIDTH - 2 * PADDING - KEY_WIDTH;
  }

  /** Items joined with commas, wrapped onto at most two lines; what does not fit is counted as "+N more". */
  private void joined(String kind, String key, List<String> items) {
    if (items.isEmpty()) {
      return;
    }
    List<List<String>> rows = new ArrayList<>();
    List<String> row = new ArrayList<>();
    int shown = 0;
    for (String item : items) {
      List<String> candidate = new ArrayList<>(row);
      candidate.add(item);
      if (!row.isEmpty() && TextMetrics.width(String.join(", ", candidate), TEXT_SIZE, false) > valueRoom()) {
        rows.add(row);
        row = new ArrayList<>();
        if (rows.size() == MAX_LINES_PER_GROUP) {
          break;
        }
        row.add(item);
      } else {
        row = candidate;
      }
      shown++;
    }
    if (!row.isEmpty()) {
      rows.add(row);
    }
    for (int i = 0; i < rows.size(); i++) {
      String text = String.join(", ", rows.get(i));
      if (i == rows.size() - 1 && shown < items.size()) {
        String more = " +" + (items.size() - shown) + " more";
        text = TextMetrics.fit(text, valueRoom() - TextMetrics.width(more, TEXT_SIZE, false), TEXT_SIZE, false)
            + more;
      }
      lines.add(new Line(kind, i == 0 ? key : "", TextMetrics.fit(text, valueRoom(), TEXT_SIZE, false)));
    }
  }

  /** One item per line, at most three, then "+N more". */
  private void each(String kind, String key, List<String> items) {
    int max = 3;
    for (int i = 0; i < items.size() && i < max; i++) {
      String value = items.get(i);
      if (i == max - 1 && items.size() > max) {
        value = "+" + (items.size() - max + 1) + " more";
      }
      lines.add(new Line(kind, i == 0 ? key : "", TextMetrics.fit(value, valueRoom(), TEXT_SIZE, false)));
    }
  }

  /** Everything about the service, for its tooltip. */
  String tooltip() {
    StringBuilder sb = new StringBuilder(node.name());
    if (node.replicas() > 1) {
      sb.append(" (").append(node.replicas()).append(" copies)");
    }
    sb.append('\n').append(node.origin());
    if (!node.published().isEmpty()) {
      sb.append("\npublished ports: ").append(String.join(", ", node.published()));
    }
    if (!node.exposed().isEmpty()) {
      sb.append("\nexposed ports: ").append(String.join(", ", node.exposed()));
    }
    for (String s : node.storage()) {
      sb.append("\nvolume: ").append(s);
    }
    if (!node.secrets().isEmpty()) {
      sb.append("\nsecrets: ").append(String.join(", ", node.secrets()));
    }
    return sb.toString();
  }
}
