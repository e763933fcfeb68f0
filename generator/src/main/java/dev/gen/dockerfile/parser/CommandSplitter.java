package dev.gen.dockerfile.parser;

import dev.gen.dockerfile.gocompat.GoStrings;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits an instruction line into keyword, flags and the rest (BuildKit's {@code splitCommand} and
 * {@code extractBuilderFlags}). Flags are the leading words that start with {@code --}; quotes in them are removed
 * and a backslash escapes the next character (always a backslash, whatever the escape directive says, as in
 * BuildKit). A bare {@code --} ends the flags and is dropped.
 *
 * <p>BuildKit walks the flags byte by byte, which garbles non-ASCII characters; this walks code points, so a flag
 * such as {@code --chown=josé} keeps its value.
 */
final class CommandSplitter {

  /** The parts of one instruction line. */
  record Split(String keyword, List<String> flags, String rest) {}

  private CommandSplitter() {}

  static Split split(String line) {
    String trimmed = GoStrings.trimSpace(line);
    int end = 0;
    while (end < trimmed.length() && !GoStrings.isAsciiBlank(trimmed.charAt(end))) {
      end++;
    }
    String keyword = trimmed.substring(0, end);
    if (end == trimmed.length()) {
      return new Split(keyword, List.of(), "");
    }
    String afterKeyword = trimmed.substring(GoStrings.skipAsciiBlanks(trimmed, end));
    List<String> flags = new ArrayList<>();
    String rest = extractFlags(afterKeyword, flags);
    return new Split(keyword, flags, GoStrings.trimSpace(rest));
  }

  /** Collects the leading flags of {@code line} into {@code flags} and returns what follows them. */
  private static String extractFlags(String line, List<String> flags) {
    final int inSpaces = 0;
    final int inWord = 1;
    final int inQuote = 2;
    int phase = inSpaces;
    StringBuilder word = new StringBuilder();
    int quote = 0;
    boolean blankOk = false;
    int pos = 0;
    while (true) {
      boolean atEnd = pos >= line.length();
      int ch = atEnd ? -1 : line.codePointAt(pos);
      int width = atEnd ? 1 : Character.charCount(ch);
      if (phase == inSpaces) {
        if (atEnd) {
          break;
        }
        if (GoStrings.isSpace(ch)) {
          pos += width;
          continue;
        }
        // only keep going while the next word starts with --
        if (ch != '-' || pos + 1 >= line.length() || line.charAt(pos + 1) != '-') {
          return line.substring(pos);
        }
        phase = inWord;
      }
      if (atEnd) {
        if (!word.toString().equals("--") && (blankOk || word.length() > 0)) {
          flags.add(word.toString());
        }
        break;
      }
      if (phase == inWord) {
        if (GoStrings.isSpace(ch)) {
          phase = inSpaces;
          if (word.toString().equals("--")) {
            return line.substring(pos);
          }
          if (blankOk || word.length() > 0) {
            flags.add(word.toString());
          }
          word.setLength(0);
          blankOk = false;
          pos += width;
          continue;
        }
        if (ch == '\'' || ch == '"') {
          quote = ch;
          blankOk = true;
          phase = inQuote;
          pos += width;
          continue;
        }
        if (ch == '\\') {
          if (pos + 1 >= line.length()) {
            pos += width; // a backslash at the very end is dropped
            continue;
          }
          pos += width;
          ch = line.codePointAt(pos);
          width = Character.charCount(ch);
        }
        word.appendCodePoint(ch);
        pos += width;
        continue;
      }
      // in a quote
      if (ch == quote) {
        phase = inWord;
        pos += width;
        continue;
      }
      if (ch == '\\') {
        if (pos + 1 >= line.length()) {
          phase = inWord;
          pos += width;
          continue;
        }
        pos += width;
        ch = line.codePointAt(pos);
        width = Character.charCount(ch);
      }
      word.appendCodePoint(ch);
      pos += width;
    }
    return "";
  }
}
