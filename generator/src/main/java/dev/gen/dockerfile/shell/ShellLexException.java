package dev.gen.dockerfile.shell;

/** A substitution BuildKit rejects; the message is BuildKit's, for example {@code failed to process "${a": ...}. */
public final class ShellLexException extends Exception {

  private static final long serialVersionUID = 1L;

  public ShellLexException(String message) {
    super(message);
  }
}
