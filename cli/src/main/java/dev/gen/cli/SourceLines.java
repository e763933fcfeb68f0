package dev.gen.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Finds the line a diagnostic points at, to show it under the message. A diagnostic names its file as the user
 * named it or relative to the project directory, so the file is looked for in a few directories in turn. Reading is
 * bounded and never fails: a file that is gone, not a regular file (a FIFO would block), too far into a huge file, or
 * not readable simply has no line to show.
 */
final class SourceLines {

  /** Lines are looked for within the first this many bytes of a file. */
  static final long MAX_SCAN_BYTES = 64L << 20;

  /** At most this many characters of the line are kept. */
  static final int MAX_LINE_CHARS = 1 << 16;

  private final List<Path> roots;

  /** @param roots absolute directories to resolve relative file names against, in order */
  SourceLines(List<Path> roots) {
    this.roots = List.copyOf(roots);
  }

  /** The line (1-based) of the file, without its line break, or empty when it cannot be shown. */
  Optional<Line> line(String file, int lineNumber) {
    if (file.isEmpty() || lineNumber <= 0) {
      return Optional.empty();
    }
    for (Path candidate : candidates(file)) {
      if (Files.isRegularFile(candidate)) {
        return read(candidate, lineNumber);
      }
    }
    return Optional.empty();
  }

  /** The file a diagnostic names, where it was found (the first candidate that is a regular file). */
  Optional<Path> find(String file) {
    if (file.isEmpty()) {
      return Optional.empty();
    }
    for (Path candidate : candidates(file)) {
      if (Files.isRegularFile(candidate)) {
        return Optional.of(candidate);
      }
    }
    return Optional.empty();
  }

  /**
   * A source line.
   *
   * @param truncated true when the line was longer than {@link #MAX_LINE_CHARS} and was cut there
   */
  record Line(String text, boolean truncated) {}

  private List<Path> candidates(String file) {
    List<Path> out = new ArrayList<>();
    try {
      Path p = Path.of(file);
      if (p.isAbsolute()) {
        out.add(p);
      } else {
        for (Path root : roots) {
          out.add(root.resolve(p).normalize());
        }
      }
    } catch (java.nio.file.InvalidPathException e) {
      // a name that is no path (a NUL byte, "(dockerfile_inline of web)"): nothing to show
    }
    return out;
  }

  private static Optional<Line> read(Path file, int lineNumber) {
    try (InputStream in = Files.newInputStream(file);
        Reader reader = new InputStreamReader(new BoundedStream(in, MAX_SCAN_BYTES),
            StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE))) {
      int current = 1;
      StringBuilder line = new StringBuilder();
      boolean truncated = false;
      char[] buf = new char[8192];
      int n;
      while ((n = reader.read(buf)) > 0) {
        for (int i = 0; i < n; i++) {
          char c = buf[i];
          if (c == '\n') {
            if (current == lineNumber) {
              return Optional.of(finish(line, truncated, lineNumber));
            }
            current++;
          } else if (current == lineNumber) {
            if (line.length() < MAX_LINE_CHARS) {
              line.append(c);
            } else {
              truncated = true;
            }
          }
        }
      }
      // the last line has no line break (or is the empty line after the last one, where an error at the end of
      // the file points)
      return current == lineNumber ? Optional.of(finish(line, truncated, lineNumber)) : Optional.empty();
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
  }

  private static Line finish(StringBuilder line, boolean truncated, int lineNumber) {
    String text = line.toString();
    if (text.endsWith("\r")) {
      text = text.substring(0, text.length() - 1);
    }
    if (lineNumber == 1 && text.startsWith("\uFEFF")) {
      text = text.substring(1); // a byte order mark is not part of the text
    }
    return new Line(text, truncated);
  }

  /** Stops reading after a number of bytes. */
  private static final class BoundedStream extends java.io.FilterInputStream {
    private long left;

    BoundedStream(InputStream in, long limit) {
      super(in);
      this.left = limit;
    }

    @Override
    public int read() throws IOException {
      if (left <= 0) {
        return -1;
      }
      int b = super.read();
      if (b >= 0) {
        left--;
      }
      return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      if (left <= 0) {
        return -1;
      }
      int n = super.read(b, off, (int) Math.min(len, left));
      if (n > 0) {
        left -= n;
      }
      return n;
    }
  }
}
