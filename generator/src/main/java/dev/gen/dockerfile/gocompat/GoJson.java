package dev.gen.dockerfile.gocompat;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads the JSON (exec) form of Dockerfile instructions exactly as BuildKit's {@code parseJSON} does with Go's
 * {@code encoding/json}: the whole text must be one valid JSON value (Go's grammar, at most 10000 levels deep, no
 * number beyond the float64 range); then every element of the top-level array must be a string.
 *
 * <p>A hand-written scanner rather than Jackson because the three outcomes must match Go precisely: invalid JSON
 * silently falls back to the shell form, valid JSON with a non-string element is a hard error, and Go's decoding of
 * {@code \\u} escapes (a broken surrogate pair becomes U+FFFD) differs from Jackson's. It runs in linear time and
 * uses no recursion, so deeply nested input cannot exhaust the stack.
 */
public final class GoJson {

  /** Go's {@code encoding/json} nesting limit. */
  static final int MAX_DEPTH = 10_000;

  /** What the text turned out to be. */
  public sealed interface ArrayResult permits NotJson, StringArray, NonStringElement {}

  /** Not a JSON array (or not valid JSON): the instruction uses the shell form. */
  public record NotJson() implements ArrayResult {}

  /** A JSON array of strings, decoded. */
  public record StringArray(List<String> values) implements ArrayResult {
    public StringArray {
      values = List.copyOf(values);
    }
  }

  /** A valid JSON array with an element that is not a string: BuildKit rejects the instruction. */
  public record NonStringElement() implements ArrayResult {}

  private GoJson() {}

  /** Parses {@code text} (which BuildKit has already left-trimmed) as a JSON array of strings. */
  public static ArrayResult parseStringArray(String text) {
    if (text.isEmpty() || text.charAt(0) != '[') {
      return new NotJson();
    }
    return new Scanner(text).run();
  }

  private enum Expect { VALUE_OR_CLOSE, VALUE, COMMA_OR_CLOSE, KEY_OR_CLOSE, KEY, COLON }

  private static final class Scanner {
    private final String s;
    private int pos;
    private final StringBuilder containers = new StringBuilder(); // '[' or '{' per open level
    private final List<String> topLevel = new ArrayList<>();
    private boolean nonString;
    private boolean overflow;

    Scanner(String s) {
      this.s = s;
    }

    ArrayResult run() {
      if (!parse()) {
        return new NotJson();
      }
      skipWhitespace();
      if (pos != s.length() || overflow) {
        return new NotJson();
      }
      return nonString ? new NonStringElement() : new StringArray(topLevel);
    }

    /** Scans the top-level value; false when the text is not valid JSON. */
    private boolean parse() {
      Expect expect = Expect.VALUE;
      while (true) {
        skipWhitespace();
        if (pos >= s.length()) {
          return false;
        }
        char c = s.charAt(pos);
        switch (expect) {
          case VALUE_OR_CLOSE, COMMA_OR_CLOSE, KEY_OR_CLOSE -> {
            char close = containers.charAt(containers.length() - 1) == '[' ? ']' : '}';
            if (c == close) {
              pos++;
              containers.setLength(containers.length() - 1);
              if (containers.isEmpty()) {
                return true;
              }
              valueEnded(false, null);
              expect = Expect.COMMA_OR_CLOSE;
              continue;
            }
            if (expect == Expect.COMMA_OR_CLOSE) {
              if (c != ',') {
                return false;
              }
              pos++;
              expect = containers.charAt(containers.length() - 1) == '[' ? Expect.VALUE : Expect.KEY;
              continue;
            }
            expect = expect == Expect.VALUE_OR_CLOSE ? Expect.VALUE : Expect.KEY;
          }
          case KEY -> {
            if (c != '"' || readString() == null) {
              return false;
            }
            expect = Expect.COLON;
          }
          case COLON -> {
            if (c != ':') {
              return false;
            }
            pos++;
            expect = Expect.VALUE;
          }
          case VALUE -> {
            if (c == '[' || c == '{') {
              if (containers.length() >= MAX_DEPTH) {
                return false;
              }
              containers.append(c);
              pos++;
              expect = c == '[' ? Expect.VALUE_OR_CLOSE : Expect.KEY_OR_CLOSE;
              continue;
            }
            if (containers.isEmpty()) {
              return false; // the caller guarantees the text starts with '['
            }
            if (c == '"') {
              String value = readString();
              if (value == null) {
                return false;
              }
              valueEnded(true, value);
            } else if (!readScalar()) {
              return false;
            } else {
              valueEnded(false, null);
            }
            expect = Expect.COMMA_OR_CLOSE;
          }
          default -> throw new IllegalStateException(expect.name());
        }
      }
    }

    /** Called when a value inside a container ends; records the elements of the top-level array. */
    private void valueEnded(boolean isString, String value) {
      if (containers.length() == 1) {
        if (isString) {
          topLevel.add(value);
        } else {
          nonString = true;
        }
      }
    }

    private void skipWhitespace() {
      while (pos < s.length()) {
        char c = s.charAt(pos);
        if (c != ' ' && c != '\t' && c != '\n' && c != '\r') {
          return;
        }
        pos++;
      }
    }

    private boolean readScalar() {
      if (s.startsWith("true", pos)) {
        pos += 4;
        return true;
      }
      if (s.startsWith("false", pos)) {
        pos += 5;
        return true;
      }
      if (s.startsWith("null", pos)) {
        pos += 4;
        return true;
      }
      return readNumber();
    }

    /** Go's number grammar: {@code -?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?}. */
    private boolean readNumber() {
      int start = pos;
      if (peek() == '-') {
        pos++;
      }
      if (peek() == '0') {
        pos++;
      } else if (isDigit(peek())) {
        while (isDigit(peek())) {
          pos++;
        }
      } else {
        return false;
      }
      if (peek() == '.') {
        pos++;
        if (!isDigit(peek())) {
          return false;
        }
        while (isDigit(peek())) {
          pos++;
        }
      }
      if (peek() == 'e' || peek() == 'E') {
        pos++;
        if (peek() == '+' || peek() == '-') {
          pos++;
        }
        if (!isDigit(peek())) {
          return false;
        }
        while (isDigit(peek())) {
          pos++;
        }
      }
      // Go decodes numbers into float64; one out of range makes Unmarshal fail, which BuildKit treats as
      // "not JSON" (the shell form), not as a non-string element.
      if (Double.isInfinite(Double.parseDouble(s.substring(start, pos)))) {
        overflow = true;
      }
      return true;
    }

    /** Reads a string at {@code pos} (on the opening quote) and decodes it as Go does; null when invalid. */
    private String readString() {
      pos++;
      StringBuilder sb = new StringBuilder();
      while (pos < s.length()) {
        char c = s.charAt(pos);
        if (c == '"') {
          pos++;
          return sb.toString();
        }
        if (c < 0x20) {
          return null;
        }
        if (c != '\\') {
          sb.append(c);
          pos++;
          continue;
        }
        if (pos + 1 >= s.length()) {
          return null;
        }
        char e = s.charAt(pos + 1);
        pos += 2;
        switch (e) {
          case '"', '\\', '/' -> sb.append(e);
          case 'b' -> sb.append('\b');
          case 'f' -> sb.append('\f');
          case 'n' -> sb.append('\n');
          case 'r' -> sb.append('\r');
          case 't' -> sb.append('\t');
          case 'u' -> {
            int r = hex4(pos);
            if (r < 0) {
              return null;
            }
            pos += 4;
            if (r >= 0xD800 && r < 0xE000) {
              int low = s.startsWith("\\u", pos) ? hex4(pos + 2) : -1;
              if (r < 0xDC00 && low >= 0xDC00 && low < 0xE000) {
                sb.appendCodePoint(Character.toCodePoint((char) r, (char) low));
                pos += 6;
              } else {
                sb.append('\uFFFD');
              }
            } else {
              sb.append((char) r);
            }
          }
          default -> {
            return null;
          }
        }
      }
      return null;
    }

    private int hex4(int at) {
      if (at + 4 > s.length()) {
        return -1;
      }
      int v = 0;
      for (int i = at; i < at + 4; i++) {
        int d = Character.digit(s.charAt(i), 16);
        if (d < 0 || s.charAt(i) > 'f') {
          return -1;
        }
        v = v * 16 + d;
      }
      return v;
    }

    private char peek() {
      return pos < s.length() ? s.charAt(pos) : '\0';
    }

    private static boolean isDigit(char c) {
      return c >= '0' && c <= '9';
    }
  }
}
