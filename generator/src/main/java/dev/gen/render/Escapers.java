package dev.gen.render;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** Literal forms of strings in the languages gen writes. Each one round-trips any string exactly. */
public final class Escapers {

  private static final Pattern YAML_PLAIN_SAFE = Pattern.compile("[A-Za-z_/][A-Za-z0-9_./@+-]*(?: [A-Za-z0-9_./@+-]+)*");

  /** Plain scalars that YAML 1.1 or 1.2 would read as something other than a string. */
  private static final Set<String> YAML_KEYWORDS =
      Set.of("y", "n", "yes", "no", "on", "off", "true", "false", "null");

  private static final Pattern SHELL_SAFE = Pattern.compile("[A-Za-z0-9_./:=@%+,-]+");

  private Escapers() {}

  /**
   * A YAML scalar: plain when that is unambiguous in both YAML 1.1 and 1.2, else double-quoted with every
   * character that is not plainly printable escaped (so that NEL and the Unicode line separators, which YAML 1.1
   * reads as line breaks, survive).
   */
  public static String yamlScalar(String value) {
    if (YAML_PLAIN_SAFE.matcher(value).matches()
        && !YAML_KEYWORDS.contains(value.toLowerCase(Locale.ROOT))
        && !value.startsWith("//")) {
      return value;
    }
    return yamlDoubleQuoted(value);
  }

  /** A YAML double-quoted scalar, always quoted. */
  public static String yamlDoubleQuoted(String value) {
    StringBuilder sb = new StringBuilder(value.length() + 2).append('"');
    for (int i = 0; i < value.length(); ) {
      int cp = value.codePointAt(i);
      i += Character.charCount(cp);
      switch (cp) {
        case '"' -> sb.append("\\\"");
        case '\\' -> sb.append("\\\\");
        case '\n' -> sb.append("\\n");
        case '\t' -> sb.append("\\t");
        case '\r' -> sb.append("\\r");
        case 0 -> sb.append("\\0");
        case 0x85 -> sb.append("\\N");
        case 0xA0 -> sb.append("\\_");
        case 0x2028 -> sb.append("\\L");
        case 0x2029 -> sb.append("\\P");
        case 0xFEFF -> sb.append("\\uFEFF");
        default -> {
          if (cp < 0x20 || (cp >= 0x7F && cp <= 0x9F)) {
            sb.append(String.format(Locale.ROOT, "\\x%02X", cp));
          } else if (Character.getType(cp) == Character.SURROGATE || cp == 0xFFFE || cp == 0xFFFF) {
            sb.append(String.format(Locale.ROOT, "\\u%04X", cp));
          } else {
            sb.appendCodePoint(cp);
          }
        }
      }
    }
    return sb.append('"').toString();
  }

  /**
   * One POSIX shell word: bare when it only holds characters no shell treats specially, else single-quoted (inside
   * single quotes nothing is special; a single quote is written as {@code '\''}). Newlines are carried literally.
   */
  public static String shellWord(String value) {
    if (!value.isEmpty() && SHELL_SAFE.matcher(value).matches()) {
      return value;
    }
    return "'" + value.replace("'", "'\\''") + "'";
  }

  /** A Python 3 string literal in double quotes. */
  public static String pythonString(String value) {
    StringBuilder sb = new StringBuilder(value.length() + 2).append('"');
    for (int i = 0; i < value.length(); ) {
      int cp = value.codePointAt(i);
      i += Character.charCount(cp);
      switch (cp) {
        case '"' -> sb.append("\\\"");
        case '\\' -> sb.append("\\\\");
        case '\n' -> sb.append("\\n");
        case '\t' -> sb.append("\\t");
        case '\r' -> sb.append("\\r");
        default -> {
          if (cp < 0x20 || (cp >= 0x7F && cp <= 0x9F)) {
            sb.append(String.format(Locale.ROOT, "\\x%02x", cp));
          } else if (cp == 0x2028 || cp == 0x2029 || cp == 0xFEFF
              || Character.getType(cp) == Character.SURROGATE) {
            sb.append(String.format(Locale.ROOT, "\\u%04x", cp));
          } else {
            sb.appendCodePoint(cp);
          }
        }
      }
    }
    return sb.append('"').toString();
  }

  /** A JSON string (also a valid TOML basic string). */
  public static String jsonString(String value) {
    StringBuilder sb = new StringBuilder(value.length() + 2).append('"');
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      switch (c) {
        case '"' -> sb.append("\\\"");
        case '\\' -> sb.append("\\\\");
        case '\n' -> sb.append("\\n");
        case '\t' -> sb.append("\\t");
        case '\r' -> sb.append("\\r");
        case '\b' -> sb.append("\\b");
        case '\f' -> sb.append("\\f");
        default -> {
          if (c < 0x20 || c == 0x7F || c == 0x2028 || c == 0x2029 || Character.isSurrogate(c)
              && !(Character.isHighSurrogate(c) && i + 1 < value.length()
                  && Character.isLowSurrogate(value.charAt(i + 1)))
              && !(Character.isLowSurrogate(c) && i > 0 && Character.isHighSurrogate(value.charAt(i - 1)))) {
            sb.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
          } else {
            sb.append(c);
          }
        }
      }
    }
    return sb.append('"').toString();
  }

  /**
   * Text inside a Markdown paragraph or table cell: on one line, with the characters that would start markup,
   * break a table or open HTML neutralised.
   */
  public static String markdownText(String value) {
    StringBuilder sb = new StringBuilder(value.length());
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      switch (c) {
        case '\n', '\r', '\t' -> sb.append(' ');
        case '|' -> sb.append("\\|");
        case '<' -> sb.append("&lt;");
        case '>' -> sb.append("&gt;");
        case '&' -> sb.append("&amp;");
        case '`' -> sb.append("\\`");
        case '*' -> sb.append("\\*");
        case '_' -> sb.append(i > 0 && Character.isLetterOrDigit(value.charAt(i - 1)) ? "_" : "\\_");
        case '[' -> sb.append("\\[");
        case ']' -> sb.append("\\]");
        default -> sb.append(c < 0x20 || c == 0x7F ? ' ' : c);
      }
    }
    return sb.toString();
  }

  /** Text for HTML (and SVG) content and attribute values. */
  public static String html(String value) {
    StringBuilder sb = new StringBuilder(value.length());
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      switch (c) {
        case '<' -> sb.append("&lt;");
        case '>' -> sb.append("&gt;");
        case '&' -> sb.append("&amp;");
        case '"' -> sb.append("&quot;");
        case '\'' -> sb.append("&#39;");
        default -> {
          if ((c < 0x20 && c != '\n' && c != '\t') || c == 0x7F) {
            sb.append(' ');
          } else {
            sb.append(c);
          }
        }
      }
    }
    return sb.toString();
  }

  /**
   * Text inside a quoted Mermaid label ({@code ["..."]}, {@code |"..."|}): every character Mermaid could read as
   * markup or as the end of the label becomes one of Mermaid's entity codes ({@code #quot;}, {@code #35;}...), line
   * breaks and control characters become spaces.
   */
  public static String mermaidText(String value) {
    StringBuilder sb = new StringBuilder(value.length());
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      switch (c) {
        case '"' -> sb.append("#quot;");
        case '#' -> sb.append("#35;");
        case '<' -> sb.append("#lt;");
        case '>' -> sb.append("#gt;");
        case '&' -> sb.append("#amp;");
        case '`' -> sb.append("#96;");
        case '|' -> sb.append("#124;");
        default -> sb.append(c < 0x20 || c == 0x7F ? ' ' : c);
      }
    }
    return sb.toString();
  }

  /**
   * The inside of a Graphviz DOT double-quoted string: backslashes and quotes escaped (so that none of DOT's
   * {@code \N}-style label escapes is formed), a line break as DOT's {@code \n}, other control characters as spaces.
   */
  public static String dotString(String value) {
    StringBuilder sb = new StringBuilder(value.length() + 8);
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      switch (c) {
        case '\\' -> sb.append("\\\\");
        case '"' -> sb.append("\\\"");
        case '\n' -> sb.append("\\n");
        default -> sb.append(c < 0x20 || c == 0x7F ? ' ' : c);
      }
    }
    return sb.toString();
  }
}
