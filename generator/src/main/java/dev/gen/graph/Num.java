package dev.gen.graph;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Coordinates as SVG text: rounded to a tenth, no trailing zeros, no locale. */
final class Num {

  private Num() {}

  static String f(double v) {
    BigDecimal d = BigDecimal.valueOf(v).setScale(1, RoundingMode.HALF_EVEN).stripTrailingZeros();
    if (d.signum() == 0) {
      return "0";
    }
    return d.toPlainString();
  }
}
