package dev.gen.graph.layout;

import java.util.Arrays;
import java.util.List;

/**
 * Horizontal coordinates: each vertex is pulled towards the median of its neighbours in the row above (downward
 * sweeps), below (upward sweeps), then both, while its row keeps its order and its minimum spacing. Each row is
 * placed by weighted least squares under those constraints, solved exactly with pool-adjacent-violators. Dummies
 * weigh more than boxes, which keeps long edges straight.
 */
final class Placement {

  private static final int ROUNDS = 8;
  private static final double DUMMY_WEIGHT = 4;
  private static final double FREE_WEIGHT = 0.05;
  private static final double BUNDLE_SPACING = 5;

  private Placement() {}

  /** The centre x of every vertex. */
  static double[] place(ProperGraph g, double[] width, LayoutOptions options) {
    double[] x = new double[g.size()];
    for (List<Integer> row : g.rows) {
      double cursor = 0;
      for (int i = 0; i < row.size(); i++) {
        int v = row.get(i);
        if (i > 0) {
          cursor += separation(g, row.get(i - 1), v, width, options);
        }
        x[v] = cursor;
      }
    }
    int n = g.rows.size();
    for (int round = 0; round < ROUNDS; round++) {
      for (int r = 1; r < n; r++) {
        placeRow(g, r, x, width, options, true, false);
      }
      for (int r = n - 2; r >= 0; r--) {
        placeRow(g, r, x, width, options, false, true);
      }
    }
    for (int round = 0; round < 2; round++) {
      for (int r = 0; r < n; r++) {
        placeRow(g, r, x, width, options, true, true);
      }
    }
    return x;
  }

  private static double separation(ProperGraph g, int left, int right, double[] width, LayoutOptions options) {
    if (g.bundled(left, right)) {
      return BUNDLE_SPACING;
    }
    double gap = g.isDummy(left) || g.isDummy(right) ? options.dummyWidth() / 2 : options.nodeGap();
    return width[left] / 2 + width[right] / 2 + gap;
  }

  private static void placeRow(ProperGraph g, int r, double[] x, double[] width, LayoutOptions options,
      boolean useUp, boolean useDown) {
    List<Integer> row = g.rows.get(r);
    int k = row.size();
    double[] offset = new double[k];
    double[] target = new double[k];
    double[] weight = new double[k];
    for (int i = 0; i < k; i++) {
      int v = row.get(i);
      if (i > 0) {
        offset[i] = offset[i - 1] + separation(g, row.get(i - 1), v, width, options);
      }
      List<Integer> up = useUp ? g.up.get(v) : List.of();
      List<Integer> down = useDown ? g.down.get(v) : List.of();
      double desired;
      if (up.isEmpty() && down.isEmpty()) {
        desired = x[v];
        weight[i] = FREE_WEIGHT;
      } else {
        double[] ns = new double[up.size() + down.size()];
        int j = 0;
        for (int u : up) {
          ns[j++] = x[u];
        }
        for (int u : down) {
          ns[j++] = x[u];
        }
        desired = median(ns);
        weight[i] = g.isDummy(v) ? DUMMY_WEIGHT : 1;
      }
      target[i] = desired - offset[i];
    }
    double[] y = isotonic(target, weight);
    for (int i = 0; i < k; i++) {
      x[row.get(i)] = y[i] + offset[i];
    }
  }

  private static double median(double[] v) {
    Arrays.sort(v);
    int m = v.length / 2;
    return v.length % 2 == 1 ? v[m] : (v[m - 1] + v[m]) / 2;
  }

  /** The non-decreasing sequence closest to {@code t} in weighted least squares (pool adjacent violators). */
  static double[] isotonic(double[] t, double[] w) {
    int n = t.length;
    double[] mean = new double[n];
    double[] weight = new double[n];
    int[] count = new int[n];
    int blocks = 0;
    for (int i = 0; i < n; i++) {
      mean[blocks] = t[i];
      weight[blocks] = w[i];
      count[blocks] = 1;
      blocks++;
      while (blocks > 1 && mean[blocks - 2] > mean[blocks - 1]) {
        double total = weight[blocks - 2] + weight[blocks - 1];
        mean[blocks - 2] = (mean[blocks - 2] * weight[blocks - 2] + mean[blocks - 1] * weight[blocks - 1]) / total;
        weight[blocks - 2] = total;
        count[blocks - 2] += count[blocks - 1];
        blocks--;
      }
    }
    double[] out = new double[n];
    int i = 0;
    for (int b = 0; b < blocks; b++) {
      for (int j = 0; j < count[b]; j++) {
        out[i++] = mean[b];
      }
    }
    return out;
  }
}
