package dev.gen.dockerfile.gocompat;

/**
 * The few Go string functions whose exact behaviour BuildKit's Dockerfile front end depends on, over Unicode code
 * points: {@code unicode.IsSpace}, {@code strings.TrimSpace}, {@code strings.ToLower} and friends. Java's own
 * {@link String#trim()} and {@link String#toLowerCase} differ (control characters, special casing, locale).
 */
public final class GoStrings {

  private GoStrings() {}

  /** Go's {@code unicode.IsSpace}: the Latin-1 blanks plus the Unicode {@code White_Space} property. */
  public static boolean isSpace(int cp) {
    if (cp <= 0xFF) {
      return cp == '\t' || cp == '\n' || cp == 0x0B || cp == '\f' || cp == '\r' || cp == ' ' || cp == 0x85
          || cp == 0xA0;
    }
    return cp == 0x1680 || (cp >= 0x2000 && cp <= 0x200A) || cp == 0x2028 || cp == 0x2029 || cp == 0x202F
        || cp == 0x205F || cp == 0x3000;
  }

  /** Go's {@code strings.TrimSpace}. */
  public static String trimSpace(String s) {
    return trimRightSpace(trimLeftSpace(s));
  }

  /** Go's {@code strings.TrimLeftFunc(s, unicode.IsSpace)}. */
  public static String trimLeftSpace(String s) {
    int i = 0;
    while (i < s.length()) {
      int cp = s.codePointAt(i);
      if (!isSpace(cp)) {
        break;
      }
      i += Character.charCount(cp);
    }
    return s.substring(i);
  }

  /** Go's {@code strings.TrimRightFunc(s, unicode.IsSpace)}. */
  public static String trimRightSpace(String s) {
    int end = s.length();
    while (end > 0) {
      int cp = s.codePointBefore(end);
      if (!isSpace(cp)) {
        break;
      }
      end -= Character.charCount(cp);
    }
    return s.substring(0, end);
  }

  /** Go's {@code strings.ToLower}: simple (one to one) case mapping per code point, no locale. */
  public static String toLower(String s) {
    StringBuilder sb = new StringBuilder(s.length());
    s.codePoints().forEach(cp -> sb.appendCodePoint(Character.toLowerCase(cp)));
    return sb.toString();
  }

  /** Go's {@code strings.ToUpper}: simple (one to one) case mapping per code point, no locale. */
  public static String toUpper(String s) {
    StringBuilder sb = new StringBuilder(s.length());
    s.codePoints().forEach(cp -> sb.appendCodePoint(Character.toUpperCase(cp)));
    return sb.toString();
  }

  /** Go's {@code strings.EqualFold} for the simple case folding this code needs. */
  public static boolean equalFold(String a, String b) {
    return toLower(toUpper(a)).equals(toLower(toUpper(b)));
  }

  /** The index just after the run of {@code [\t\v\f\r ]} (BuildKit's {@code reWhitespace}) that starts at {@code i}. */
  public static int skipAsciiBlanks(String s, int i) {
    while (i < s.length() && isAsciiBlank(s.charAt(i))) {
      i++;
    }
    return i;
  }

  /** A character of BuildKit's {@code reWhitespace} class {@code [\t\v\f\r ]}. */
  public static boolean isAsciiBlank(char c) {
    return c == '\t' || c == 0x0B || c == '\f' || c == '\r' || c == ' ';
  }
}
