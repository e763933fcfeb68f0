package dev.gen.yaml;

import dev.gen.diag.SourceLocation;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Objects;

/**
 * A scalar: {@code null}, a {@link String}, a {@link Boolean}, a {@link Long}, a {@link BigInteger} (too big for a
 * long) or a {@link Double}. {@link #text()} keeps the scalar exactly as written, because some fields are strings
 * whatever they look like (an environment value {@code 0755} must stay {@code "0755"} where Compose says so).
 */
public final class YScalar implements YNode {

  private final Object value;
  private final String text;
  private final boolean plain;
  private final SourceLocation location;
  private final String tag;

  public YScalar(Object value, String text, boolean plain, SourceLocation location, String tag) {
    if (value != null
        && !(value instanceof String
            || value instanceof Boolean
            || value instanceof Long
            || value instanceof BigInteger
            || value instanceof Double)) {
      throw new IllegalArgumentException("unsupported scalar type " + value.getClass().getName());
    }
    this.value = value;
    this.text = text == null ? (value == null ? "" : String.valueOf(value)) : text;
    this.plain = plain;
    this.location = Objects.requireNonNull(location, "location");
    this.tag = tag == null ? "" : tag;
  }

  public static YScalar of(Object value, SourceLocation location) {
    return new YScalar(normalize(value), null, false, location, "");
  }

  public static YScalar ofString(String value, SourceLocation location) {
    return new YScalar(value, value, false, location, "");
  }

  public static YScalar nullAt(SourceLocation location) {
    return new YScalar(null, "", true, location, "");
  }

  private static Object normalize(Object value) {
    if (value instanceof Integer i) {
      return i.longValue();
    }
    if (value instanceof Short s) {
      return s.longValue();
    }
    if (value instanceof Float f) {
      return f.doubleValue();
    }
    if (value instanceof BigDecimal d) {
      return d.doubleValue();
    }
    return value;
  }

  public Object value() {
    return value;
  }

  /** The scalar as written in the source (for a value built in code: its string form). */
  public String text() {
    return text;
  }

  /** True for a plain (unquoted) scalar in the source. */
  public boolean plain() {
    return plain;
  }

  @Override
  public SourceLocation location() {
    return location;
  }

  @Override
  public String tag() {
    return tag;
  }

  public boolean isString() {
    return value instanceof String;
  }

  public boolean isNumber() {
    return value instanceof Long || value instanceof BigInteger || value instanceof Double;
  }

  public boolean isBoolean() {
    return value instanceof Boolean;
  }

  /** The value as a string: strings as they are, numbers and booleans in their canonical form, null as null. */
  public String asString() {
    if (value == null) {
      return null;
    }
    if (value instanceof Double d) {
      return formatDouble(d);
    }
    return value.toString();
  }

  /** Doubles the way Go's strconv 'g'-ish formatting prints integral values: {@code 2.0} stays {@code 2}. */
  static String formatDouble(double d) {
    if (d == Math.rint(d) && !Double.isInfinite(d) && Math.abs(d) < 1e15) {
      return Long.toString((long) d);
    }
    return Double.toString(d);
  }

  public YScalar withValue(Object newValue) {
    return new YScalar(normalize(newValue), null, false, location, tag);
  }

  @Override
  public YScalar copy() {
    return this; // immutable
  }

  @Override
  public String kindName() {
    if (value == null) {
      return "null";
    }
    if (value instanceof String) {
      return "string";
    }
    if (value instanceof Boolean) {
      return "boolean";
    }
    return value instanceof Double ? "number" : "integer";
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof YScalar other && Objects.equals(value, other.value);
  }

  @Override
  public int hashCode() {
    return Objects.hashCode(value);
  }

  @Override
  public String toString() {
    return String.valueOf(value);
  }
}
