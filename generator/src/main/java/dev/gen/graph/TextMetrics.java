package dev.gen.graph;

/**
 * How wide a line of text is in a sans-serif font, estimated without a font (gen must not depend on the fonts of the
 * machine it runs on): per-character advance widths close to DejaVu Sans and Helvetica, in ems. Slightly generous,
 * so that text fits wherever the reader's font is a little wider.
 */
final class TextMetrics {

  private static final String NARROW = "ijl.,:;'|!`";
  private static final String SEMI_NARROW = "frtI()[]{}/\\- \"";
  private static final String WIDE = "mwMW@%";

  private TextMetrics() {}

  static double width(String text, double fontSize, boolean bold) {
    double ems = 0;
    for (int i = 0; i < text.length(); ) {
      int c = text.codePointAt(i);
      i += Character.charCount(c);
      ems += advance(c);
    }
    return ems * fontSize * (bold ? 1.08 : 1.0);
  }

  private static double advance(int c) {
    if (c < 128) {
      char ch = (char) c;
      if (NARROW.indexOf(ch) >= 0) {
        return 0.32;
      }
      if (SEMI_NARROW.indexOf(ch) >= 0) {
        return 0.42;
      }
      if (WIDE.indexOf(ch) >= 0) {
        return 0.95;
      }
      if (Character.isUpperCase(ch)) {
        return 0.72;
      }
      return 0.62;
    }
    // CJK and other wide scripts take a full em; everything else as an average letter
    return Character.isIdeographic(c) || Character.UnicodeScript.of(c) == Character.UnicodeScript.HANGUL ? 1.0 : 0.7;
  }

  /** {@code text} cut to fit {@code maxWidth}, ending in an ellipsis when cut. */
  static String fit(String text, double maxWidth, double fontSize, boolean bold) {
    if (width(text, fontSize, bold) <= maxWidth) {
      return text;
    }
    double ellipsis = width("…", fontSize, bold);
    int end = 0;
    double w = 0;
    while (end < text.length()) {
      int c = text.codePointAt(end);
      double next = advance(c) * fontSize * (bold ? 1.08 : 1.0);
      if (w + next + ellipsis > maxWidth) {
        break;
      }
      w += next;
      end += Character.charCount(c);
    }
    return text.substring(0, end).stripTrailing() + "…";
  }
}
