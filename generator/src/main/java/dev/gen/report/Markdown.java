package dev.gen.report;

/** Markdown that {@code {{value}}} escaping cannot make: code spans, safe for a table cell. */
final class Markdown {

  private Markdown() {}

  /**
   * {@code text} as a code span: fenced by more backticks than it holds in a row, on one line, with {@code |}
   * escaped (GitHub's tables split cells on it even inside code), and padded when it starts or ends with a backtick.
   */
  static String code(String text) {
    StringBuilder clean = new StringBuilder(text.length());
    int longest = 0;
    int run = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '`') {
        longest = Math.max(longest, ++run);
      } else {
        run = 0;
      }
      if (c == '|') {
        clean.append("\\|");
      } else if (c < 0x20 || c == 0x7F) {
        clean.append(' ');
      } else {
        clean.append(c);
      }
    }
    String fence = "`".repeat(longest + 1);
    String body = clean.toString();
    boolean pad = body.startsWith("`") || body.endsWith("`") || body.isEmpty();
    return fence + (pad ? " " : "") + body + (pad ? " " : "") + fence;
  }
}
