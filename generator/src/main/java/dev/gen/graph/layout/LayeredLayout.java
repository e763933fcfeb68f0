package dev.gen.graph.layout;

import dev.gen.graph.layout.Geometry.Rect;
import dev.gen.graph.layout.Geometry.Size;
import java.util.ArrayList;
import java.util.List;

/** Lays out a {@link LayoutGraph}: the steps are described in the package documentation. */
public final class LayeredLayout {

  private LayeredLayout() {}

  /** The rows of one layering: ordered once unwrapped (so that wrapping keeps neighbours together), then again. */
  private static ProperGraph rows(int[] layer, List<Layering.Edge> edges, LayoutOptions options) {
    int n = layer.length;
    double[] hint = new double[n];
    for (int v = 0; v < n; v++) {
      hint[v] = v;
    }
    ProperGraph first = new ProperGraph(layer, edges, hint);
    CrossingReduction.reduce(first);
    int[] pos = first.positions();
    for (int v = 0; v < n; v++) {
      hint[v] = pos[v];
    }
    ProperGraph g = new ProperGraph(Layering.wrap(layer, hint, options.maxPerRow()), edges, hint);
    CrossingReduction.reduce(g);
    return g;
  }

  public static Layout layout(LayoutGraph graph, LayoutOptions options) {
    int n = graph.nodes().size();
    if (n == 0) {
      return new Layout(2 * options.margin(), 2 * options.margin() + options.top(), List.of(),
          new ArrayList<>(java.util.Collections.nCopies(graph.links().size(), null)), 0);
    }
    List<Layering.Edge> edges = Layering.acyclic(n, graph.links());
    ProperGraph g = null;
    long bestCost = Long.MAX_VALUE;
    for (int[] layer : Layering.candidates(n, edges)) {
      ProperGraph candidate = rows(layer, edges, options);
      // crossings are what makes a picture hard to read; long edges (dummies) come second
      long cost = 2 * CrossingReduction.crossings(candidate) + (candidate.size() - n);
      if (cost < bestCost) {
        bestCost = cost;
        g = candidate;
      }
    }

    double[] width = new double[g.size()];
    for (int v = 0; v < g.size(); v++) {
      width[v] = g.isDummy(v) ? options.dummyWidth() : graph.nodes().get(v).width();
    }
    double[] x = Placement.place(g, width, options);
    double minLeft = Double.MAX_VALUE;
    for (int v = 0; v < g.size(); v++) {
      minLeft = Math.min(minLeft, x[v] - width[v] / 2);
    }
    double shift = options.margin() - minLeft;
    double maxRight = 0;
    for (int v = 0; v < g.size(); v++) {
      x[v] += shift;
      maxRight = Math.max(maxRight, x[v] + width[v] / 2);
    }

    int rows = g.rows.size();
    double[] rowTop = new double[rows];
    double[] rowHeight = new double[rows];
    double y = options.margin() + options.top();
    for (int r = 0; r < rows; r++) {
      for (int v : g.rows.get(r)) {
        if (!g.isDummy(v)) {
          rowHeight[r] = Math.max(rowHeight[r], graph.nodes().get(v).height());
        }
      }
      rowTop[r] = y;
      y += rowHeight[r] + options.rowGap();
    }
    double height = y - options.rowGap() + options.margin();

    List<Rect> boxes = new ArrayList<>();
    for (int v = 0; v < n; v++) {
      Size s = graph.nodes().get(v);
      boxes.add(new Rect(x[v] - s.width() / 2, rowTop[g.rowOf.get(v)], s.width(), s.height()));
    }
    List<Layout.Route> routes = Routing.route(graph, g, x, boxes, rowTop, rowHeight);
    return new Layout(maxRight + options.margin(), height, boxes, routes, rows);
  }
}
