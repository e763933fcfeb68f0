package dev.gen.graph.layout;

import dev.gen.graph.layout.Geometry.Path;
import dev.gen.graph.layout.Geometry.Rect;
import java.util.List;

/**
 * A finished layout.
 *
 * @param width the drawing's width, margins included
 * @param height the drawing's height, margins included
 * @param nodes each node's box, by node id
 * @param routes each link's route, by link index; null for a link to itself
 * @param rows how many rows the nodes were placed in
 */
public record Layout(double width, double height, List<Rect> nodes, List<Route> routes, int rows) {

  public Layout {
    nodes = List.copyOf(nodes);
    routes = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(routes));
  }

  /**
   * How a link is drawn.
   *
   * @param path from the link's source to its target (the arrow head goes at the end)
   * @param label where the label goes, or null when the link has none
   * @param reversed true when the link points up (it closed a cycle)
   */
  public record Route(Path path, Rect label, boolean reversed) {}
}
