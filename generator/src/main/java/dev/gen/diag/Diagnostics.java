package dev.gen.diag;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Collects warnings and notices during a run. Safe to share between threads (targets may render services in
 * parallel); {@link #all()} returns them in a deterministic order whatever the order they arrived in. Exact
 * duplicates are kept once.
 */
public final class Diagnostics {

  private final Set<Diagnostic> items = new LinkedHashSet<>();

  public synchronized void add(Diagnostic diagnostic) {
    items.add(diagnostic);
  }

  public void warn(String code, String message, SourceLocation location, String keyPath) {
    add(Diagnostic.warning(code, message, location, keyPath));
  }

  public void notice(String code, String message, SourceLocation location, String keyPath) {
    add(new Diagnostic(Severity.NOTICE, code, message, location, keyPath, ""));
  }

  public synchronized void addAll(Diagnostics other) {
    items.addAll(other.all());
  }

  /** All diagnostics, sorted by {@link Diagnostic#ORDER}. */
  public synchronized List<Diagnostic> all() {
    List<Diagnostic> list = new ArrayList<>(items);
    list.sort(Diagnostic.ORDER);
    return list;
  }

  public synchronized List<Diagnostic> withSeverity(Severity severity) {
    return all().stream().filter(d -> d.severity() == severity).toList();
  }

  public synchronized boolean isEmpty() {
    return items.isEmpty();
  }
}
