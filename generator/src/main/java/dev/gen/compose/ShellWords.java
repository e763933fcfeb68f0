package dev.gen.compose;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a command string into words as compose-go does ({@code mattn/go-shellwords} without variable or backtick
 * expansion): spaces separate words, single and double quotes group, a backslash escapes outside single quotes,
 * and parsing stops at an unquoted {@code ; & | < >} (what follows is dropped, as in Compose).
 */
final class ShellWords {

  private ShellWords() {}

  static List<String> split(String line) {
    List<String> args = new ArrayList<>();
    StringBuilder buf = new StringBuilder();
    boolean escaped = false;
    boolean doubleQuoted = false;
    boolean singleQuoted = false;
    boolean backQuote = false;
    boolean dollarQuote = false;
    int got = 0; // 0: no argument, 1: an argument, 2: a quoted argument
    loop:
    for (int i = 0; i < line.length(); ) {
      int r = line.codePointAt(i);
      i += Character.charCount(r);
      if (escaped) {
        buf.appendCodePoint(r);
        escaped = false;
        got = 1;
        continue;
      }
      if (r == '\\') {
        if (singleQuoted) {
          buf.appendCodePoint(r);
        } else {
          escaped = true;
        }
        continue;
      }
      if (r == ' ' || r == '\t' || r == '\r' || r == '\n') {
        if (singleQuoted || doubleQuoted || backQuote || dollarQuote) {
          buf.appendCodePoint(r);
        } else if (got != 0) {
          args.add(buf.toString());
          buf.setLength(0);
          got = 0;
        }
        continue;
      }
      switch (r) {
        case '`':
          if (!singleQuoted && !doubleQuoted && !dollarQuote) {
            backQuote = !backQuote;
            continue;
          }
          break;
        case ')':
          if (!singleQuoted && !doubleQuoted && !backQuote) {
            dollarQuote = !dollarQuote;
            continue;
          }
          break;
        case '(':
          if (!singleQuoted && !doubleQuoted && !backQuote) {
            if (!dollarQuote && buf.length() > 0 && buf.charAt(buf.length() - 1) == '$') {
              dollarQuote = true;
              buf.append('(');
              continue;
            }
            throw new IllegalArgumentException("invalid command line string");
          }
          break;
        case '"':
          if (!singleQuoted && !dollarQuote) {
            if (doubleQuoted) {
              got = 2;
            }
            doubleQuoted = !doubleQuoted;
            continue;
          }
          break;
        case '\'':
          if (!doubleQuoted && !dollarQuote) {
            if (singleQuoted) {
              got = 2;
            }
            singleQuoted = !singleQuoted;
            continue;
          }
          break;
        case ';', '&', '|', '<', '>':
          if (!(singleQuoted || doubleQuoted || backQuote || dollarQuote)) {
            if (r == '>' && buf.length() > 0 && Character.isDigit(buf.charAt(0))) {
              got = 0;
            }
            break loop;
          }
          break;
        default:
          break;
      }
      got = 1;
      buf.appendCodePoint(r);
    }
    if (got != 0) {
      args.add(buf.toString());
    }
    if (escaped || singleQuoted || doubleQuoted || backQuote || dollarQuote) {
      throw new IllegalArgumentException("invalid command line string");
    }
    return args;
  }
}
