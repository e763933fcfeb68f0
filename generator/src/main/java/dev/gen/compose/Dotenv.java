package dev.gen.compose;

import dev.gen.diag.GenException;
import dev.gen.diag.SourceLocation;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The env-file grammar of Compose ({@code .env}, {@code --env-file}, service {@code env_file:}), as compose-go's
 * {@code dotenv} parser reads it:
 *
 * <ul>
 *   <li>{@code KEY=VALUE} or {@code KEY: VALUE}, an optional {@code export } prefix, blank lines and {@code #}
 *       comments; keys use letters, digits and {@code _ . - [ ]};
 *   <li>a line with a key alone takes the value from the lookup (the environment), or is skipped;
 *   <li>unquoted values end at the line end or at {@code " #"}, are right-trimmed and interpolated;
 *   <li>{@code 'single'} quotes are literal, {@code "double"} quotes process {@code \n \t \\ \" \$ \0ddd} and are
 *       interpolated; both may span lines and may escape their own quote with a backslash.
 * </ul>
 *
 * Interpolation in a value looks the variable up in the environment first, then in the lines read before it.
 */
final class Dotenv {

  private static final Pattern EXPORT = Pattern.compile("^export\\s+");
  private static final Pattern ESCAPE = Pattern.compile("\\\\(?:[abcfnrtv$\"\\\\]|0\\d{0,3})");

  private final String file;
  private final Template.Lookup lookup;
  private final Consumer<String> unset;
  private final boolean raw;
  private int line = 1;

  private Dotenv(String file, Template.Lookup lookup, Consumer<String> unset, boolean raw) {
    this.file = file;
    this.lookup = lookup == null ? k -> null : lookup;
    this.unset = unset == null ? k -> { } : unset;
    this.raw = raw;
  }

  /**
   * Parses env-file text.
   *
   * @param file the name used in error messages
   * @param lookup values of variables outside the file (null: none)
   * @param unset told the name of each variable that is used but unset (null: ignored)
   */
  static Map<String, String> parse(String text, String file, Template.Lookup lookup, Consumer<String> unset) {
    Map<String, String> out = new LinkedHashMap<>();
    new Dotenv(file, lookup, unset, false).parseInto(stripBom(text), out);
    return out;
  }

  /** Parses a file in {@code format: raw}: {@code KEY=VALUE} lines taken literally (no quotes, no variables). */
  static Map<String, String> parseRaw(String text, String file) {
    Map<String, String> out = new LinkedHashMap<>();
    new Dotenv(file, null, null, true).parseInto(stripBom(text), out);
    return out;
  }

  private static String stripBom(String text) {
    return text.startsWith("\uFEFF") ? text.substring(1) : text;
  }

  private void parseInto(String src, Map<String, String> out) {
    String cutset = src;
    while (true) {
      cutset = statementStart(cutset);
      if (cutset.isEmpty()) {
        return;
      }
      int statementLine = line;
      String[] key = new String[1];
      boolean[] inherited = new boolean[1];
      String left = locateKey(cutset, key, inherited);
      if (key[0].contains(" ")) {
        throw error(statementLine, "line " + line + ": key cannot contain a space");
      }
      if (inherited[0]) {
        String v = lookup.apply(key[0]);
        if (v != null) {
          out.put(key[0], v);
        }
        cutset = left;
        continue;
      }
      String[] rest = new String[1];
      String value = raw ? rawValue(left, rest) : value(left, out, rest, statementLine);
      out.put(key[0], value);
      cutset = rest[0];
    }
  }

  private String statementStart(String src) {
    while (true) {
      int pos = -1;
      for (int i = 0; i < src.length(); i++) {
        char c = src.charAt(i);
        if (c == '\n') {
          line++;
        }
        if (!isUnicodeSpace(c)) {
          pos = i;
          break;
        }
      }
      if (pos == -1) {
        return "";
      }
      src = src.substring(pos);
      if (src.charAt(0) != '#') {
        return src;
      }
      int nl = src.indexOf('\n');
      if (nl == -1) {
        return "";
      }
      src = src.substring(nl);
    }
  }

  private String locateKey(String src, String[] key, boolean[] inherited) {
    if (EXPORT.matcher(src).find()) {
      src = trimLeftSpace(src.substring("export".length()));
    }
    int offset = 0;
    String k = "";
    boolean found = false;
    for (int i = 0; i < src.length(); ) {
      int r = src.codePointAt(i);
      int n = Character.charCount(r);
      if (isSpace(r)) {
        i += n;
        continue;
      }
      if (r == '=' || r == ':' || r == '\n') {
        k = src.substring(0, i);
        offset = i + 1;
        inherited[0] = r == '\n';
        found = true;
        break;
      }
      if (!(r == '_' || r == '.' || r == '-' || r == '[' || r == ']' || Character.isLetter(r)
          || Character.isDigit(r) || Character.getType(r) == Character.LETTER_NUMBER
          || Character.getType(r) == Character.OTHER_NUMBER)) {
        String firstLine = src.split("\n", -1)[0];
        throw error(line, "line " + line + ": unexpected character " + GoValues.quote(new String(Character.toChars(r)))
            + " in variable name " + GoValues.quote(firstLine));
      }
      i += n;
    }
    if (!found) {
      k = "";
      offset = 0;
    }
    if (inherited[0] && k.indexOf(' ') == -1) {
      line++;
    }
    key[0] = trimRightUnicodeSpace(k);
    return trimLeftSpace(src.substring(offset));
  }

  private String value(String src, Map<String, String> out, String[] rest, int statementLine) {
    if (src.isEmpty()) {
      rest[0] = "";
      return "";
    }
    char quote = src.charAt(0);
    if (quote != '"' && quote != '\'') {
      int nl = src.indexOf('\n');
      String v = nl < 0 ? src : src.substring(0, nl);
      rest[0] = nl < 0 ? "" : src.substring(nl + 1);
      line++;
      int comment = v.indexOf(" #");
      if (comment >= 0) {
        v = v.substring(0, comment);
      }
      return expand(trimRightUnicodeSpace(v), out, statementLine);
    }
    StringBuilder chars = new StringBuilder();
    boolean escaped = false;
    for (int i = 1; i < src.length(); i++) {
      char c = src.charAt(i);
      if (c == '\n') {
        line++;
      }
      if (escaped) {
        escaped = false;
        if (c != quote) {
          chars.append('\\');
        }
        chars.append(c);
        continue;
      }
      if (c == '\\') {
        escaped = true;
      } else if (c == quote) {
        rest[0] = src.substring(i + 1);
        String v = chars.toString();
        return quote == '"' ? expand(expandEscapes(v), out, statementLine) : v;
      } else {
        chars.append(c);
      }
    }
    int nl = src.indexOf('\n');
    throw error(statementLine, "line " + line + ": unterminated quoted value " + (nl < 0 ? src : src.substring(0, nl)));
  }

  private String rawValue(String src, String[] rest) {
    int nl = src.indexOf('\n');
    rest[0] = nl < 0 ? "" : src.substring(nl + 1);
    line++;
    return trimRightUnicodeSpace(nl < 0 ? src : src.substring(0, nl));
  }

  private String expand(String value, Map<String, String> out, int statementLine) {
    try {
      return Template.substitute(value, k -> {
        String v = lookup.apply(k);
        return v != null ? v : out.get(k);
      }, unset);
    } catch (Template.TemplateException e) {
      throw error(statementLine, e.getMessage());
    }
  }

  static String expandEscapes(String s) {
    if (s.indexOf('\\') < 0) {
      return s;
    }
    Matcher m = ESCAPE.matcher(s);
    StringBuilder sb = new StringBuilder();
    int last = 0;
    while (m.find()) {
      sb.append(s, last, m.start());
      last = m.end();
      String match = m.group();
      sb.append(unescape(match));
    }
    return sb.append(s, last, s.length()).toString();
  }

  private static String unescape(String match) {
    char c = match.charAt(1);
    switch (c) {
      case '$':
        return "$$";
      case 'a':
        return "\u0007";
      case 'b':
        return "\b";
      case 'f':
        return "\f";
      case 'n':
        return "\n";
      case 'r':
        return "\r";
      case 't':
        return "\t";
      case 'v':
        return "\u000B";
      case '"':
        return "\"";
      case '\\':
        return "\\";
      case '0': {
        String digits = match.substring(2);
        // Go's \ddd needs exactly three octal digits and a value below 256
        if (digits.length() == 3 && digits.chars().allMatch(d -> d >= '0' && d <= '7')) {
          int v = Integer.parseInt(digits, 8);
          if (v < 256) {
            return String.valueOf((char) v);
          }
        }
        return match;
      }
      default:
        return match; // \c is not a Go escape: kept
    }
  }

  /** Go's unicode.IsSpace. */
  private static boolean isUnicodeSpace(int c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r' || c == 0x85 || c == 0xA0
        || (c > 0xFF && Character.isWhitespace(c)) || c == 0x2007 || c == 0x202F;
  }

  /** The parser's own isSpace: whitespace without the line feed. */
  private static boolean isSpace(int r) {
    return r == '\t' || r == '\u000B' || r == '\f' || r == '\r' || r == ' ' || r == 0x85 || r == 0xA0;
  }

  private static String trimLeftSpace(String s) {
    int i = 0;
    while (i < s.length() && isSpace(s.charAt(i))) {
      i++;
    }
    return s.substring(i);
  }

  private static String trimRightUnicodeSpace(String s) {
    int end = s.length();
    while (end > 0 && isUnicodeSpace(s.charAt(end - 1))) {
      end--;
    }
    return s.substring(0, end);
  }

  private GenException error(int atLine, String message) {
    return GenException.at(new SourceLocation(file, atLine, 0), "", "compose.env-file", message);
  }
}
