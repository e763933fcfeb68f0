package dev.gen.compose;

import java.util.HashMap;
import java.util.Map;

/**
 * A set of path patterns ({@code services.*.ports.[].target}) each with a value, looked up by path in time
 * proportional to the path's length rather than the number of patterns: stages consult it for every node of
 * documents with thousands of services. An exact segment wins over {@code *}.
 */
final class PathRules<T> {

  private final Node<T> root = new Node<>();

  PathRules<T> add(String pattern, T value) {
    Node<T> n = root;
    for (String s : pattern.split("\\.", -1)) {
      n = s.equals("*") ? (n.any == null ? (n.any = new Node<>()) : n.any)
          : n.children.computeIfAbsent(s, k -> new Node<>());
    }
    n.value = value;
    return this;
  }

  /** The value of the pattern matching {@code path}, or null. */
  T find(KeyPath path) {
    return find(root, path.segments(), 0);
  }

  private T find(Node<T> n, String[] segs, int i) {
    if (i == segs.length) {
      return n.value;
    }
    Node<T> exact = n.children.get(segs[i]);
    if (exact != null) {
      T v = find(exact, segs, i + 1);
      if (v != null) {
        return v;
      }
    }
    return n.any == null ? null : find(n.any, segs, i + 1);
  }

  /** True when some pattern could match a path that extends {@code path} (to prune walks). */
  boolean mayMatchBelow(KeyPath path) {
    return mayMatchBelow(root, path.segments(), 0);
  }

  private boolean mayMatchBelow(Node<T> n, String[] segs, int i) {
    if (i == segs.length) {
      return !n.children.isEmpty() || n.any != null;
    }
    Node<T> exact = n.children.get(segs[i]);
    if (exact != null && mayMatchBelow(exact, segs, i + 1)) {
      return true;
    }
    return n.any != null && mayMatchBelow(n.any, segs, i + 1);
  }

  private static final class Node<T> {
    final Map<String, Node<T>> children = new HashMap<>();
    Node<T> any;
    T value;
  }
}
