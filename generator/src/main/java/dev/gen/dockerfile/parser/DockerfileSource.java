package dev.gen.dockerfile.parser;

import dev.gen.diag.GenException;
import dev.gen.diag.SourceLocation;
import dev.gen.dockerfile.DockerfileCodes;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The physical lines of a Dockerfile, checked before any parsing: at most {@link #MAX_FILE_BYTES} bytes, valid
 * UTF-8, no NUL byte (binary data), and no line longer than BuildKit's {@value #MAX_LINE_BYTES} bytes. Lines end at
 * {@code \n}; a {@code \r} before it stays in the line text, as in BuildKit's scanner, and is trimmed where BuildKit
 * trims it.
 *
 * @param name the file name used in messages
 * @param lines the lines in order; the last one may lack a line terminator
 */
public record DockerfileSource(String name, List<Line> lines) {

  /**
   * The largest Dockerfile gen reads: 4 MiB. Real Dockerfiles are a few kilobytes; even ones embedding scripts as
   * heredocs stay far below. BuildKit has no such limit, but gen fails fast on anything bigger.
   */
  public static final int MAX_FILE_BYTES = 4 * 1024 * 1024;

  /** BuildKit's limit on one physical line ({@code bufio.MaxScanTokenSize - 1}). */
  public static final int MAX_LINE_BYTES = 65_535;

  /**
   * One physical line.
   *
   * @param number the 1-based line number
   * @param text the line without its {@code \n} (a {@code \r} before it is kept)
   * @param terminated whether a {@code \n} ended the line
   */
  public record Line(int number, String text, boolean terminated) {

    /** The line as BuildKit's scanner hands it over: text plus its {@code \n}. */
    public String raw() {
      return terminated ? text + "\n" : text;
    }
  }

  public DockerfileSource {
    lines = List.copyOf(lines);
  }

  /** Reads and checks a Dockerfile on disk. */
  public static DockerfileSource read(Path path, String name) {
    SourceLocation where = SourceLocation.of(name);
    if (Files.isDirectory(path)) {
      throw GenException.at(where, "", DockerfileCodes.IO,
          "is a directory, not a Dockerfile");
    }
    if (Files.exists(path) && !Files.isRegularFile(path)) {
      // a FIFO blocks in open() until something writes to it, and a device can be endless: read regular files only
      throw GenException.at(where, "", DockerfileCodes.IO,
          "is not a regular file (a FIFO, a socket or a device); gen reads only regular files");
    }
    byte[] bytes;
    try (InputStream in = Files.newInputStream(path)) {
      // Read at most one byte past the limit: the file size alone is not trusted (special files report 0).
      bytes = in.readNBytes(MAX_FILE_BYTES + 1);
    } catch (NoSuchFileException e) {
      throw GenException.at(where, "", DockerfileCodes.IO, "no such file");
    } catch (IOException e) {
      throw GenException.at(where, "", DockerfileCodes.IO, "cannot read the Dockerfile: " + e.getMessage());
    }
    return of(name, bytes);
  }

  /** Checks and splits the bytes of a Dockerfile. */
  public static DockerfileSource of(String name, byte[] bytes) {
    if (bytes.length > MAX_FILE_BYTES) {
      throw GenException.at(SourceLocation.of(name), "", DockerfileCodes.LIMIT, String.format(Locale.ROOT,
          "the Dockerfile is larger than %d bytes (4 MiB), the most gen reads", MAX_FILE_BYTES));
    }
    checkBytes(name, bytes);
    return split(name, decode(name, bytes));
  }

  /** Checks and splits Dockerfile text that is already a string (for example Compose {@code dockerfile_inline}). */
  public static DockerfileSource ofText(String name, String text) {
    return of(name, text.getBytes(StandardCharsets.UTF_8));
  }

  /** NUL bytes, UTF-16 and over-long lines, in file order; the first problem wins. */
  private static void checkBytes(String name, byte[] bytes) {
    if (bytes.length >= 2 && ((bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE)
        || (bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF))) {
      throw GenException.at(new SourceLocation(name, 1, 1), "", DockerfileCodes.ENCODING,
          "the Dockerfile is UTF-16 encoded; BuildKit reads Dockerfiles as UTF-8");
    }
    int line = 1;
    int lineStart = 0;
    for (int i = 0; i <= bytes.length; i++) {
      boolean end = i == bytes.length || bytes[i] == '\n';
      if (end) {
        if (i - lineStart > MAX_LINE_BYTES) {
          throw GenException.at(new SourceLocation(name, line, 1), "", DockerfileCodes.LIMIT, String.format(
              Locale.ROOT, "dockerfile line greater than max allowed size of %d (this line has %d bytes)",
              MAX_LINE_BYTES, i - lineStart));
        }
        line++;
        lineStart = i + 1;
      } else if (bytes[i] == 0) {
        throw GenException.at(new SourceLocation(name, line, column(bytes, lineStart, i)), "",
            DockerfileCodes.ENCODING, "the file contains a NUL byte: it looks like binary data, not a Dockerfile");
      }
    }
  }

  private static String decode(String name, byte[] bytes) {
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate(bytes.length);
    CoderResult result = decoder.decode(in, out, true);
    if (result.isError()) {
      int offset = in.position();
      int line = 1;
      int lineStart = 0;
      for (int i = 0; i < offset; i++) {
        if (bytes[i] == '\n') {
          line++;
          lineStart = i + 1;
        }
      }
      throw GenException.at(new SourceLocation(name, line, column(bytes, lineStart, offset)), "",
          DockerfileCodes.ENCODING, String.format(Locale.ROOT,
              "the Dockerfile is not valid UTF-8 (invalid byte 0x%02X)", bytes[offset] & 0xFF));
    }
    decoder.flush(out);
    out.flip();
    return out.toString();
  }

  /** The 1-based column (in characters) of byte {@code offset}, counting the characters before it on its line. */
  private static int column(byte[] bytes, int lineStart, int offset) {
    String prefix = new String(bytes, lineStart, offset - lineStart, StandardCharsets.UTF_8);
    return prefix.codePointCount(0, prefix.length()) + 1;
  }

  private static DockerfileSource split(String name, String text) {
    List<Line> lines = new ArrayList<>();
    int start = 0;
    int number = 1;
    while (start < text.length()) {
      int nl = text.indexOf('\n', start);
      if (nl < 0) {
        lines.add(new Line(number, text.substring(start), false));
        break;
      }
      lines.add(new Line(number++, text.substring(start, nl), true));
      start = nl + 1;
    }
    return new DockerfileSource(name, lines);
  }

  /** A location in this file. */
  public SourceLocation at(int line, int column) {
    return new SourceLocation(name, line, column);
  }
}
