package dev.gen.dockerfile.gocompat;

import java.util.List;

/**
 * Go's {@code strconv.Quote} (and {@code fmt}'s {@code %q} of a string slice), which BuildKit's
 * {@code Node.Dump()} uses to print an AST. Printable characters ({@code unicode.IsPrint}: letters, marks, numbers,
 * punctuation, symbols and the ASCII space) are kept as they are, including non-ASCII ones; everything else is
 * escaped as Go does: {@code \a \b \f \n \r \t \v}, {@code \xNN} below U+0020 and for U+007F, and a backslash,
 * {@code u} and four hex digits (or {@code U} and eight) above. A lone surrogate, which Go cannot hold in a string,
 * is written as U+FFFD would be.
 *
 * <p>Which characters are printable comes from the Java runtime's Unicode tables (Unicode 13 on Java 17); Go uses
 * its own (Unicode 15 as of Go 1.21), so a character assigned after Unicode 13 is escaped here but not by Go.
 */
public final class GoQuote {

  private static final char[] HEX = "0123456789abcdef".toCharArray();

  private GoQuote() {}

  /** {@code strconv.Quote(s)}. */
  public static String quote(String s) {
    StringBuilder sb = new StringBuilder(s.length() + 2);
    appendQuoted(sb, s);
    return sb.toString();
  }

  /** {@code fmt.Sprintf("%q", slice)}: {@code ["a" "b"]}. */
  public static String quoteSlice(List<String> values) {
    StringBuilder sb = new StringBuilder("[");
    for (int i = 0; i < values.size(); i++) {
      if (i > 0) {
        sb.append(' ');
      }
      appendQuoted(sb, values.get(i));
    }
    return sb.append(']').toString();
  }

  /** Appends {@code strconv.Quote(s)} to {@code sb}. */
  public static void appendQuoted(StringBuilder sb, String s) {
    sb.append('"');
    int i = 0;
    while (i < s.length()) {
      int cp = s.codePointAt(i);
      i += Character.charCount(cp);
      appendEscaped(sb, cp);
    }
    sb.append('"');
  }

  private static void appendEscaped(StringBuilder sb, int cp) {
    if (cp == '"' || cp == '\\') {
      sb.append('\\').append((char) cp);
      return;
    }
    if (isPrint(cp)) {
      sb.appendCodePoint(cp);
      return;
    }
    switch (cp) {
      case 0x07 -> sb.append("\\a");
      case '\b' -> sb.append("\\b");
      case '\f' -> sb.append("\\f");
      case '\n' -> sb.append("\\n");
      case '\r' -> sb.append("\\r");
      case '\t' -> sb.append("\\t");
      case 0x0B -> sb.append("\\v");
      default -> {
        if (cp < ' ' || cp == 0x7F) {
          sb.append("\\x").append(HEX[cp >> 4]).append(HEX[cp & 0xF]);
        } else {
          int r = cp >= 0xD800 && cp <= 0xDFFF ? 0xFFFD : cp;
          if (r < 0x10000) {
            sb.append("\\u");
            appendHex(sb, r, 4);
          } else {
            sb.append("\\U");
            appendHex(sb, r, 8);
          }
        }
      }
    }
  }

  private static void appendHex(StringBuilder sb, int value, int digits) {
    for (int shift = (digits - 1) * 4; shift >= 0; shift -= 4) {
      sb.append(HEX[(value >> shift) & 0xF]);
    }
  }

  /** Go's {@code strconv.IsPrint}: categories L, M, N, P, S and the ASCII space. */
  public static boolean isPrint(int cp) {
    if (cp == ' ') {
      return true;
    }
    return switch (Character.getType(cp)) {
      case Character.UPPERCASE_LETTER, Character.LOWERCASE_LETTER, Character.TITLECASE_LETTER,
          Character.MODIFIER_LETTER, Character.OTHER_LETTER, Character.NON_SPACING_MARK,
          Character.ENCLOSING_MARK, Character.COMBINING_SPACING_MARK, Character.DECIMAL_DIGIT_NUMBER,
          Character.LETTER_NUMBER, Character.OTHER_NUMBER, Character.CONNECTOR_PUNCTUATION,
          Character.DASH_PUNCTUATION, Character.START_PUNCTUATION, Character.END_PUNCTUATION,
          Character.INITIAL_QUOTE_PUNCTUATION, Character.FINAL_QUOTE_PUNCTUATION,
          Character.OTHER_PUNCTUATION, Character.MATH_SYMBOL, Character.CURRENCY_SYMBOL,
          Character.MODIFIER_SYMBOL, Character.OTHER_SYMBOL -> true;
      default -> false;
    };
  }
}
