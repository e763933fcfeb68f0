package dev.gen.graph.layout;

import dev.gen.graph.layout.Geometry.Size;
import java.util.List;

/**
 * What to lay out: boxes (by index) and directed links between them, each with an optional label.
 *
 * @param nodes the box of each node; the index is the node's id
 * @param links the links, from one node to another; a link to itself is not drawn
 */
public record LayoutGraph(List<Size> nodes, List<Link> links) {

  public LayoutGraph {
    nodes = List.copyOf(nodes);
    links = List.copyOf(links);
    for (Link l : links) {
      if (l.from() < 0 || l.from() >= nodes.size() || l.to() < 0 || l.to() >= nodes.size()) {
        throw new IllegalArgumentException("a link names a node that does not exist: " + l);
      }
    }
  }

  /** A link from node {@code from} to node {@code to}; {@code label} is {@link Size#NONE} for none. */
  public record Link(int from, int to, Size label) {}
}
