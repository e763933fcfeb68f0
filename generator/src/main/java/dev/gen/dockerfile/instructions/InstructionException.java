package dev.gen.dockerfile.instructions;

/** An instruction BuildKit rejects; the message is BuildKit's, the code one of {@code DockerfileCodes}. */
public final class InstructionException extends Exception {

  private static final long serialVersionUID = 1L;

  private final String code;
  private final String hint;

  public InstructionException(String code, String message) {
    this(code, message, "");
  }

  public InstructionException(String code, String message, String hint) {
    super(message);
    this.code = code;
    this.hint = hint;
  }

  public String code() {
    return code;
  }

  public String hint() {
    return hint;
  }
}
