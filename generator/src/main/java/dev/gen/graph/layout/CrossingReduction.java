package dev.gen.graph.layout;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Orders each row to keep edge crossings few: alternating downward and upward barycentre sweeps (each vertex moves to
 * the mean position of its neighbours in the row before), then swaps of neighbours that remove crossings. The best
 * order seen is kept; the search stops after a few sweeps without improvement.
 */
final class CrossingReduction {

  private static final int MAX_SWEEPS = 24;
  private static final int PATIENCE = 4;
  /** Above this many vertices (real and dummy) the search is cut short: such a picture is for zooming anyway. */
  private static final int LARGE = 8_000;

  private CrossingReduction() {}

  static void reduce(ProperGraph g) {
    List<List<Integer>> best = copy(g.rows);
    long bestCount = crossings(g);
    int stale = 0;
    boolean large = g.size() > LARGE;
    int sweeps = large ? 6 : MAX_SWEEPS;
    for (int sweep = 0; sweep < sweeps && bestCount > 0 && stale < PATIENCE; sweep++) {
      boolean downward = sweep % 2 == 0;
      barycentreSweep(g, downward);
      if (!large) {
        transpose(g);
      }
      long count = crossings(g);
      if (count < bestCount) {
        bestCount = count;
        best = copy(g.rows);
        stale = 0;
      } else {
        stale++;
      }
    }
    for (int r = 0; r < g.rows.size(); r++) {
      g.rows.get(r).clear();
      g.rows.get(r).addAll(best.get(r));
    }
  }

  private static List<List<Integer>> copy(List<List<Integer>> rows) {
    List<List<Integer>> out = new ArrayList<>();
    rows.forEach(r -> out.add(new ArrayList<>(r)));
    return out;
  }

  private static void barycentreSweep(ProperGraph g, boolean downward) {
    int[] pos = g.positions();
    int n = g.rows.size();
    double[] bary = new double[g.size()];
    for (int k = 1; k < n; k++) {
      int r = downward ? k : n - 1 - k;
      List<Integer> row = g.rows.get(r);
      for (int v : row) {
        List<Integer> ns = downward ? g.up.get(v) : g.down.get(v);
        if (ns.isEmpty()) {
          bary[v] = pos[v]; // no neighbour on that side: stay where it is
        } else {
          double sum = 0;
          for (int u : ns) {
            sum += pos[u];
          }
          bary[v] = sum / ns.size();
        }
      }
      row.sort((a, b) -> bary[a] != bary[b] ? Double.compare(bary[a], bary[b]) : Integer.compare(pos[a], pos[b]));
      for (int i = 0; i < row.size(); i++) {
        pos[row.get(i)] = i;
      }
    }
  }

  /** Swaps neighbours in a row while a swap removes crossings with the rows above and below. */
  private static void transpose(ProperGraph g) {
    int[] pos = g.positions();
    boolean improved = true;
    for (int round = 0; improved && round < 8; round++) {
      improved = false;
      for (List<Integer> row : g.rows) {
        for (int i = 0; i + 1 < row.size(); i++) {
          int a = row.get(i);
          int b = row.get(i + 1);
          long now = pairCrossings(a, b, g, pos);
          long swapped = pairCrossings(b, a, g, pos);
          if (swapped < now) {
            row.set(i, b);
            row.set(i + 1, a);
            pos[a] = i + 1;
            pos[b] = i;
            improved = true;
          }
        }
      }
    }
  }

  /** Crossings between the edges of {@code left} and {@code right} when {@code left} is placed first. */
  private static long pairCrossings(int left, int right, ProperGraph g, int[] pos) {
    return pairCrossings(g.up.get(left), g.up.get(right), pos) + pairCrossings(g.down.get(left), g.down.get(right), pos);
  }

  private static long pairCrossings(List<Integer> a, List<Integer> b, int[] pos) {
    long c = 0;
    for (int x : a) {
      for (int y : b) {
        if (pos[x] > pos[y]) {
          c++;
        }
      }
    }
    return c;
  }

  /** All crossings between neighbouring rows (inversions counted with a Fenwick tree). */
  static long crossings(ProperGraph g) {
    int[] pos = g.positions();
    long total = 0;
    for (int r = 0; r + 1 < g.rows.size(); r++) {
      List<long[]> segments = new ArrayList<>();
      for (int v : g.rows.get(r)) {
        for (int w : g.down.get(v)) {
          segments.add(new long[] {pos[v], pos[w]});
        }
      }
      segments.sort((x, y) -> x[0] != y[0] ? Long.compare(x[0], y[0]) : Long.compare(x[1], y[1]));
      int width = g.rows.get(r + 1).size();
      long[] tree = new long[width + 1];
      long seen = 0;
      for (long[] s : segments) {
        int p = (int) s[1];
        // segments seen so far whose lower end lies strictly right of this one cross it
        long atOrLeft = 0;
        for (int i = p + 1; i > 0; i -= i & -i) {
          atOrLeft += tree[i];
        }
        total += seen - atOrLeft;
        for (int i = p + 1; i <= width; i += i & -i) {
          tree[i]++;
        }
        seen++;
      }
    }
    return total;
  }

  static int[] order(ProperGraph g) {
    int[] pos = g.positions();
    return Arrays.copyOf(pos, pos.length);
  }
}
