package dev.gen.dockerfile.shell;

/**
 * A substitution BuildKit rejects, or one that exceeds gen's size or time limits ({@link #isLimit()}); the message
 * is BuildKit's where it has one, for example {@code failed to process "${a": syntax error: missing '}'}.
 */
public final class ShellLexException extends Exception {

  private static final long serialVersionUID = 1L;

  private final boolean limit;

  public ShellLexException(String message) {
    this(message, false);
  }

  public ShellLexException(String message, boolean limit) {
    super(message);
    this.limit = limit;
  }

  /** True when the input is fine for BuildKit but too large for gen's limits. */
  public boolean isLimit() {
    return limit;
  }
}
