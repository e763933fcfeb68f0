package dev.gen.graph.layout;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The graph as rows: every edge that spans several rows is split by a dummy node in each row it passes, so that
 * every edge joins two neighbouring rows. Real nodes keep their ids; dummies follow them.
 */
final class ProperGraph {

  final int real;
  final List<List<Integer>> rows = new ArrayList<>();
  final List<Integer> rowOf = new ArrayList<>();
  final List<List<Integer>> up = new ArrayList<>();
  final List<List<Integer>> down = new ArrayList<>();
  /** For each acyclic edge: its vertices from the top row to the bottom row. */
  final List<int[]> chains = new ArrayList<>();
  /** For each dummy (by id minus {@link #real}): the chain it belongs to. */
  final List<Integer> chainOf = new ArrayList<>();
  final List<Layering.Edge> edges;

  /**
   * @param rowOfReal the row of each real node
   * @param edges the acyclic edges; each goes to a lower row
   * @param hint the initial order: real nodes by this value (then id); dummies after the barycentre of their
   *     upper neighbour
   */
  ProperGraph(int[] rowOfReal, List<Layering.Edge> edges, double[] hint) {
    this.real = rowOfReal.length;
    this.edges = edges;
    int rowCount = 0;
    for (int r : rowOfReal) {
      rowCount = Math.max(rowCount, r + 1);
    }
    for (int r = 0; r < rowCount; r++) {
      rows.add(new ArrayList<>());
    }
    for (int v = 0; v < real; v++) {
      add(rowOfReal[v]);
    }
    for (Layering.Edge e : edges) {
      int top = rowOfReal[e.from()];
      int bottom = rowOfReal[e.to()];
      if (bottom <= top) {
        throw new IllegalStateException("an edge does not point down: " + e);
      }
      int[] chain = new int[bottom - top + 1];
      chain[0] = e.from();
      for (int r = top + 1; r < bottom; r++) {
        chain[r - top] = add(r);
        chainOf.add(chains.size());
      }
      chain[chain.length - 1] = e.to();
      for (int i = 0; i + 1 < chain.length; i++) {
        down.get(chain[i]).add(chain[i + 1]);
        up.get(chain[i + 1]).add(chain[i]);
      }
      chains.add(chain);
    }
    double[] key = new double[size()];
    for (int v = 0; v < real; v++) {
      key[v] = hint[v];
    }
    // a dummy starts below the node its edge comes from, so a first sweep has a sensible order to improve
    for (int[] chain : chains) {
      for (int i = 1; i + 1 < chain.length; i++) {
        key[chain[i]] = key[chain[0]] + 0.5 + i * 1e-6;
      }
    }
    for (List<Integer> row : rows) {
      row.sort(Comparator.<Integer>comparingDouble(v -> key[v]).thenComparingInt(v -> v));
    }
  }

  private int add(int row) {
    int id = rowOf.size();
    rowOf.add(row);
    up.add(new ArrayList<>());
    down.add(new ArrayList<>());
    rows.get(row).add(id);
    return id;
  }

  int size() {
    return rowOf.size();
  }

  boolean isDummy(int v) {
    return v >= real;
  }

  /**
   * True when {@code a} and {@code b} are dummies of edges that share an end: such edges run side by side, and
   * drawing them close together shows them as one bundle.
   */
  boolean bundled(int a, int b) {
    if (!isDummy(a) || !isDummy(b)) {
      return false;
    }
    int[] x = chains.get(chainOf.get(a - real));
    int[] y = chains.get(chainOf.get(b - real));
    return x[0] == y[0] || x[x.length - 1] == y[y.length - 1];
  }

  /** Each vertex's index in its row. */
  int[] positions() {
    int[] pos = new int[size()];
    for (List<Integer> row : rows) {
      for (int i = 0; i < row.size(); i++) {
        pos[row.get(i)] = i;
      }
    }
    return pos;
  }
}
