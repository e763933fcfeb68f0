package dev.gen.dockerfile.parser;

import dev.gen.dockerfile.gocompat.GoJson;
import dev.gen.dockerfile.gocompat.GoQuote;
import dev.gen.dockerfile.gocompat.GoStrings;
import java.util.ArrayList;
import java.util.List;

/**
 * The argument shape of each instruction (BuildKit's {@code line_parsers.go}):
 *
 * <ul>
 *   <li>FROM, EXPOSE: words split on ASCII whitespace;
 *   <li>RUN, CMD, ENTRYPOINT, SHELL: the JSON array, else the whole rest as one string;
 *   <li>ADD, COPY, VOLUME: the JSON array, else words split on ASCII whitespace (no quote handling);
 *   <li>ENV, LABEL: {@code key value delimiter} triples, the delimiter {@code =} or empty for the legacy
 *       {@code KEY value} form; quotes and escapes stay as written;
 *   <li>ARG: the words as written (quote and escape aware, quotes kept);
 *   <li>HEALTHCHECK: the type word, then the command as for CMD;
 *   <li>MAINTAINER, STOPSIGNAL, USER, WORKDIR: the whole rest as one string;
 *   <li>ONBUILD: the nested instruction;
 *   <li>anything else: one empty argument (BuildKit's {@code parseIgnore}).
 * </ul>
 */
final class LineParsers {

  /** What a line parser produced. */
  record Parsed(List<String> args, Node subcommand, boolean json) {
    static final Parsed NONE = new Parsed(List.of(), null, false);

    static Parsed of(List<String> args) {
      return new Parsed(args, null, false);
    }
  }

  /** A line BuildKit's parser rejects; the message is BuildKit's. */
  static final class LineParseException extends Exception {
    private static final long serialVersionUID = 1L;

    LineParseException(String message) {
      super(message);
    }
  }

  /** Parses the nested instruction of ONBUILD. */
  @FunctionalInterface
  interface SubParser {
    Node parse(String line) throws LineParseException;
  }

  private LineParsers() {}

  static Parsed parse(String command, String rest, int escapeToken, SubParser sub) throws LineParseException {
    return switch (command) {
      case "add", "copy", "volume" -> parseMaybeJsonToList(rest);
      case "arg" -> Parsed.of(parseWords(rest, escapeToken));
      case "cmd", "entrypoint", "run", "shell" -> parseMaybeJson(rest);
      case "env" -> Parsed.of(parseNameVal(rest, "ENV", escapeToken));
      case "label" -> Parsed.of(parseNameVal(rest, "LABEL", escapeToken));
      case "expose", "from" -> Parsed.of(splitWhitespace(rest));
      case "healthcheck" -> parseHealthConfig(rest);
      case "maintainer", "stopsignal", "user", "workdir" -> Parsed.of(rest.isEmpty() ? List.of() : List.of(rest));
      case "onbuild" -> rest.isEmpty() ? Parsed.NONE : new Parsed(List.of(), sub.parse(rest), false);
      default -> Parsed.of(List.of(""));
    };
  }

  /** BuildKit's {@code parseWords}: words split on whitespace, quote- and escape-aware, quotes kept. */
  static List<String> parseWords(String rest, int escapeToken) {
    final int inSpaces = 0;
    final int inWord = 1;
    final int inQuote = 2;
    List<String> words = new ArrayList<>();
    int phase = inSpaces;
    int quote = 0;
    boolean blankOk = false;
    StringBuilder sb = new StringBuilder();
    int[] cps = rest.codePoints().toArray();
    int n = cps.length;
    for (int pos = 0; pos <= n; pos++) {
      int ch = pos < n ? cps[pos] : -1;
      if (phase == inSpaces) {
        if (pos == n) {
          break;
        }
        if (GoStrings.isSpace(ch)) {
          continue;
        }
        phase = inWord;
      }
      if (pos == n) {
        if (blankOk || sb.length() > 0) {
          words.add(sb.toString());
        }
        break;
      }
      if (phase == inWord) {
        if (GoStrings.isSpace(ch)) {
          phase = inSpaces;
          if (blankOk || sb.length() > 0) {
            words.add(sb.toString());
          }
          sb.setLength(0);
          blankOk = false;
          continue;
        }
        if (ch == '\'' || ch == '"') {
          quote = ch;
          blankOk = true;
          phase = inQuote;
        }
        if (ch == escapeToken) {
          if (pos + 1 == n) {
            continue; // an escape at the end of the line is dropped
          }
          // outside quotes an escape and the character after it are both kept, even a quote
          sb.appendCodePoint(ch);
          pos++;
          ch = cps[pos];
        }
        sb.appendCodePoint(ch);
        continue;
      }
      // in a quote
      if (ch == quote) {
        phase = inWord;
      }
      // the escape character is special except in single quotes
      if (ch == escapeToken && quote != '\'') {
        if (pos + 1 == n) {
          phase = inWord;
          continue;
        }
        pos++;
        sb.appendCodePoint(ch);
        ch = cps[pos];
      }
      sb.appendCodePoint(ch);
    }
    return words;
  }

  /** ENV and LABEL: {@code name=value ...} or the legacy {@code name value}. */
  static List<String> parseNameVal(String rest, String key, int escapeToken) throws LineParseException {
    List<String> words = parseWords(rest, escapeToken);
    if (words.isEmpty()) {
      return List.of();
    }
    if (!words.get(0).contains("=")) {
      // legacy form: the first ASCII-whitespace-separated word is the name, the rest of the line the value
      int end = 0;
      while (end < rest.length() && !GoStrings.isAsciiBlank(rest.charAt(end))) {
        end++;
      }
      if (end == rest.length()) {
        throw new LineParseException(key + " must have two arguments");
      }
      return List.of(rest.substring(0, end), rest.substring(GoStrings.skipAsciiBlanks(rest, end)), "");
    }
    List<String> args = new ArrayList<>();
    for (String word : words) {
      int eq = word.indexOf('=');
      if (eq < 0) {
        throw new LineParseException("Syntax error - can't find = in " + GoQuote.quote(word)
            + ". Must be of the form: name=value");
      }
      args.add(word.substring(0, eq));
      args.add(word.substring(eq + 1));
      args.add("=");
    }
    return args;
  }

  /** Words split on runs of {@code [\t\v\f\r ]} (BuildKit's {@code parseStringsWhitespaceDelimited}). */
  static List<String> splitWhitespace(String rest) {
    if (rest.isEmpty()) {
      return List.of();
    }
    List<String> parts = new ArrayList<>();
    int start = 0;
    int i = 0;
    while (i < rest.length()) {
      if (GoStrings.isAsciiBlank(rest.charAt(i))) {
        parts.add(rest.substring(start, i));
        i = GoStrings.skipAsciiBlanks(rest, i);
        start = i;
      } else {
        i++;
      }
    }
    parts.add(rest.substring(start));
    return parts;
  }

  static Parsed parseMaybeJson(String rest) throws LineParseException {
    if (rest.isEmpty()) {
      return Parsed.NONE;
    }
    Parsed json = parseJson(rest);
    return json != null ? json : Parsed.of(List.of(rest));
  }

  static Parsed parseMaybeJsonToList(String rest) throws LineParseException {
    Parsed json = parseJson(rest);
    return json != null ? json : Parsed.of(splitWhitespace(rest));
  }

  /** The JSON form, or null when {@code rest} is not a JSON array (then the shell form applies, silently). */
  private static Parsed parseJson(String rest) throws LineParseException {
    GoJson.ArrayResult result = GoJson.parseStringArray(GoStrings.trimLeftSpace(rest));
    if (result instanceof GoJson.StringArray array) {
      return new Parsed(array.values(), null, true);
    }
    if (result instanceof GoJson.NonStringElement) {
      throw new LineParseException("when using JSON array syntax, arrays must be comprised of strings only");
    }
    return null;
  }

  /** HEALTHCHECK: the type word, then the command as for CMD. */
  static Parsed parseHealthConfig(String rest) throws LineParseException {
    int sep = 0;
    while (sep < rest.length() && !GoStrings.isSpace(rest.codePointAt(sep))) {
      sep += Character.charCount(rest.codePointAt(sep));
    }
    int next = sep;
    while (next < rest.length() && GoStrings.isSpace(rest.codePointAt(next))) {
      next += Character.charCount(rest.codePointAt(next));
    }
    if (sep == 0) {
      return Parsed.NONE;
    }
    Parsed cmd = parseMaybeJson(rest.substring(next));
    List<String> args = new ArrayList<>();
    args.add(rest.substring(0, sep));
    args.addAll(cmd.args());
    return new Parsed(args, null, cmd.json());
  }
}
