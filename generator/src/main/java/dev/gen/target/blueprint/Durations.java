package dev.gen.target.blueprint;

import java.time.Duration;

/** Durations in the form Brooklyn's {@code Duration} parser reads: a whole number of one unit. */
final class Durations {

  private Durations() {}

  static String brooklyn(Duration d) {
    long ms = d.toMillis();
    if (ms % 3_600_000 == 0 && ms > 0) {
      return ms / 3_600_000 + "h";
    }
    if (ms % 60_000 == 0 && ms > 0) {
      return ms / 60_000 + "m";
    }
    if (ms % 1000 == 0) {
      return ms / 1000 + "s";
    }
    return ms + "ms";
  }

  /** Whole seconds, rounded up (for {@code timeout} and {@code docker stop --time}). */
  static long seconds(Duration d) {
    long ms = d.toMillis();
    return (ms + 999) / 1000;
  }
}
