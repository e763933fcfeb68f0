package dev.gen.diag;

/** How much a diagnostic matters. Errors stop the run; warnings and notices are reported and the run goes on. */
public enum Severity {
  ERROR,
  WARNING,
  /** Something deliberately not carried over that is normally harmless (for example {@code x-} anchor blocks). */
  NOTICE;

  public String label() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
