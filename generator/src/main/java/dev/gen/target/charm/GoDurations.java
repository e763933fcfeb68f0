package dev.gen.target.charm;

import java.time.Duration;

/** Durations in Go's notation ({@code 1m30s}, {@code 500ms}), which Pebble reads. */
public final class GoDurations {

  private GoDurations() {}

  public static String format(Duration d) {
    if (d.isZero()) {
      return "0s";
    }
    StringBuilder sb = new StringBuilder();
    if (d.isNegative()) {
      sb.append('-');
      d = d.negated();
    }
    long hours = d.toHours();
    long minutes = d.toMinutesPart();
    long seconds = d.toSecondsPart();
    long nanos = d.toNanosPart();
    if (hours == 0 && minutes == 0 && seconds == 0) {
      // below a second: the largest unit that keeps it whole
      if (nanos % 1_000_000 == 0) {
        return sb.append(nanos / 1_000_000).append("ms").toString();
      }
      if (nanos % 1_000 == 0) {
        return sb.append(nanos / 1_000).append("us").toString();
      }
      return sb.append(nanos).append("ns").toString();
    }
    if (hours > 0) {
      sb.append(hours).append('h');
    }
    if (hours > 0 || minutes > 0) {
      sb.append(minutes).append('m');
    }
    sb.append(seconds);
    if (nanos > 0) {
      String frac = String.format(java.util.Locale.ROOT, "%09d", nanos).replaceAll("0+$", "");
      sb.append('.').append(frac);
    }
    return sb.append('s').toString();
  }
}
