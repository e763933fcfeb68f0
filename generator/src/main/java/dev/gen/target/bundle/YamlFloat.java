package dev.gen.target.bundle;

import java.math.BigDecimal;

/**
 * A float option value as YAML reads it back as a float in both 1.1 and 1.2: plain digits with a point, never
 * {@code 1E-7} (a string in YAML 1.1). The template engine writes numbers as their {@link #toString()}.
 */
final class YamlFloat extends Number {

  private static final long serialVersionUID = 1L;

  private final BigDecimal value;

  YamlFloat(BigDecimal value) {
    this.value = value;
  }

  @Override
  public String toString() {
    String plain = value.toPlainString();
    return plain.contains(".") ? plain : plain + ".0";
  }

  @Override
  public int intValue() {
    return value.intValue();
  }

  @Override
  public long longValue() {
    return value.longValue();
  }

  @Override
  public float floatValue() {
    return value.floatValue();
  }

  @Override
  public double doubleValue() {
    return value.doubleValue();
  }
}
