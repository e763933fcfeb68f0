package dev.gen.graph.layout;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;

/**
 * Cycle breaking and layer assignment. A depth-first search in node order reverses every edge that goes back to a
 * node on its stack, which leaves a directed acyclic graph. Layers follow the longest path from the sources (so every
 * edge points down); then each source with successors is pulled down to just above its highest successor, which
 * shortens its edges, and nodes without any edge get a row of their own at the bottom.
 */
final class Layering {

  /** An edge of the acyclic graph; {@code reversed} when it was turned round to break a cycle. */
  record Edge(int link, int from, int to, boolean reversed) {}

  private Layering() {}

  /** The acyclic edges of {@code links} (self-links left out), in link order. */
  static List<Edge> acyclic(int nodes, List<LayoutGraph.Link> links) {
    List<List<Integer>> out = new ArrayList<>();
    for (int i = 0; i < nodes; i++) {
      out.add(new ArrayList<>());
    }
    for (int i = 0; i < links.size(); i++) {
      LayoutGraph.Link l = links.get(i);
      if (l.from() != l.to()) {
        out.get(l.from()).add(i);
      }
    }
    int[] state = new int[nodes]; // 0 new, 1 on the stack, 2 done
    boolean[] back = new boolean[links.size()];
    for (int root = 0; root < nodes; root++) {
      if (state[root] != 0) {
        continue;
      }
      // iterative depth-first search: a deep chain of services must not overflow the stack
      Deque<int[]> stack = new ArrayDeque<>();
      stack.push(new int[] {root, 0});
      state[root] = 1;
      while (!stack.isEmpty()) {
        int[] top = stack.peek();
        List<Integer> edges = out.get(top[0]);
        if (top[1] < edges.size()) {
          int link = edges.get(top[1]++);
          int next = links.get(link).to();
          if (state[next] == 1) {
            back[link] = true;
          } else if (state[next] == 0) {
            state[next] = 1;
            stack.push(new int[] {next, 0});
          }
        } else {
          state[top[0]] = 2;
          stack.pop();
        }
      }
    }
    List<Edge> edges = new ArrayList<>();
    for (int i = 0; i < links.size(); i++) {
      LayoutGraph.Link l = links.get(i);
      if (l.from() != l.to()) {
        edges.add(back[i] ? new Edge(i, l.to(), l.from(), true) : new Edge(i, l.from(), l.to(), false));
      }
    }
    return edges;
  }

  /**
   * Two layerings of the nodes, 0 at the top, every edge going from a lower to a higher layer number: longest path
   * from the sources and longest path from the sinks, each improved by moving single nodes to the layer that
   * shortens their edges most. Nodes without any edge get a layer of their own at the bottom. The caller keeps the
   * one that draws better.
   */
  static List<int[]> candidates(int nodes, List<Edge> edges) {
    List<List<Integer>> succ = new ArrayList<>();
    List<List<Integer>> pred = new ArrayList<>();
    for (int i = 0; i < nodes; i++) {
      succ.add(new ArrayList<>());
      pred.add(new ArrayList<>());
    }
    for (Edge e : edges) {
      succ.get(e.from()).add(e.to());
      pred.get(e.to()).add(e.from());
    }
    int[] order = topologicalOrder(nodes, succ, pred);
    int[] fromSources = new int[nodes];
    for (int v : order) {
      for (int p : pred.get(v)) {
        fromSources[v] = Math.max(fromSources[v], fromSources[p] + 1);
      }
    }
    int[] height = new int[nodes];
    for (int i = order.length - 1; i >= 0; i--) {
      int v = order[i];
      for (int s : succ.get(v)) {
        height[v] = Math.max(height[v], height[s] + 1);
      }
    }
    int top = 0;
    for (int v = 0; v < nodes; v++) {
      top = Math.max(top, height[v]);
    }
    int[] fromSinks = new int[nodes];
    for (int v = 0; v < nodes; v++) {
      fromSinks[v] = top - height[v];
    }
    List<int[]> out = new ArrayList<>();
    for (int[] layer : List.of(fromSources, fromSinks)) {
      improve(layer, order, succ, pred);
      compact(layer);
      isolatedLast(layer, succ, pred);
      if (out.stream().noneMatch(l -> java.util.Arrays.equals(l, layer))) {
        out.add(layer);
      }
    }
    return out;
  }

  /** Nodes without any edge go to a layer of their own below the others. */
  private static void isolatedLast(int[] layer, List<List<Integer>> succ, List<List<Integer>> pred) {
    int max = -1;
    boolean anyConnected = false;
    for (int v = 0; v < layer.length; v++) {
      if (!pred.get(v).isEmpty() || !succ.get(v).isEmpty()) {
        max = Math.max(max, layer[v]);
        anyConnected = true;
      }
    }
    for (int v = 0; v < layer.length; v++) {
      if (pred.get(v).isEmpty() && succ.get(v).isEmpty()) {
        layer[v] = anyConnected ? max + 1 : 0;
      }
    }
  }

  /** The layers all edges span together: what a good layering keeps small. */
  static long span(int[] layer, List<Edge> edges) {
    long total = 0;
    for (Edge e : edges) {
      total += layer[e.to()] - layer[e.from()];
    }
    return total;
  }

  /**
   * Moves each node, while that shortens its edges, to the best layer between its lowest predecessor and its
   * highest successor (the median of its neighbours' layers, kept inside those bounds). Each move shortens the
   * total, so this ends; the round limit only bounds the time on very large graphs.
   */
  private static void improve(int[] layer, int[] order, List<List<Integer>> succ, List<List<Integer>> pred) {
    int bottom = 0;
    for (int l : layer) {
      bottom = Math.max(bottom, l);
    }
    for (int round = 0; round < 32; round++) {
      boolean moved = false;
      for (int v : order) {
        if (pred.get(v).isEmpty() && succ.get(v).isEmpty()) {
          continue;
        }
        int lo = 0;
        int hi = bottom;
        List<Integer> wanted = new ArrayList<>();
        for (int p : pred.get(v)) {
          lo = Math.max(lo, layer[p] + 1);
          wanted.add(layer[p] + 1);
        }
        for (int s : succ.get(v)) {
          hi = Math.min(hi, layer[s] - 1);
          wanted.add(layer[s] - 1);
        }
        wanted.sort(null);
        int n = wanted.size();
        // any layer between the two middle values is optimal: stay if the current one is among them
        int low = wanted.get((n - 1) / 2);
        int high = wanted.get(n / 2);
        int best = Math.max(low, Math.min(high, layer[v]));
        best = Math.max(lo, Math.min(hi, best));
        if (best != layer[v]) {
          layer[v] = best;
          moved = true;
        }
      }
      if (!moved) {
        return;
      }
    }
  }

  /** Removes empty layers, keeping the order of the others. */
  private static void compact(int[] layer) {
    java.util.TreeSet<Integer> used = new java.util.TreeSet<>();
    for (int l : layer) {
      used.add(l);
    }
    java.util.Map<Integer, Integer> index = new java.util.HashMap<>();
    int i = 0;
    for (int l : used) {
      index.put(l, i++);
    }
    for (int v = 0; v < layer.length; v++) {
      layer[v] = index.get(layer[v]);
    }
  }

  private static int[] topologicalOrder(int nodes, List<List<Integer>> succ, List<List<Integer>> pred) {
    int[] indegree = new int[nodes];
    for (int v = 0; v < nodes; v++) {
      indegree[v] = pred.get(v).size();
    }
    java.util.PriorityQueue<Integer> ready = new java.util.PriorityQueue<>();
    for (int v = 0; v < nodes; v++) {
      if (indegree[v] == 0) {
        ready.add(v);
      }
    }
    int[] order = new int[nodes];
    int n = 0;
    while (!ready.isEmpty()) {
      int v = ready.poll();
      order[n++] = v;
      for (int s : succ.get(v)) {
        if (--indegree[s] == 0) {
          ready.add(s);
        }
      }
    }
    if (n != nodes) {
      throw new IllegalStateException("the graph still has a cycle after cycle breaking");
    }
    return order;
  }

  /**
   * Wraps layers that hold more than {@code maxPerRow} nodes into several rows, keeping the nodes' order (their
   * position in {@code rank}, the order crossing reduction found). Nodes of one layer have no edge between them, so
   * every edge still points down.
   *
   * @return the row of each node
   */
  static int[] wrap(int[] layer, double[] rank, int maxPerRow) {
    int layers = Arrays.stream(layer).max().orElse(-1) + 1;
    List<List<Integer>> byLayer = new ArrayList<>();
    for (int l = 0; l < layers; l++) {
      byLayer.add(new ArrayList<>());
    }
    for (int v = 0; v < layer.length; v++) {
      byLayer.get(layer[v]).add(v);
    }
    int[] row = new int[layer.length];
    int offset = 0;
    for (List<Integer> nodes : byLayer) {
      nodes.sort((a, b) -> rank[a] != rank[b] ? Double.compare(rank[a], rank[b]) : Integer.compare(a, b));
      int rows = Math.max(1, (nodes.size() + maxPerRow - 1) / maxPerRow);
      int perRow = (nodes.size() + rows - 1) / rows; // balanced rows, not one full and one nearly empty
      for (int i = 0; i < nodes.size(); i++) {
        row[nodes.get(i)] = offset + i / Math.max(1, perRow);
      }
      offset += rows;
    }
    return row;
  }
}
