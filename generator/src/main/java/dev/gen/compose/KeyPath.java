package dev.gen.compose;

import java.util.ArrayList;
import java.util.List;

/**
 * A position in a compose document: {@code services.web.ports[1]}. Immutable and cheap to extend (a parent link),
 * because every stage walks whole trees. Patterns use {@code *} for any one segment and {@code []} for any list
 * index, as compose-go's {@code tree.Path} does.
 */
final class KeyPath {

  static final KeyPath ROOT = new KeyPath(null, null, -1, 0);

  private final KeyPath parent;
  private final String key;
  private final int index;
  private final int depth;

  private KeyPath(KeyPath parent, String key, int index, int depth) {
    this.parent = parent;
    this.key = key;
    this.index = index;
    this.depth = depth;
  }

  /** Parses a dotted path such as {@code services.web.image} (no list indexes). */
  static KeyPath of(String dotted) {
    KeyPath p = ROOT;
    if (dotted.isEmpty()) {
      return p;
    }
    for (String s : dotted.split("\\.", -1)) {
      p = p.key(s);
    }
    return p;
  }

  KeyPath key(String k) {
    return new KeyPath(this, k, -1, depth + 1);
  }

  KeyPath index(int i) {
    return new KeyPath(this, null, i, depth + 1);
  }

  int depth() {
    return depth;
  }

  KeyPath parent() {
    return parent;
  }

  boolean isIndex() {
    return key == null && depth > 0;
  }

  /** The last segment: the key, or {@code [i]}. */
  String last() {
    return key != null ? key : "[" + index + "]";
  }

  /** The segment at {@code i} (0-based from the root); list indexes read {@code []}. */
  String segment(int i) {
    KeyPath p = this;
    for (int k = depth - 1; k > i; k--) {
      p = p.parent;
    }
    return p.key != null ? p.key : "[]";
  }

  String[] segments() {
    String[] out = new String[depth];
    KeyPath p = this;
    for (int i = depth - 1; i >= 0; i--) {
      out[i] = p.key != null ? p.key : "[]";
      p = p.parent;
    }
    return out;
  }

  /** True when every segment matches the pattern's ({@code *} matches anything, {@code []} any index). */
  boolean matches(String[] pattern) {
    if (pattern.length != depth) {
      return false;
    }
    KeyPath p = this;
    for (int i = depth - 1; i >= 0; i--) {
      String want = pattern[i];
      if (!want.equals("*")) {
        String have = p.key != null ? p.key : "[]";
        if (!want.equals(have)) {
          return false;
        }
      }
      p = p.parent;
    }
    return true;
  }

  boolean matches(String pattern) {
    return matches(pattern.split("\\.", -1));
  }

  /** {@code services.web.ports[1]}: the form used in diagnostics. */
  @Override
  public String toString() {
    if (depth == 0) {
      return "";
    }
    List<KeyPath> chain = chain();
    StringBuilder sb = new StringBuilder();
    for (KeyPath p : chain) {
      if (p.key != null) {
        if (sb.length() > 0) {
          sb.append('.');
        }
        sb.append(p.key);
      } else {
        sb.append('[').append(p.index).append(']');
      }
    }
    return sb.toString();
  }

  /** compose-go's rendering: segments joined by dots, list items as {@code [i]} (or {@code []}). */
  String goStyle(boolean anyIndex) {
    List<KeyPath> chain = chain();
    StringBuilder sb = new StringBuilder();
    for (KeyPath p : chain) {
      if (sb.length() > 0) {
        sb.append('.');
      }
      sb.append(p.key != null ? p.key : anyIndex ? "[]" : "[" + p.index + "]");
    }
    return sb.toString();
  }

  private List<KeyPath> chain() {
    List<KeyPath> chain = new ArrayList<>(depth);
    for (KeyPath p = this; p.depth > 0; p = p.parent) {
      chain.add(0, p);
    }
    return chain;
  }
}
