package dev.gen.target.charm;

/**
 * A piece of an environment value that names another service: literal text, or the host or port of a relation's
 * remote side, which the charm fills in from relation data.
 *
 * @param kind what the piece is
 * @param text the literal text ({@link Kind#TEXT}), or the text the compose file had there (host or port)
 * @param endpoint the relation endpoint whose data fills the piece, or null for {@link Kind#TEXT}
 */
public record ValuePart(Kind kind, String text, String endpoint) {

  /** What a piece of a value is. */
  public enum Kind {
    TEXT,
    HOST,
    PORT
  }

  public static ValuePart text(String text) {
    return new ValuePart(Kind.TEXT, text, null);
  }
}
