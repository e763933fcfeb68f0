package dev.gen.dockerfile.parser;

import dev.gen.dockerfile.shell.ShellEnv;
import dev.gen.dockerfile.shell.ShellLex;
import dev.gen.dockerfile.shell.ShellLexException;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds heredoc markers ({@code <<EOF}, {@code <<-EOF}, {@code 3<<EOF}, {@code <<'EOF'}) in an instruction line, as
 * BuildKit's {@code heredocsFromLine} and {@code ParseHeredoc}: the line is split into shell words with quotes,
 * escapes and variables kept as written, and each word is matched against {@code ^(\d*)<<(-?)\s*([^<]*)$}. The
 * delimiter must be one shell word; if any part of it is quoted, the body is not expanded.
 */
public final class HeredocWords {

  private static final ShellLex LINE_LEX =
      ShellLex.withEscape('\\').rawQuotes(true).rawEscapes(true).skipUnsetEnv(true);
  private static final ShellLex NAME_LEX = ShellLex.withEscape('\\').skipUnsetEnv(true);

  private HeredocWords() {}

  /** The heredocs an instruction line announces, in order, with empty bodies. */
  static List<Heredoc> fromLine(String line) throws LineParsers.LineParseException {
    List<String> words;
    try {
      words = LINE_LEX.processWords(line, ShellEnv.EMPTY);
    } catch (ShellLexException e) {
      return List.of(); // BuildKit ignores a line it cannot split
    }
    List<Heredoc> docs = new ArrayList<>();
    for (String word : words) {
      try {
        Heredoc doc = parse(word);
        if (doc != null) {
          docs.add(doc);
        }
      } catch (ShellLexException e) {
        throw new LineParsers.LineParseException(e.getMessage());
      }
    }
    return docs;
  }

  /**
   * The heredoc a single word announces, or null when it is not a heredoc marker (BuildKit's
   * {@code MustParseHeredoc}, used by layer 2 on COPY/ADD arguments and on RUN).
   */
  public static Heredoc parseOrNull(String word) {
    try {
      return parse(word);
    } catch (ShellLexException e) {
      return null;
    }
  }

  private static Heredoc parse(String word) throws ShellLexException {
    // ^(\d*)<<(-?)\s*([^<]*)$
    int i = 0;
    while (i < word.length() && word.charAt(i) >= '0' && word.charAt(i) <= '9') {
      i++;
    }
    String fdDigits = word.substring(0, i);
    if (!word.startsWith("<<", i)) {
      return null;
    }
    i += 2;
    boolean chomp = false;
    if (i < word.length() && word.charAt(i) == '-') {
      chomp = true;
      i++;
    }
    while (i < word.length() && isRegexSpace(word.charAt(i))) {
      i++;
    }
    String rest = word.substring(i);
    if (rest.indexOf('<') >= 0 || rest.isEmpty()) {
      return null;
    }
    // the delimiter must be a single word; quoted parts keep the body from being expanded
    List<String> words = NAME_LEX.processWords(rest, ShellEnv.EMPTY);
    if (words.size() != 1) {
      return null;
    }
    List<String> raw = NAME_LEX.rawQuotes(true).processWords(rest, ShellEnv.EMPTY);
    if (raw.size() != words.size()) {
      throw new ShellLexException("internal lexing of heredoc produced inconsistent results: " + rest);
    }
    String name = words.get(0);
    boolean expand = quoteCount(name) == quoteCount(raw.get(0));
    return new Heredoc(name, "", expand, chomp, parseFd(fdDigits));
  }

  /**
   * Go's {@code strconv.ParseUint(s, 10, 0)} with the error ignored: 0 when empty, the largest unsigned 64-bit value
   * (-1 here) when out of range.
   */
  private static long parseFd(String digits) {
    if (digits.isEmpty()) {
      return 0;
    }
    try {
      return Long.parseUnsignedLong(digits);
    } catch (NumberFormatException e) {
      return -1;
    }
  }

  private static int quoteCount(String s) {
    int n = 0;
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) == '\'' || s.charAt(i) == '"') {
        n++;
      }
    }
    return n;
  }

  /** Go's regular expression {@code \s}: {@code [\t\n\f\r ]}. */
  private static boolean isRegexSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r';
  }
}
