package dev.gen.yaml;

import dev.gen.diag.GenException;
import dev.gen.diag.SourceLocation;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Turns the bytes of a text file into a string, strictly: UTF-8 only (a leading byte-order mark is dropped), no
 * malformed sequences, no control characters other than tab, line feed and carriage return. Every failure names the
 * line and column where it happens, so a user can find a stray byte in a large file.
 */
public final class SourceText {

  private SourceText() {}

  /** The decoded text of a YAML file, or a located error. */
  public static String decode(byte[] bytes, String fileName) {
    return decode(bytes, fileName, "a YAML file");
  }

  /**
   * The decoded text, or a located error.
   *
   * @param kind what the file is, for messages ({@code "an env file"})
   */
  public static String decode(byte[] bytes, String fileName, String kind) {
    if (bytes.length >= 2 && ((bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF)
        || (bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE))) {
      throw GenException.at(new SourceLocation(fileName, 1, 1), "", "yaml.encoding",
          "the file is UTF-16 encoded; save it as UTF-8");
    }
    int start = bytes.length >= 3 && bytes[0] == (byte) 0xEF && bytes[1] == (byte) 0xBB && bytes[2] == (byte) 0xBF
        ? 3 : 0;
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
    CharBuffer out = CharBuffer.allocate(bytes.length - start + 1);
    CoderResult result = decoder.decode(in, out, true);
    if (!result.isError()) {
      result = decoder.flush(out);
    }
    if (result.isError()) {
      int offset = in.position();
      out.flip();
      SourceLocation at = locate(out, out.limit(), fileName);
      throw GenException.at(at, "", "yaml.encoding", String.format(Locale.ROOT,
          "invalid UTF-8 at byte offset %d (byte 0x%02X); save the file as UTF-8", offset, bytes[offset] & 0xFF));
    }
    out.flip();
    String text = out.toString();
    checkCharacters(text, fileName, kind);
    return text;
  }

  /** Rejects characters YAML does not allow in a stream (NUL and other C0/C1 controls, lone surrogates). */
  static void checkCharacters(String text, String fileName, String kind) {
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      if (!allowed(cp)) {
        String name = cp == 0 ? "NUL" : String.format(Locale.ROOT, "U+%04X", cp);
        throw GenException.at(locate(CharBuffer.wrap(text), i, fileName), "", "yaml.control-character",
            "control character " + name + " is not allowed in " + kind);
      }
      i += Character.charCount(cp);
    }
  }

  private static boolean allowed(int cp) {
    return cp == 0x9 || cp == 0xA || cp == 0xD
        || (cp >= 0x20 && cp <= 0x7E)
        || cp == 0x85
        || (cp >= 0xA0 && cp <= 0xD7FF)
        || (cp >= 0xE000 && cp <= 0xFFFD)
        || (cp >= 0x10000 && cp <= 0x10FFFF);
  }

  /** The 1-based line and column (in code points) of the character at {@code index}. */
  static SourceLocation locate(CharSequence text, int index, String fileName) {
    int line = 1;
    int column = 1;
    for (int i = 0; i < index && i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n') {
        line++;
        column = 1;
      } else if (!Character.isLowSurrogate(c)) {
        column++;
      }
    }
    return new SourceLocation(fileName, line, column);
  }
}
