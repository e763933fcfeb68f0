package dev.gen.cli;

/**
 * Text made safe and measurable for a terminal. Input files and values are hostile: an escape sequence in a file
 * name, a message or a source line must not reach the terminal as one (it could move the cursor, retitle the window
 * or hide text), nor may a bidirectional override reorder what the user reads. Such characters are shown as escapes
 * instead. Widths count terminal cells, so that a caret lands under the right character after tabs, wide (East
 * Asian, emoji) and combining characters.
 */
final class TerminalText {

  /** A tab in a source line is shown as this many spaces (terminals and editors disagree on tab stops). */
  static final int TAB_WIDTH = 4;

  private TerminalText() {}

  /** {@code text} with every control character except newline shown as an escape ({@code \x1b}, {@code \u202e}). */
  static String clean(String text) {
    StringBuilder sb = new StringBuilder(text.length());
    text.codePoints().forEach(cp -> {
      if (cp == '\n') {
        sb.append('\n');
      } else {
        sb.append(shown(cp, false));
      }
    });
    return sb.toString();
  }

  /**
   * A message or hint that may span lines: {@link #clean}, with every continuation line indented, so that only the
   * first line starts at the margin. A value quoted in a message (a service name with a newline in it) then cannot
   * make a line that looks like a diagnostic of its own.
   */
  static String message(String text) {
    String cleaned = clean(text);
    StringBuilder sb = new StringBuilder(cleaned.length());
    String[] lines = cleaned.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      if (i > 0) {
        sb.append('\n');
        if (lines[i].isEmpty() || !Character.isWhitespace(lines[i].charAt(0))) {
          sb.append("  ");
        }
      }
      sb.append(lines[i]);
    }
    return sb.toString();
  }

  /** {@code text} on one line: every control character shown as an escape, newline included (paths, key paths). */
  static String oneLine(String text) {
    StringBuilder sb = new StringBuilder(text.length());
    text.codePoints().forEach(cp -> sb.append(shown(cp, false)));
    return sb.toString();
  }

  /** How one code point of a source line is shown: tabs as spaces, controls as escapes, the rest as it is. */
  static String shown(int cp, boolean sourceLine) {
    if (cp == '\t') {
      return sourceLine ? " ".repeat(TAB_WIDTH) : "\\t";
    }
    if (cp < 0x20 || cp == 0x7f || (cp >= 0x80 && cp < 0xa0)) {
      return String.format(java.util.Locale.ROOT, "\\x%02x", cp);
    }
    if (Character.getType(cp) == Character.FORMAT || Character.getType(cp) == Character.LINE_SEPARATOR
        || Character.getType(cp) == Character.PARAGRAPH_SEPARATOR || Character.getType(cp) == Character.SURROGATE
        || Character.getType(cp) == Character.PRIVATE_USE || !Character.isDefined(cp)) {
      return String.format(java.util.Locale.ROOT, "\\u%04x", cp);
    }
    return new String(Character.toChars(cp));
  }

  /** The number of terminal cells {@code text} (already {@link #shown}) takes. */
  static int width(String text) {
    int w = 0;
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      w += width(cp);
      i += Character.charCount(cp);
    }
    return w;
  }

  /** Cells of one printable code point: 0 for combining marks, 2 for wide characters, else 1. */
  static int width(int cp) {
    int type = Character.getType(cp);
    if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK || cp == 0x200b) {
      return 0;
    }
    return isWide(cp) ? 2 : 1;
  }

  /** East Asian Wide and Fullwidth characters, and emoji presented as pictures (Unicode's UAX #11 ranges). */
  private static boolean isWide(int cp) {
    return (cp >= 0x1100 && cp <= 0x115f)
        || (cp >= 0x231a && cp <= 0x231b)
        || (cp >= 0x2329 && cp <= 0x232a)
        || (cp >= 0x23e9 && cp <= 0x23ec)
        || (cp >= 0x25fd && cp <= 0x25fe)
        || (cp >= 0x2614 && cp <= 0x2615)
        || (cp >= 0x2648 && cp <= 0x2653)
        || (cp >= 0x26aa && cp <= 0x26ab)
        || (cp >= 0x26bd && cp <= 0x26be)
        || (cp >= 0x26c4 && cp <= 0x26c5)
        || (cp >= 0x2705 && cp <= 0x2705)
        || (cp >= 0x270a && cp <= 0x270b)
        || (cp >= 0x2753 && cp <= 0x2755)
        || (cp >= 0x2795 && cp <= 0x2797)
        || (cp >= 0x2b1b && cp <= 0x2b1c)
        || (cp >= 0x2e80 && cp <= 0x303e)
        || (cp >= 0x3041 && cp <= 0x33ff)
        || (cp >= 0x3400 && cp <= 0x4dbf)
        || (cp >= 0x4e00 && cp <= 0x9fff)
        || (cp >= 0xa000 && cp <= 0xa4cf)
        || (cp >= 0xa960 && cp <= 0xa97f)
        || (cp >= 0xac00 && cp <= 0xd7a3)
        || (cp >= 0xf900 && cp <= 0xfaff)
        || (cp >= 0xfe10 && cp <= 0xfe19)
        || (cp >= 0xfe30 && cp <= 0xfe6f)
        || (cp >= 0xff00 && cp <= 0xff60)
        || (cp >= 0xffe0 && cp <= 0xffe6)
        || (cp >= 0x16fe0 && cp <= 0x18cff)
        || (cp >= 0x1b000 && cp <= 0x1b2ff)
        || (cp >= 0x1f004 && cp <= 0x1f004)
        || (cp >= 0x1f0cf && cp <= 0x1f0cf)
        || (cp >= 0x1f18e && cp <= 0x1f18e)
        || (cp >= 0x1f191 && cp <= 0x1f19a)
        || (cp >= 0x1f200 && cp <= 0x1f251)
        || (cp >= 0x1f300 && cp <= 0x1f64f)
        || (cp >= 0x1f680 && cp <= 0x1f6ff)
        || (cp >= 0x1f7e0 && cp <= 0x1f7eb)
        || (cp >= 0x1f90c && cp <= 0x1f9ff)
        || (cp >= 0x1fa70 && cp <= 0x1faff)
        || (cp >= 0x20000 && cp <= 0x3fffd);
  }
}
