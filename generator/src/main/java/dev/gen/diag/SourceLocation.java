package dev.gen.diag;

/**
 * A place in an input file. Lines and columns are 1-based; 0 means unknown. The file is kept as the user named it
 * (or relative to the project directory) so that messages read naturally and golden output does not contain
 * machine-specific absolute paths.
 */
public record SourceLocation(String file, int line, int column) {

  public static final SourceLocation UNKNOWN = new SourceLocation("", 0, 0);

  public static SourceLocation of(String file) {
    return new SourceLocation(file, 0, 0);
  }

  public boolean isKnown() {
    return !file.isEmpty();
  }

  /** {@code file:line:column}, dropping the parts that are unknown. */
  @Override
  public String toString() {
    if (file.isEmpty()) {
      return "<unknown>";
    }
    if (line <= 0) {
      return file;
    }
    return column <= 0 ? file + ":" + line : file + ":" + line + ":" + column;
  }
}
