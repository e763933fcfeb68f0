package dev.gen.graph.layout;

import dev.gen.graph.layout.Geometry.Curve;
import dev.gen.graph.layout.Geometry.Line;
import dev.gen.graph.layout.Geometry.Path;
import dev.gen.graph.layout.Geometry.Point;
import dev.gen.graph.layout.Geometry.Rect;
import dev.gen.graph.layout.Geometry.Segment;
import dev.gen.graph.layout.Geometry.Size;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;

/**
 * Edge routes: each edge leaves its box from the bottom and enters the other from the top, at ports spread along the
 * box's edge in the order of where the edges go (so that edges sharing a box do not cross at it); between rows it
 * bends as a curve with vertical tangents, which stays inside the gap, and through a row it runs straight down the
 * slot its dummy keeps free. Labels go on the first bend that has room for them.
 */
final class Routing {

  private static final double PORT_SPACING = 12;
  private static final double[] LABEL_POSITIONS = {0.5, 0.35, 0.65, 0.2, 0.8};

  private Routing() {}

  static List<Layout.Route> route(LayoutGraph graph, ProperGraph g, double[] x, List<Rect> boxes, double[] rowTop,
      double[] rowHeight) {
    int chains = g.chains.size();
    double[] outPort = new double[chains];
    double[] inPort = new double[chains];
    ports(g, x, boxes, outPort, inPort);

    List<Layout.Route> routes = new ArrayList<>(Collections.nCopies(graph.links().size(), null));
    List<Path> paths = new ArrayList<>();
    for (int c = 0; c < chains; c++) {
      int[] chain = g.chains.get(c);
      List<Segment> segments = new ArrayList<>();
      int top = chain[0];
      Rect from = boxes.get(top);
      int row = g.rowOf.get(top);
      Point start = new Point(outPort[c], from.bottom());
      Point at = start;
      double bandBottom = rowTop[row] + rowHeight[row];
      if (at.y() < bandBottom) {
        at = new Point(at.x(), bandBottom);
        segments.add(new Line(at));
      }
      for (int i = 1; i < chain.length; i++) {
        int v = chain[i];
        int r = g.rowOf.get(v);
        boolean last = i == chain.length - 1;
        Point to = new Point(last ? inPort[c] : x[v], rowTop[r]);
        double bend = (to.y() - at.y()) / 2;
        segments.add(new Curve(new Point(at.x(), at.y() + bend), new Point(to.x(), to.y() - bend), to));
        at = to;
        if (!last && rowHeight[r] > 0) {
          at = new Point(at.x(), rowTop[r] + rowHeight[r]);
          segments.add(new Line(at));
        }
      }
      Layering.Edge e = g.edges.get(c);
      Path path = new Path(start, segments);
      paths.add(path);
      routes.set(e.link(), new Layout.Route(e.reversed() ? path.reversed() : path, null, e.reversed()));
    }
    placeLabels(graph, g, paths, boxes, routes);
    return routes;
  }

  /** Spreads the edges that leave (enter) each box along its bottom (top), ordered by where they go (come from). */
  private static void ports(ProperGraph g, double[] x, List<Rect> boxes, double[] outPort, double[] inPort) {
    List<List<Integer>> out = new ArrayList<>();
    List<List<Integer>> in = new ArrayList<>();
    for (int v = 0; v < g.real; v++) {
      out.add(new ArrayList<>());
      in.add(new ArrayList<>());
    }
    for (int c = 0; c < g.chains.size(); c++) {
      int[] chain = g.chains.get(c);
      out.get(chain[0]).add(c);
      in.get(chain[chain.length - 1]).add(c);
    }
    for (int v = 0; v < g.real; v++) {
      spread(out.get(v), boxes.get(v), c -> x[g.chains.get(c)[1]], outPort);
      spread(in.get(v), boxes.get(v), c -> x[g.chains.get(c)[g.chains.get(c).length - 2]], inPort);
    }
  }

  private static void spread(List<Integer> chains, Rect box, java.util.function.IntToDoubleFunction other,
      double[] port) {
    if (chains.isEmpty()) {
      return;
    }
    chains.sort(Comparator.<Integer>comparingDouble(other::applyAsDouble).thenComparingInt(c -> c));
    int k = chains.size();
    double spacing = k == 1 ? 0 : Math.min(PORT_SPACING, box.width() * 0.86 / (k - 1));
    for (int i = 0; i < k; i++) {
      port[chains.get(i)] = box.centerX() + (i - (k - 1) / 2.0) * spacing;
    }
  }

  /** Puts each label on a bend of its edge, nearest its source, where it covers no box and no other label. */
  private static void placeLabels(LayoutGraph graph, ProperGraph g, List<Path> paths, List<Rect> boxes,
      List<Layout.Route> routes) {
    List<Rect> placed = new ArrayList<>();
    for (int c = 0; c < g.chains.size(); c++) {
      Layering.Edge e = g.edges.get(c);
      Size size = graph.links().get(e.link()).label();
      if (size.isEmpty()) {
        continue;
      }
      Path path = e.reversed() ? paths.get(c).reversed() : paths.get(c);
      Rect best = null;
      double bestCost = Double.MAX_VALUE;
      Point from = path.start();
      search:
      for (Segment s : path.segments()) {
        if (s instanceof Curve curve) {
          for (double t : LABEL_POSITIONS) {
            Point p = curve.at(from, t);
            Rect r = new Rect(p.x() - size.width() / 2, p.y() - size.height() / 2, size.width(), size.height());
            double cost = 0;
            for (Rect b : boxes) {
              cost += b.overlap(r) * 4;
            }
            for (Rect l : placed) {
              cost += l.overlap(r);
            }
            if (cost < bestCost) {
              bestCost = cost;
              best = r;
            }
            if (cost == 0) {
              break search;
            }
          }
        }
        from = s.to();
      }
      if (best != null) {
        placed.add(best);
        Layout.Route old = routes.get(e.link());
        routes.set(e.link(), new Layout.Route(old.path(), best, old.reversed()));
      }
    }
  }
}
