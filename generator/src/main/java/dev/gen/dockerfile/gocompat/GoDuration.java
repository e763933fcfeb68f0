package dev.gen.dockerfile.gocompat;

import java.time.Duration;
import java.util.Map;

/**
 * Go's {@code time.ParseDuration} and {@code Duration.String()}, which HEALTHCHECK options use:
 * {@code [-+]?([0-9]*(\.[0-9]*)?[a-z]+)+} with the units ns, us (µs, μs), ms, s, m and h, or a bare {@code 0}.
 * Values are nanoseconds in a signed 64-bit integer, as in Go.
 */
public final class GoDuration {

  private static final long NANOS_PER_SECOND = 1_000_000_000L;

  private static final Map<String, Long> UNITS = Map.of(
      "ns", 1L,
      "us", 1_000L,
      "\u00b5s", 1_000L,
      "\u03bcs", 1_000L,
      "ms", 1_000_000L,
      "s", NANOS_PER_SECOND,
      "m", 60 * NANOS_PER_SECOND,
      "h", 3600 * NANOS_PER_SECOND);

  /** A duration Go would not accept; the message is Go's. */
  public static final class InvalidDurationException extends Exception {
    private static final long serialVersionUID = 1L;

    InvalidDurationException(String message) {
      super(message);
    }
  }

  private GoDuration() {}

  /** Parses like {@code time.ParseDuration}. */
  public static Duration parse(String text) throws InvalidDurationException {
    String s = text;
    boolean negative = false;
    if (!s.isEmpty() && (s.charAt(0) == '-' || s.charAt(0) == '+')) {
      negative = s.charAt(0) == '-';
      s = s.substring(1);
    }
    if (s.equals("0")) {
      return Duration.ZERO;
    }
    if (s.isEmpty()) {
      throw invalid(text);
    }
    long total = 0; // unsigned, at most 1 << 63
    int i = 0;
    while (i < s.length()) {
      char c = s.charAt(i);
      if (!(c == '.' || (c >= '0' && c <= '9'))) {
        throw invalid(text);
      }
      // [0-9]*
      int start = i;
      long v = 0;
      while (i < s.length() && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
        if (Long.compareUnsigned(v, Long.divideUnsigned(Long.MIN_VALUE, 10)) > 0) {
          throw invalid(text);
        }
        v = v * 10 + (s.charAt(i) - '0');
        if (Long.compareUnsigned(v, Long.MIN_VALUE) > 0) {
          throw invalid(text);
        }
        i++;
      }
      boolean pre = i != start;
      // (\.[0-9]*)?
      long f = 0;
      double scale = 1;
      boolean post = false;
      if (i < s.length() && s.charAt(i) == '.') {
        i++;
        int fracStart = i;
        boolean overflow = false;
        while (i < s.length() && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
          if (!overflow) {
            if (Long.compareUnsigned(f, Long.MAX_VALUE / 10) > 0) {
              overflow = true;
            } else {
              long y = f * 10 + (s.charAt(i) - '0');
              if (Long.compareUnsigned(y, Long.MIN_VALUE) > 0) {
                overflow = true;
              } else {
                f = y;
                scale *= 10;
              }
            }
          }
          i++;
        }
        post = i != fracStart;
      }
      if (!pre && !post) {
        throw invalid(text);
      }
      // unit: everything up to the next '.' or digit
      int unitStart = i;
      while (i < s.length() && s.charAt(i) != '.' && !(s.charAt(i) >= '0' && s.charAt(i) <= '9')) {
        i++;
      }
      if (unitStart == i) {
        throw new InvalidDurationException("time: missing unit in duration " + GoQuote.quote(text));
      }
      String unitName = s.substring(unitStart, i);
      Long unit = UNITS.get(unitName);
      if (unit == null) {
        throw new InvalidDurationException(
            "time: unknown unit " + GoQuote.quote(unitName) + " in duration " + GoQuote.quote(text));
      }
      if (Long.compareUnsigned(v, Long.divideUnsigned(Long.MIN_VALUE, unit)) > 0) {
        throw invalid(text);
      }
      v *= unit;
      if (f > 0) {
        v += (long) (f * (unit / scale));
        if (Long.compareUnsigned(v, Long.MIN_VALUE) > 0) {
          throw invalid(text);
        }
      }
      total += v;
      if (Long.compareUnsigned(total, Long.MIN_VALUE) > 0) {
        throw invalid(text);
      }
    }
    if (negative) {
      return Duration.ofNanos(-total);
    }
    if (total == Long.MIN_VALUE) {
      throw invalid(text);
    }
    return Duration.ofNanos(total);
  }

  private static InvalidDurationException invalid(String text) {
    return new InvalidDurationException("time: invalid duration " + GoQuote.quote(text));
  }

  /** Go's {@code Duration.String()}: {@code 1m30s}, {@code 500ms}, {@code 0s}. */
  public static String format(Duration d) {
    long nanos = d.toNanos();
    if (nanos == 0) {
      return "0s";
    }
    boolean negative = nanos < 0;
    long u = negative ? -nanos : nanos; // Long.MIN_VALUE stays negative; treated as unsigned below
    StringBuilder sb = new StringBuilder();
    if (Long.compareUnsigned(u, NANOS_PER_SECOND) < 0) {
      String unit;
      int precision;
      if (u < 1_000L) {
        unit = "ns";
        precision = 0;
      } else if (u < 1_000_000L) {
        unit = "\u00b5s";
        precision = 3;
      } else {
        unit = "ms";
        precision = 6;
      }
      sb.append(withFraction(u, precision)).append(unit);
    } else {
      String seconds = withFraction(u, 9); // "<whole seconds>[.<fraction>]"
      int dot = seconds.indexOf('.');
      long wholeSeconds = Long.parseUnsignedLong(dot < 0 ? seconds : seconds.substring(0, dot));
      String fraction = dot < 0 ? "" : seconds.substring(dot);
      long minutes = Long.divideUnsigned(wholeSeconds, 60);
      sb.append(Long.remainderUnsigned(wholeSeconds, 60)).append(fraction).append('s');
      if (minutes > 0) {
        sb.insert(0, 'm').insert(0, minutes % 60);
        long hours = minutes / 60;
        if (hours > 0) {
          sb.insert(0, 'h').insert(0, hours);
        }
      }
    }
    if (negative) {
      sb.insert(0, '-');
    }
    return sb.toString();
  }

  /** {@code v / 10^precision} with the fraction's trailing zeros (and a bare dot) dropped. */
  private static String withFraction(long v, int precision) {
    long pow = 1;
    for (int i = 0; i < precision; i++) {
      pow *= 10;
    }
    String whole = Long.toUnsignedString(Long.divideUnsigned(v, pow));
    if (precision == 0) {
      return whole;
    }
    String fraction = String.format(java.util.Locale.ROOT, "%0" + precision + "d", Long.remainderUnsigned(v, pow));
    int end = fraction.length();
    while (end > 0 && fraction.charAt(end - 1) == '0') {
      end--;
    }
    return end == 0 ? whole : whole + "." + fraction.substring(0, end);
  }
}
