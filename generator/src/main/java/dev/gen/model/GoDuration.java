package dev.gen.model;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Duration;
import java.util.Optional;

/**
 * Durations in Go's notation ({@code 1m30s}, {@code 500ms}, {@code 1h0m0s}), the notation of Compose files, of
 * {@code docker compose config} and of the Docker CLI flags that targets pass them to. {@link #format} prints exactly
 * what Go's {@code time.Duration.String()} prints, so the model reads like the normalized project it came from.
 */
public final class GoDuration {

  private static final long NANOS_PER_SECOND = 1_000_000_000L;
  private static final BigInteger MAX_NANOS = BigInteger.valueOf(Long.MAX_VALUE);

  private GoDuration() {}

  /**
   * Parses Go's duration syntax: an optional sign, then one or more decimal numbers each followed by a unit
   * ({@code ns}, {@code us}, {@code µs}, {@code ms}, {@code s}, {@code m}, {@code h}); {@code 0} alone is zero.
   *
   * @return the duration, or empty when {@code text} is not a Go duration or does not fit in 64-bit nanoseconds
   */
  public static Optional<Duration> parse(String text) {
    if (text == null || text.isEmpty()) {
      return Optional.empty();
    }
    int i = 0;
    boolean negative = false;
    if (text.charAt(0) == '-' || text.charAt(0) == '+') {
      negative = text.charAt(0) == '-';
      i = 1;
    }
    if (text.substring(i).equals("0")) {
      return Optional.of(Duration.ZERO);
    }
    if (i == text.length()) {
      return Optional.empty();
    }
    BigDecimal totalNanos = BigDecimal.ZERO;
    while (i < text.length()) {
      int numberStart = i;
      while (i < text.length() && (Character.isDigit(text.charAt(i)) || text.charAt(i) == '.')) {
        i++;
      }
      String number = text.substring(numberStart, i);
      if (number.isEmpty() || number.equals(".") || number.indexOf('.') != number.lastIndexOf('.')
          || !number.chars().allMatch(c -> c == '.' || (c >= '0' && c <= '9'))) {
        return Optional.empty();
      }
      int unitStart = i;
      while (i < text.length() && !Character.isDigit(text.charAt(i)) && text.charAt(i) != '.') {
        i++;
      }
      Long unitNanos = unitNanos(text.substring(unitStart, i));
      if (unitNanos == null) {
        return Optional.empty();
      }
      totalNanos = totalNanos.add(new BigDecimal(number).multiply(BigDecimal.valueOf(unitNanos)));
    }
    BigInteger nanos = totalNanos.toBigInteger(); // Go truncates fractions of a nanosecond too
    if (nanos.compareTo(MAX_NANOS) > 0) {
      return Optional.empty();
    }
    long n = nanos.longValue();
    return Optional.of(Duration.ofNanos(negative ? -n : n));
  }

  private static Long unitNanos(String unit) {
    return switch (unit) {
      case "ns" -> 1L;
      case "us", "\u00b5s", "\u03bcs" -> 1_000L;
      case "ms" -> 1_000_000L;
      case "s" -> NANOS_PER_SECOND;
      case "m" -> 60 * NANOS_PER_SECOND;
      case "h" -> 3600 * NANOS_PER_SECOND;
      default -> null;
    };
  }

  /**
   * Go's {@code time.Duration.String()}: {@code 0s}; below one second the largest unit that keeps an integer part
   * ({@code 500ms}, {@code 1.5µs}, {@code 100ns}); else hours, minutes and seconds ({@code 1h0m0s}, {@code 1m30s},
   * {@code 1.5s}), trailing zero decimals dropped.
   *
   * @throws IllegalArgumentException when the duration does not fit in 64-bit nanoseconds, as Go's cannot
   */
  public static String format(Duration duration) {
    long nanos;
    try {
      nanos = duration.toNanos();
    } catch (ArithmeticException e) {
      throw new IllegalArgumentException("duration out of Go's range: " + duration, e);
    }
    if (nanos == 0) {
      return "0s";
    }
    String sign = nanos < 0 ? "-" : "";
    BigInteger abs = BigInteger.valueOf(nanos).abs();
    if (abs.compareTo(BigInteger.valueOf(NANOS_PER_SECOND)) < 0) {
      long n = abs.longValue();
      if (n < 1_000) {
        return sign + n + "ns";
      }
      if (n < 1_000_000) {
        return sign + decimal(n, 1_000) + "\u00b5s";
      }
      return sign + decimal(n, 1_000_000) + "ms";
    }
    BigInteger[] hoursAndRest = abs.divideAndRemainder(BigInteger.valueOf(3600 * NANOS_PER_SECOND));
    BigInteger[] minutesAndRest = hoursAndRest[1].divideAndRemainder(BigInteger.valueOf(60 * NANOS_PER_SECOND));
    String seconds = decimal(minutesAndRest[1].longValue(), NANOS_PER_SECOND) + "s";
    StringBuilder sb = new StringBuilder(sign);
    if (hoursAndRest[0].signum() > 0) {
      sb.append(hoursAndRest[0]).append('h').append(minutesAndRest[0]).append('m');
    } else if (minutesAndRest[0].signum() > 0) {
      sb.append(minutesAndRest[0]).append('m');
    }
    return sb.append(seconds).toString();
  }

  /** {@code value / unit} with the fraction's trailing zeros dropped. */
  private static String decimal(long value, long unit) {
    BigDecimal d = BigDecimal.valueOf(value).divide(BigDecimal.valueOf(unit)).stripTrailingZeros();
    return d.scale() <= 0 ? d.toBigInteger().toString() : d.toPlainString();
  }
}
