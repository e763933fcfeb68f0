package dev.gen.compose;

import dev.gen.yaml.YMap;
import dev.gen.yaml.YNode;
import dev.gen.yaml.YScalar;
import dev.gen.yaml.YSeq;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Locale;

/**
 * Go's text forms of values, where Compose's output depends on them: {@code fmt.Sprint} of a decoded YAML value
 * (an environment value {@code 1e6} becomes {@code "1e+06"}), and {@code strconv} parsing with Go's messages.
 */
final class GoValues {

  private GoValues() {}

  /** {@code fmt.Sprint(v)} for a scalar value. */
  static String sprint(Object v) {
    if (v == null) {
      return "<nil>";
    }
    if (v instanceof Double d) {
      return formatFloat(d, 64);
    }
    return v.toString();
  }

  /** {@code fmt.Sprint} of any node (lists and maps the way Go prints them; rarely needed). */
  static String sprint(YNode n) {
    if (n instanceof YScalar s) {
      return sprint(s.value());
    }
    if (n instanceof YSeq seq) {
      StringBuilder sb = new StringBuilder("[");
      for (int i = 0; i < seq.size(); i++) {
        sb.append(i > 0 ? " " : "").append(sprint(seq.get(i)));
      }
      return sb.append(']').toString();
    }
    YMap m = (YMap) n;
    StringBuilder sb = new StringBuilder("map[");
    boolean first = true;
    for (String k : m.keys().stream().sorted().toList()) {
      sb.append(first ? "" : " ").append(k).append(':').append(sprint(m.get(k)));
      first = false;
    }
    return sb.append(']').toString();
  }

  /** The string a scalar decodes to in a Go string field (numbers in Go's form, null as null). */
  static String asGoString(YScalar s) {
    Object v = s.value();
    return v == null ? null : sprint(v);
  }

  /** Go's {@code strconv.FormatFloat(f, 'g', -1, bits)}, which is also what {@code %v} prints. */
  static String formatFloat(double d, int bits) {
    if (Double.isNaN(d)) {
      return "NaN";
    }
    if (Double.isInfinite(d)) {
      return d > 0 ? "+Inf" : "-Inf";
    }
    if (d == 0) {
      return (1 / d < 0) ? "-0" : "0";
    }
    String shortest = bits == 32 ? Float.toString((float) d) : Double.toString(d);
    BigDecimal bd = new BigDecimal(shortest).stripTrailingZeros();
    String digits = bd.unscaledValue().abs().toString();
    int exp = digits.length() - bd.scale() - 1; // decimal exponent of the first digit
    boolean negative = bd.signum() < 0;
    StringBuilder sb = new StringBuilder(negative ? "-" : "");
    if (exp < -4 || exp >= 6) {
      sb.append(digits.charAt(0));
      if (digits.length() > 1) {
        sb.append('.').append(digits, 1, digits.length());
      }
      sb.append('e').append(exp < 0 ? '-' : '+');
      int a = Math.abs(exp);
      if (a < 10) {
        sb.append('0');
      }
      return sb.append(a).toString();
    }
    return sb.append(bd.abs().toPlainString()).toString();
  }

  /** A float32 value as Go prints it, turned back into the double with the same shortest decimal form. */
  static double float32(double d) {
    return Double.parseDouble(Float.toString((float) d));
  }

  /** Go's {@code strconv.Atoi} / {@code ParseInt(s, 10, 64)}: optional sign, decimal digits only. */
  static long parseInt(String s, String func, int bits) {
    String err = "strconv." + func + ": parsing " + quote(s) + ": ";
    int i = 0;
    if (!s.isEmpty() && (s.charAt(0) == '+' || s.charAt(0) == '-')) {
      i = 1;
    }
    if (i == s.length()) {
      throw new NumberFormatException(err + "invalid syntax");
    }
    for (int k = i; k < s.length(); k++) {
      char c = s.charAt(k);
      if (c < '0' || c > '9') {
        throw new NumberFormatException(err + "invalid syntax");
      }
    }
    BigInteger v = new BigInteger(s.charAt(0) == '+' ? s.substring(1) : s);
    if (v.bitLength() >= bits) {
      throw new NumberFormatException(err + "value out of range");
    }
    return v.longValue();
  }

  /** Go's {@code strconv.ParseFloat(s, bits)} for the decimal forms (hex floats and "inf" are not expected). */
  static double parseFloat(String s, int bits) {
    String err = "strconv.ParseFloat: parsing " + quote(s) + ": ";
    String t = s.replace("_", "");
    String lower = t.toLowerCase(Locale.ROOT);
    if (lower.matches("[+-]?(inf|infinity)")) {
      return lower.startsWith("-") ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
    }
    if (lower.matches("[+-]?nan")) {
      return Double.NaN;
    }
    if (!t.matches("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?")) {
      throw new NumberFormatException(err + "invalid syntax");
    }
    double d = Double.parseDouble(t);
    if (bits == 32) {
      float f = (float) d;
      if (Float.isInfinite(f)) {
        throw new NumberFormatException(err + "value out of range");
      }
      return float32(d);
    }
    if (Double.isInfinite(d)) {
      throw new NumberFormatException(err + "value out of range");
    }
    return d;
  }

  /** Go's {@code %q} for plain text (enough for messages). */
  static String quote(String s) {
    StringBuilder sb = new StringBuilder("\"");
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> sb.append("\\\"");
        case '\\' -> sb.append("\\\\");
        case '\n' -> sb.append("\\n");
        case '\t' -> sb.append("\\t");
        case '\r' -> sb.append("\\r");
        default -> {
          if (c < 0x20 || c == 0x7f) {
            sb.append(String.format(Locale.ROOT, "\\x%02x", (int) c));
          } else {
            sb.append(c);
          }
        }
      }
    }
    return sb.append('"').toString();
  }
}
