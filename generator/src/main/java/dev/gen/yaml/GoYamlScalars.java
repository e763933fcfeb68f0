package dev.gen.yaml;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Scalar typing as go-yaml v3 (the YAML library of compose-go) does it when decoding into untyped values. It is
 * YAML 1.2 with one YAML 1.1 leftover: only {@code true}/{@code false} are booleans ({@code yes}, {@code on},
 * {@code y} stay strings), there are no base-60 numbers ({@code 22:22} is a string), {@code 0755} and
 * {@code 0o755} are octal, {@code ~}, {@code null} and the empty scalar are null, underscores are allowed in numbers,
 * and {@code 2001-12-14} is a timestamp. Quoted and block scalars are always strings.
 *
 * <p>Timestamps have no type of their own in the located tree: they become the string Go prints for a
 * {@code time.Time} ({@code 2001-12-14 00:00:00 +0000 UTC}), which is what Compose puts in string fields.
 */
final class GoYamlScalars {

  /** The kinds go-yaml resolves a scalar to (its short tags). */
  enum Kind {
    STR, INT, FLOAT, BOOL, NULL, TIMESTAMP, MERGE;

    String shortTag() {
      return "!!" + name().toLowerCase(Locale.ROOT);
    }
  }

  /** A resolved scalar: its kind and value (null, String, Boolean, Long, BigInteger or Double). */
  record Resolved(Kind kind, Object value) {}

  private static final String YAML_TAG_PREFIX = "tag:yaml.org,2002:";
  private static final Set<String> TRUE = Set.of("true", "True", "TRUE");
  private static final Set<String> FALSE = Set.of("false", "False", "FALSE");
  private static final Set<String> NULL = Set.of("", "~", "null", "Null", "NULL");
  private static final Set<String> NAN = Set.of(".nan", ".NaN", ".NAN");
  private static final Set<String> POS_INF = Set.of(".inf", ".Inf", ".INF", "+.inf", "+.Inf", "+.INF");
  private static final Set<String> NEG_INF = Set.of("-.inf", "-.Inf", "-.INF");
  private static final Pattern YAML_STYLE_FLOAT =
      Pattern.compile("^[-+]?(\\.[0-9]+|[0-9]+(\\.[0-9]*)?)([eE][-+]?[0-9]+)?$");
  private static final Pattern DATE = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})");
  private static final Pattern DATE_TIME = Pattern.compile(
      "(\\d{4})-(\\d{1,2})-(\\d{1,2})([Tt]| )(\\d{1,2}):(\\d{1,2}):(\\d{1,2})(\\.\\d+)?(Z|[+-]\\d{2}:\\d{2})?");

  private GoYamlScalars() {}

  /** Resolves a scalar without an explicit tag: plain scalars are typed, others are strings. */
  static Resolved implicit(String value, boolean plain) {
    return plain ? resolvePlain(value, true) : new Resolved(Kind.STR, value);
  }

  /**
   * Resolves a scalar with an explicit tag. Standard tags ({@code !!int}, {@code !!str}...) must fit the value, as in
   * go-yaml; other tags (custom ones such as {@code !reset}) leave the value a string.
   *
   * @return the value, or null with {@code error[0]} set to go-yaml's message when the value does not fit the tag
   */
  static Resolved explicit(String tag, String value, String[] error) {
    String shortTag = tag.startsWith(YAML_TAG_PREFIX) ? "!!" + tag.substring(YAML_TAG_PREFIX.length()) : tag;
    switch (shortTag) {
      case "!!str":
        return new Resolved(Kind.STR, value);
      case "!!binary":
        try {
          byte[] bytes = Base64.getMimeDecoder().decode(value);
          return new Resolved(Kind.STR, new String(bytes, StandardCharsets.UTF_8));
        } catch (IllegalArgumentException e) {
          error[0] = "!!binary value contains invalid base64 data";
          return null;
        }
      case "!!int", "!!float", "!!bool", "!!null", "!!timestamp": {
        Resolved r = resolvePlain(value, shortTag.equals("!!timestamp"));
        String want = shortTag;
        if (r.kind().shortTag().equals(want)) {
          return r;
        }
        if (want.equals("!!float") && r.kind() == Kind.INT) {
          return new Resolved(Kind.FLOAT, ((Number) r.value()).doubleValue());
        }
        error[0] = "cannot decode " + r.kind().shortTag() + " `" + value + "` as a " + want;
        return null;
      }
      default:
        return new Resolved(Kind.STR, value);
    }
  }

  private static Resolved resolvePlain(String in, boolean timestamps) {
    if (TRUE.contains(in)) {
      return new Resolved(Kind.BOOL, Boolean.TRUE);
    }
    if (FALSE.contains(in)) {
      return new Resolved(Kind.BOOL, Boolean.FALSE);
    }
    if (NULL.contains(in)) {
      return new Resolved(Kind.NULL, null);
    }
    if (NAN.contains(in)) {
      return new Resolved(Kind.FLOAT, Double.NaN);
    }
    if (POS_INF.contains(in)) {
      return new Resolved(Kind.FLOAT, Double.POSITIVE_INFINITY);
    }
    if (NEG_INF.contains(in)) {
      return new Resolved(Kind.FLOAT, Double.NEGATIVE_INFINITY);
    }
    if (in.equals("<<")) {
      return new Resolved(Kind.MERGE, in);
    }
    char c = in.charAt(0);
    if (c == '.') {
      if (YAML_STYLE_FLOAT.matcher(in).matches()) {
        Double d = parseFiniteDouble(in);
        if (d != null) {
          return new Resolved(Kind.FLOAT, d);
        }
      }
      return new Resolved(Kind.STR, in);
    }
    if (!(c >= '0' && c <= '9') && c != '+' && c != '-') {
      return new Resolved(Kind.STR, in);
    }
    if (timestamps) {
      String ts = GoTime.parseTimestamp(in);
      if (ts != null) {
        return new Resolved(Kind.TIMESTAMP, ts);
      }
    }
    String plain = in.replace("_", "");
    Object integer = parseGoInteger(plain);
    if (integer != null) {
      return new Resolved(Kind.INT, integer);
    }
    if (YAML_STYLE_FLOAT.matcher(plain).matches()) {
      Double d = parseFiniteDouble(plain);
      if (d != null) {
        return new Resolved(Kind.FLOAT, d);
      }
    }
    return new Resolved(Kind.STR, in);
  }

  private static Double parseFiniteDouble(String s) {
    try {
      double d = Double.parseDouble(s);
      return Double.isInfinite(d) ? null : d;
    } catch (NumberFormatException e) {
      return null;
    }
  }

  /**
   * Go's {@code strconv.ParseInt(s, 0, 64)}, falling back to {@code ParseUint}: an optional sign, then {@code 0x},
   * {@code 0o}, {@code 0b} or a leading {@code 0} (octal) or decimal digits. Returns a Long, a BigInteger (above
   * the int64 range, unsigned only) or null.
   */
  static Object parseGoInteger(String s) {
    int i = 0;
    boolean negative = false;
    if (!s.isEmpty() && (s.charAt(0) == '+' || s.charAt(0) == '-')) {
      negative = s.charAt(0) == '-';
      i = 1;
    }
    String body = s.substring(i);
    int radix = 10;
    if (body.length() >= 2 && body.charAt(0) == '0') {
      char p = Character.toLowerCase(body.charAt(1));
      if (p == 'x') {
        radix = 16;
        body = body.substring(2);
      } else if (p == 'o') {
        radix = 8;
        body = body.substring(2);
      } else if (p == 'b') {
        radix = 2;
        body = body.substring(2);
      } else {
        radix = 8;
        body = body.substring(1);
      }
    }
    if (body.isEmpty()) {
      return null;
    }
    for (int k = 0; k < body.length(); k++) {
      if (Character.digit(body.charAt(k), radix) < 0 || body.charAt(k) > 'z') {
        return null;
      }
    }
    BigInteger v = new BigInteger(body, radix);
    if (negative) {
      v = v.negate();
    }
    if (v.bitLength() < 64) {
      return v.longValue();
    }
    if (!negative && i == 0 && v.bitLength() <= 64) {
      return v; // ParseUint accepts what ParseInt cannot (no sign allowed)
    }
    return null;
  }

  /** Go's time parsing of YAML timestamps and its {@code Time.String()} format. */
  static final class GoTime {
    private GoTime() {}

    /** The {@code time.Time.String()} of a YAML timestamp, or null if {@code s} is not one go-yaml accepts. */
    static String parseTimestamp(String s) {
      int digits = 0;
      while (digits < s.length() && Character.isDigit(s.charAt(digits))) {
        digits++;
      }
      if (digits != 4 || digits == s.length() || s.charAt(digits) != '-') {
        return null;
      }
      Matcher m = DATE.matcher(s);
      if (m.matches()) {
        return format(m.group(1), m.group(2), m.group(3), "0", "0", "0", null, "Z");
      }
      m = DATE_TIME.matcher(s);
      if (!m.matches()) {
        return null;
      }
      String sep = m.group(4);
      String zone = m.group(9);
      if (sep.equals(" ") == (zone != null)) {
        return null; // "T" needs a zone, " " must not have one
      }
      return format(m.group(1), m.group(2), m.group(3), m.group(5), m.group(6), m.group(7), m.group(8),
          zone == null ? "Z" : zone);
    }

    private static String format(String y, String mo, String d, String h, String mi, String sec, String frac,
        String zone) {
      int year = Integer.parseInt(y);
      int month = Integer.parseInt(mo);
      int day = Integer.parseInt(d);
      int hour = Integer.parseInt(h);
      int minute = Integer.parseInt(mi);
      int second = Integer.parseInt(sec);
      if (month < 1 || month > 12 || day < 1 || day > java.time.YearMonth.of(year, month).lengthOfMonth()
          || hour > 23 || minute > 59 || second > 59) {
        return null;
      }
      StringBuilder sb = new StringBuilder(String.format(Locale.ROOT, "%04d-%02d-%02d %02d:%02d:%02d",
          year, month, day, hour, minute, second));
      if (frac != null) {
        String f = frac.substring(1);
        if (f.length() > 9) {
          f = f.substring(0, 9);
        }
        f = f.replaceAll("0+$", "");
        if (!f.isEmpty()) {
          sb.append('.').append(f);
        }
      }
      if (zone.equals("Z")) {
        sb.append(" +0000 UTC");
      } else {
        String offset = zone.replace(":", "");
        sb.append(' ').append(offset).append(' ').append(offset);
      }
      return sb.toString();
    }
  }
}
