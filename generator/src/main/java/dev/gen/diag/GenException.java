package dev.gen.diag;

import java.util.List;

/**
 * A failure the user caused and can fix: bad input, a validation error, an impossible request. The CLI prints its
 * diagnostics (never a stack trace) and exits with {@link #exitCode()}. Anything else that escapes is a bug in gen.
 */
public class GenException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** Input or validation error. */
  public static final int EXIT_INPUT = 1;

  /** The command line itself is wrong. */
  public static final int EXIT_USAGE = 2;

  private final transient List<Diagnostic> diagnostics;
  private final int exitCode;

  public GenException(Diagnostic diagnostic) {
    this(List.of(diagnostic), EXIT_INPUT);
  }

  public GenException(List<Diagnostic> diagnostics, int exitCode) {
    super(diagnostics.isEmpty() ? "error" : diagnostics.get(0).format());
    if (diagnostics.isEmpty()) {
      throw new IllegalArgumentException("a GenException needs at least one diagnostic");
    }
    this.diagnostics = List.copyOf(diagnostics);
    this.exitCode = exitCode;
  }

  /** Shorthand for a located input error. */
  public static GenException at(SourceLocation location, String keyPath, String code, String message) {
    return new GenException(Diagnostic.error(code, message, location, keyPath));
  }

  /** Shorthand for a usage error (exit code 2). */
  public static GenException usage(String message) {
    return new GenException(
        List.of(Diagnostic.error("usage", message, SourceLocation.UNKNOWN, "")), EXIT_USAGE);
  }

  /** The same failure with a hint on how to fix it (on the first diagnostic). */
  public GenException withHint(String hint) {
    List<Diagnostic> list = new java.util.ArrayList<>(diagnostics);
    list.set(0, list.get(0).withHint(hint));
    return new GenException(list, exitCode);
  }

  public List<Diagnostic> diagnostics() {
    return diagnostics;
  }

  public Diagnostic first() {
    return diagnostics.get(0);
  }

  public int exitCode() {
    return exitCode;
  }
}
