package dev.gen.dockerfile.parser;

import dev.gen.diag.GenException;
import dev.gen.dockerfile.DockerfileCodes;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Parser directives ({@code # syntax=...}, {@code # escape=...}, {@code # check=...}), as BuildKit's
 * {@code DirectiveParser}: they count only in an unbroken run of directive lines at the very top. The first line
 * that is not a known directive (an instruction, a blank line, an ordinary comment, an unknown directive) ends the
 * run for good; each key may appear once.
 */
final class Directives {

  static final Set<String> KNOWN = Set.of("syntax", "escape", "check");

  private final DockerfileSource source;
  private final List<ParseWarning> warnings;
  private final Map<String, String> values = new LinkedHashMap<>();
  private boolean done;
  private int escapeToken = '\\';

  Directives(DockerfileSource source, List<ParseWarning> warnings) {
    this.source = source;
    this.warnings = warnings;
  }

  int escapeToken() {
    return escapeToken;
  }

  Map<String, String> values() {
    return values;
  }

  /**
   * Looks at one processed line (line ending and, for the first line of an instruction, leading blanks removed).
   * Returns whether it was a directive.
   *
   * @param beforeInstructions whether no instruction has been read yet (for the "ignored directive" warning)
   */
  boolean accept(String line, int lineNumber, boolean beforeInstructions) {
    String[] match = match(line);
    if (done) {
      if (match != null && beforeInstructions && KNOWN.contains(match[0])) {
        warnings.add(new ParseWarning(DockerfileCodes.IGNORED_DIRECTIVE, "the parser directive '" + match[0]
            + "' is ignored: directives count only at the very top of the file, before any other comment, "
            + "blank line or instruction", lineNumber));
      }
      return false;
    }
    if (match == null) {
      done = true;
      return false;
    }
    String key = match[0];
    if (!KNOWN.contains(key)) {
      done = true;
      warnings.add(new ParseWarning(DockerfileCodes.UNKNOWN_DIRECTIVE, "unknown parser directive '" + key
          + "' is treated as a comment, and no directive after it counts (known: check, escape, syntax)",
          lineNumber));
      return false;
    }
    if (values.containsKey(key)) {
      throw error(lineNumber, "only one " + key + " parser directive can be used");
    }
    values.put(key, match[1]);
    if (key.equals("escape")) {
      if (!match[1].equals("`") && !match[1].equals("\\")) {
        throw error(lineNumber, "invalid escape token '" + match[1] + "' does not match ` or \\");
      }
      escapeToken = match[1].charAt(0);
    }
    return true;
  }

  private GenException error(int lineNumber, String message) {
    return GenException.at(source.at(lineNumber, 1), "", DockerfileCodes.SYNTAX, message);
  }

  /**
   * BuildKit's {@code ^#\s*([a-zA-Z][a-zA-Z0-9]*)\s*=\s*(.+?)\s*$} (with Go's {@code \s}, {@code [\t\n\f\r ]}):
   * {lower-cased key, value}, or null.
   */
  static String[] match(String line) {
    if (!line.startsWith("#")) {
      return null;
    }
    int i = skipSpace(line, 1);
    int keyStart = i;
    if (i >= line.length() || !isAsciiLetter(line.charAt(i))) {
      return null;
    }
    i++;
    while (i < line.length() && (isAsciiLetter(line.charAt(i)) || (line.charAt(i) >= '0' && line.charAt(i) <= '9'))) {
      i++;
    }
    String key = line.substring(keyStart, i).toLowerCase(java.util.Locale.ROOT);
    i = skipSpace(line, i);
    if (i >= line.length() || line.charAt(i) != '=') {
      return null;
    }
    String rest = line.substring(i + 1);
    if (rest.isEmpty()) {
      return null;
    }
    int a = skipSpace(rest, 0);
    int b = rest.length();
    while (b > a && isRegexSpace(rest.charAt(b - 1))) {
      b--;
    }
    // "(.+?)" needs one character: when only blanks follow "=", the regex settles on the last of them
    String value = a < b ? rest.substring(a, b) : rest.substring(rest.length() - 1);
    return new String[] {key, value};
  }

  private static int skipSpace(String s, int i) {
    while (i < s.length() && isRegexSpace(s.charAt(i))) {
      i++;
    }
    return i;
  }

  private static boolean isRegexSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r';
  }

  private static boolean isAsciiLetter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }
}
