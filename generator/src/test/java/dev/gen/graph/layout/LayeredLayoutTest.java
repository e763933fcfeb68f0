package dev.gen.graph.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gen.graph.layout.Geometry.Curve;
import dev.gen.graph.layout.Geometry.Line;
import dev.gen.graph.layout.Geometry.Path;
import dev.gen.graph.layout.Geometry.Point;
import dev.gen.graph.layout.Geometry.Rect;
import dev.gen.graph.layout.Geometry.Segment;
import dev.gen.graph.layout.Geometry.Size;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The layout's promises, on small graphs and on random ones: no overlap, no edge through a box, wrapped rows. */
class LayeredLayoutTest {

  private static final LayoutOptions OPTIONS = LayoutOptions.defaults();

  private static LayoutGraph graph(int nodes, int[][] links) {
    List<Size> sizes = new ArrayList<>();
    for (int i = 0; i < nodes; i++) {
      sizes.add(new Size(120 + 10 * (i % 3), 40 + 15 * (i % 2)));
    }
    List<LayoutGraph.Link> l = new ArrayList<>();
    for (int[] e : links) {
      l.add(new LayoutGraph.Link(e[0], e[1], e.length > 2 ? new Size(40, 16) : Size.NONE));
    }
    return new LayoutGraph(sizes, l);
  }

  /** A random graph of {@code n} nodes, edges mostly going to higher ids (like services to their back ends). */
  private static LayoutGraph random(long seed, int n, int edges) {
    Random r = new Random(seed);
    List<int[]> links = new ArrayList<>();
    for (int i = 0; i < edges; i++) {
      int a = r.nextInt(n);
      int b = r.nextInt(n);
      links.add(r.nextInt(5) == 0 ? new int[] {a, b, 1} : new int[] {a, b});
    }
    return graph(n, links.toArray(new int[0][]));
  }

  @Test
  void boxesNeverOverlapAndEdgesNeverCrossABox() {
    for (long seed = 1; seed <= 30; seed++) {
      LayoutGraph g = random(seed, 5 + (int) (seed % 25), 10 + (int) (seed * 3 % 40));
      Layout layout = LayeredLayout.layout(g, OPTIONS);
      checkNoOverlap(layout.nodes(), "seed " + seed);
      for (int i = 0; i < g.links().size(); i++) {
        LayoutGraph.Link link = g.links().get(i);
        Layout.Route route = layout.routes().get(i);
        if (link.from() == link.to()) {
          assertNull(route, "a link to itself is not drawn");
          continue;
        }
        checkRoute(layout, link, route, "seed " + seed + " link " + i);
      }
    }
  }

  private static void checkNoOverlap(List<Rect> boxes, String what) {
    for (int i = 0; i < boxes.size(); i++) {
      for (int j = i + 1; j < boxes.size(); j++) {
        assertEquals(0, boxes.get(i).overlap(boxes.get(j)), what + ": boxes " + i + " and " + j + " overlap");
      }
    }
  }

  /** The route leaves its source, reaches its target, and no point of it lies inside any box. */
  private static void checkRoute(Layout layout, LayoutGraph.Link link, Layout.Route route, String what) {
    Rect from = layout.nodes().get(link.from());
    Rect to = layout.nodes().get(link.to());
    Path p = route.path();
    assertTrue(onEdge(p.start(), from), what + ": starts on its source " + p.start() + " " + from);
    assertTrue(onEdge(p.end(), to), what + ": ends on its target " + p.end() + " " + to);
    assertEquals(route.reversed(), p.end().y() < p.start().y(), what + ": only reversed links point up");
    for (Point q : sample(p)) {
      for (Rect box : layout.nodes()) {
        boolean inside = q.x() > box.x() + 0.5 && q.x() < box.right() - 0.5 && q.y() > box.y() + 0.5
            && q.y() < box.bottom() - 0.5;
        assertTrue(!inside, what + ": passes through a box at " + q + " " + box);
      }
    }
    if (route.label() != null) {
      for (Rect box : layout.nodes()) {
        assertTrue(box.overlap(route.label()) < route.label().width() * route.label().height(),
            what + ": the label is entirely inside a box");
      }
    }
  }

  private static boolean onEdge(Point p, Rect r) {
    boolean topOrBottom = Math.abs(p.y() - r.y()) < 0.01 || Math.abs(p.y() - r.bottom()) < 0.01;
    return topOrBottom && p.x() >= r.x() && p.x() <= r.right();
  }

  private static List<Point> sample(Path p) {
    List<Point> out = new ArrayList<>();
    Point from = p.start();
    for (Segment s : p.segments()) {
      for (int i = 1; i < 20; i++) {
        double t = i / 20.0;
        out.add(s instanceof Curve c ? c.at(from, t)
            : new Point(from.x() + (s.to().x() - from.x()) * t, from.y() + (s.to().y() - from.y()) * t));
      }
      from = s.to();
    }
    return out;
  }

  @Test
  void dependenciesPointDownAndCyclesAreBroken() {
    // a → b → c, and c → a closes a cycle
    LayoutGraph g = graph(3, new int[][] {{0, 1}, {1, 2}, {2, 0}});
    Layout layout = LayeredLayout.layout(g, OPTIONS);
    assertTrue(layout.nodes().get(0).y() < layout.nodes().get(1).y());
    assertTrue(layout.nodes().get(1).y() < layout.nodes().get(2).y());
    assertTrue(layout.routes().get(2).reversed(), "the edge that closes the cycle points up");
    assertTrue(!layout.routes().get(0).reversed() && !layout.routes().get(1).reversed());
  }

  @Test
  void aTreeIsDrawnWithoutCrossings() {
    int[][] tree = {{0, 1}, {0, 2}, {1, 3}, {1, 4}, {2, 5}, {2, 6}, {3, 7}, {4, 8}, {6, 9}};
    List<Layering.Edge> edges = Layering.acyclic(10, graph(10, tree).links());
    int[] layer = Layering.candidates(10, edges).get(0);
    double[] hint = new double[10];
    ProperGraph g = new ProperGraph(layer, edges, hint);
    CrossingReduction.reduce(g);
    assertEquals(0, CrossingReduction.crossings(g));
  }

  @Test
  void wideLayersAreWrappedIntoRows() {
    // one service that 20 others depend on: the 20 would make one very wide row
    int[][] links = new int[20][];
    for (int i = 0; i < 20; i++) {
      links[i] = new int[] {i + 1, 0};
    }
    Layout layout = LayeredLayout.layout(graph(21, links), OPTIONS.withMaxPerRow(6));
    List<Double> tops = layout.nodes().stream().map(Rect::y).distinct().sorted().toList();
    assertEquals(5, tops.size(), "20 sources in rows of at most 6 (balanced: 4 rows of 5), then the shared one");
    for (double top : tops) {
      long inRow = layout.nodes().stream().filter(r -> r.y() == top).count();
      assertTrue(inRow <= 6, "row at " + top + " holds " + inRow);
    }
    assertTrue(layout.nodes().get(0).y() > tops.get(3), "what they all depend on comes last");
  }

  @Test
  void nodesWithoutEdgesGoBelowTheRest() {
    Layout layout = LayeredLayout.layout(graph(4, new int[][] {{0, 1}}), OPTIONS);
    assertTrue(layout.nodes().get(2).y() > layout.nodes().get(1).y());
    assertEquals(layout.nodes().get(2).y(), layout.nodes().get(3).y());
  }

  @Test
  void theSameGraphGivesTheSameLayout() {
    LayoutGraph g = random(42, 30, 60);
    assertEquals(LayeredLayout.layout(g, OPTIONS), LayeredLayout.layout(g, OPTIONS));
  }

  @Test
  void anEmptyGraphHasOnlyMargins() {
    Layout layout = LayeredLayout.layout(new LayoutGraph(List.of(), List.of()), OPTIONS);
    assertEquals(0, layout.rows());
    assertEquals(2 * OPTIONS.margin(), layout.width());
  }

  @Test
  void leastSquaresKeepOrderAndSpacing() {
    double[] y = Placement.isotonic(new double[] {3, 1, 2, 5}, new double[] {1, 1, 1, 1});
    assertEquals(List.of(2.0, 2.0, 2.0, 5.0), List.of(y[0], y[1], y[2], y[3]));
  }

  @Test
  void aLargeProjectIsLaidOutInReasonableTime() {
    LayoutGraph g = random(7, 400, 700);
    long start = System.nanoTime();
    Layout layout = LayeredLayout.layout(g, OPTIONS);
    long ms = (System.nanoTime() - start) / 1_000_000;
    assertEquals(400, layout.nodes().size());
    assertTrue(ms < 20_000, "took " + ms + " ms");
  }

  @Test
  void straightLinesOnlyRunThroughRows() {
    Layout layout = LayeredLayout.layout(graph(3, new int[][] {{0, 2}, {0, 1}, {1, 2}}), OPTIONS);
    Path long_ = layout.routes().get(0).path();
    assertTrue(long_.segments().stream().anyMatch(s -> s instanceof Line), "it passes the middle row straight");
    assertTrue(long_.segments().stream().anyMatch(s -> s instanceof Curve));
  }
}
