package dev.gen.compose;

import dev.gen.yaml.YMap;
import dev.gen.yaml.YNode;
import dev.gen.yaml.YSeq;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * The {@code !reset} and {@code !override} tags of one document (compose-go's {@code ResetProcessor}). Collecting
 * them removes every {@code !reset} value from the document and remembers its path; {@code !override} values stay.
 * Applying them to what earlier files (or an extended service) defined removes those paths, so that the merge that
 * follows leaves the attribute unset ({@code !reset}) or replaced rather than merged ({@code !override}).
 */
final class Resets {

  private final List<String[]> paths = new ArrayList<>();

  private Resets() {}

  /** Collects the tags of {@code document}, removing the {@code !reset} values from it. */
  static Resets collect(YMap document) {
    Resets r = new Resets();
    r.scan(document, KeyPath.ROOT);
    return r;
  }

  static Resets none() {
    return new Resets();
  }

  boolean isEmpty() {
    return paths.isEmpty();
  }

  private void scan(YNode node, KeyPath path) {
    if (node instanceof YMap m) {
      for (String k : Nodes.keys(m)) {
        YNode v = m.get(k);
        KeyPath next = path.key(k);
        if (v.tag().equals("!reset")) {
          paths.add(next.segments());
          m.remove(k);
        } else if (v.tag().equals("!override")) {
          paths.add(next.segments());
        } else {
          scan(v, next);
        }
      }
    } else if (node instanceof YSeq s) {
      Iterator<YNode> it = s.mutableItems().iterator();
      int i = 0;
      while (it.hasNext()) {
        YNode v = it.next();
        KeyPath next = path.index(i++);
        if (v.tag().equals("!reset")) {
          it.remove();
        } else if (v.tag().equals("!override")) {
          paths.add(next.segments());
        } else {
          scan(v, next);
        }
      }
    }
  }

  /** Removes the recorded paths from {@code target}. */
  void apply(YMap target) {
    if (!paths.isEmpty()) {
      remove(target, KeyPath.ROOT);
    }
  }

  private void remove(YNode node, KeyPath path) {
    if (node instanceof YMap m) {
      for (String k : Nodes.keys(m)) {
        KeyPath next = path.key(k);
        if (matches(next)) {
          m.remove(k);
        } else if (prefixOfSome(next)) {
          remove(m.get(k), next);
        }
      }
    } else if (node instanceof YSeq s) {
      for (int i = 0; i < s.size(); i++) {
        KeyPath next = path.index(i);
        if (prefixOfSome(next)) {
          remove(s.get(i), next);
        }
      }
    }
  }

  private boolean matches(KeyPath p) {
    for (String[] pattern : paths) {
      if (p.matches(pattern)) {
        return true;
      }
    }
    return false;
  }

  private boolean prefixOfSome(KeyPath p) {
    String[] segs = p.segments();
    for (String[] pattern : paths) {
      if (pattern.length > segs.length) {
        boolean ok = true;
        for (int i = 0; i < segs.length && ok; i++) {
          ok = pattern[i].equals(segs[i]) || pattern[i].equals("*");
        }
        if (ok) {
          return true;
        }
      }
    }
    return false;
  }
}
