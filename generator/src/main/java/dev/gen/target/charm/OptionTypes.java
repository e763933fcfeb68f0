package dev.gen.target.charm;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.regex.Pattern;

/**
 * Infers a config option's type from an environment value, so that {@code juju config} checks what users set.
 *
 * <p>The charm writes an option back into the environment as text ({@code str(int)}, {@code repr(float)},
 * {@code "true"}/{@code "false"}), so a type is only inferred when that text is exactly the compose value: an
 * option must never change the value the workload sees by default. Hence {@code "0755"}, {@code "08"},
 * {@code "+1"}, {@code "-0"}, {@code "1e3"}, {@code "1.50"}, {@code "yes"} and {@code "True"} stay strings, and so
 * do integers outside Juju's int64.
 */
public final class OptionTypes {

  private static final Pattern INT = Pattern.compile("-?(?:0|[1-9][0-9]*)");

  /**
   * A decimal with a fraction whose shortest round-trip form ({@code repr} in Python) is itself: no trailing zero,
   * at most 15 significant digits (so no other decimal of that length maps to the same double), and not so small
   * that Python would switch to exponent notation (below 1e-4).
   */
  private static final Pattern FLOAT = Pattern.compile("-?(?:0|[1-9][0-9]*)\\.[0-9]*[1-9]");

  private static final BigInteger INT64_MIN = BigInteger.valueOf(Long.MIN_VALUE);
  private static final BigInteger INT64_MAX = BigInteger.valueOf(Long.MAX_VALUE);

  private OptionTypes() {}

  /** The inferred type and the typed default of a value. */
  public record Typed(OptionType type, Object value) {}

  /** The type of {@code value} and the default to write for it. */
  public static Typed infer(String value) {
    if (value.equals("true") || value.equals("false")) {
      return new Typed(OptionType.BOOLEAN, Boolean.valueOf(value));
    }
    if (INT.matcher(value).matches() && !value.equals("-0")) {
      BigInteger n = new BigInteger(value);
      if (n.compareTo(INT64_MIN) >= 0 && n.compareTo(INT64_MAX) <= 0) {
        return new Typed(OptionType.INT, n.longValueExact());
      }
      return new Typed(OptionType.STRING, value);
    }
    if (FLOAT.matcher(value).matches() && isShortestForm(value)) {
      return new Typed(OptionType.FLOAT, new BigDecimal(value));
    }
    return new Typed(OptionType.STRING, value);
  }

  private static boolean isShortestForm(String value) {
    BigDecimal d = new BigDecimal(value);
    if (d.precision() > 15) {
      return false;
    }
    // Python prints floats below 1e-4 in exponent notation ("1e-05"), which would change the text
    return d.abs().compareTo(new BigDecimal("0.0001")) >= 0;
  }
}
