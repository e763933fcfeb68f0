package dev.gen.compose;

import java.math.BigDecimal;
import java.math.BigInteger;

/** Go's {@code time.ParseDuration} and {@code Duration.String()}: {@code 90s} reads as 90 s and prints {@code 1m30s}. */
final class GoDuration {

  private GoDuration() {}

  /** Nanoseconds, or a {@link NumberFormatException} with Go's message. */
  static long parse(String s) {
    String orig = s;
    boolean neg = false;
    if (!s.isEmpty() && (s.charAt(0) == '-' || s.charAt(0) == '+')) {
      neg = s.charAt(0) == '-';
      s = s.substring(1);
    }
    if (s.equals("0")) {
      return 0;
    }
    if (s.isEmpty()) {
      throw invalid(orig);
    }
    BigDecimal total = BigDecimal.ZERO;
    int i = 0;
    while (i < s.length()) {
      int start = i;
      while (i < s.length() && Character.isDigit(s.charAt(i))) {
        i++;
      }
      String whole = s.substring(start, i);
      String frac = "";
      if (i < s.length() && s.charAt(i) == '.') {
        i++;
        int fs = i;
        while (i < s.length() && Character.isDigit(s.charAt(i))) {
          i++;
        }
        frac = s.substring(fs, i);
      }
      if (whole.isEmpty() && frac.isEmpty()) {
        throw invalid(orig);
      }
      int us = i;
      while (i < s.length() && s.charAt(i) != '.' && !Character.isDigit(s.charAt(i))) {
        i++;
      }
      String unit = s.substring(us, i);
      if (unit.isEmpty()) {
        throw new NumberFormatException("time: missing unit in duration " + GoValues.quote(orig));
      }
      long scale = switch (unit) {
        case "ns" -> 1L;
        case "us", "µs", "μs" -> 1_000L;
        case "ms" -> 1_000_000L;
        case "s" -> 1_000_000_000L;
        case "m" -> 60_000_000_000L;
        case "h" -> 3_600_000_000_000L;
        default -> throw new NumberFormatException("time: unknown unit " + GoValues.quote(unit) + " in duration "
            + GoValues.quote(orig));
      };
      BigDecimal v = new BigDecimal((whole.isEmpty() ? "0" : whole) + (frac.isEmpty() ? "" : "." + frac));
      total = total.add(v.multiply(BigDecimal.valueOf(scale)));
      if (total.compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) > 0) {
        throw invalid(orig);
      }
    }
    long nanos = total.setScale(0, java.math.RoundingMode.DOWN).longValueExact();
    return neg ? -nanos : nanos;
  }

  private static NumberFormatException invalid(String orig) {
    return new NumberFormatException("time: invalid duration " + GoValues.quote(orig));
  }

  /** Go's {@code Duration.String()}. */
  static String format(long d) {
    if (d == 0) {
      return "0s";
    }
    boolean neg = d < 0;
    BigInteger u = BigInteger.valueOf(d).abs();
    StringBuilder sb = new StringBuilder();
    long v = u.longValue();
    if (v < 1_000_000_000L) {
      String unit;
      int prec;
      if (v < 1_000L) {
        unit = "ns";
        prec = 0;
      } else if (v < 1_000_000L) {
        unit = "µs";
        prec = 3;
      } else {
        unit = "ms";
        prec = 6;
      }
      sb.append(frac(v, prec)).append(unit);
    } else {
      long seconds = v / 1_000_000_000L;
      long nanos = v % 1_000_000_000L;
      String fraction = fractionDigits(nanos, 9);
      long h = seconds / 3600;
      long m = (seconds / 60) % 60;
      long s = seconds % 60;
      if (h > 0) {
        sb.append(h).append('h');
      }
      if (h > 0 || m > 0) {
        sb.append(m).append('m');
      }
      sb.append(s).append(fraction).append('s');
    }
    return (neg ? "-" : "") + sb;
  }

  private static String frac(long v, int prec) {
    if (prec == 0) {
      return Long.toString(v);
    }
    long div = (long) Math.pow(10, prec);
    return (v / div) + fractionDigits(v % div, prec);
  }

  private static String fractionDigits(long rest, int prec) {
    if (rest == 0) {
      return "";
    }
    String digits = String.format(java.util.Locale.ROOT, "%0" + prec + "d", rest).replaceAll("0+$", "");
    return "." + digits;
  }
}
