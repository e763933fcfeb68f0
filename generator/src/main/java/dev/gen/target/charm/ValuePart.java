package dev.gen.target.charm;

import java.util.Locale;

/**
 * A piece of an environment value that names another service: literal text, or what a relation's remote side
 * provides (its host or port; with a Charmhub charm also the credentials and the resource name it created), which
 * the charm fills in from relation data.
 *
 * @param kind what the piece is
 * @param text the literal text ({@link Kind#TEXT}), or the text the compose file had there; the empty string where
 *     that text was a secret (a password), so that the compose value is never written into the charm
 * @param endpoint the relation endpoint whose data fills the piece, or null for {@link Kind#TEXT}
 */
public record ValuePart(Kind kind, String text, String endpoint) {

  /** What a piece of a value is. */
  public enum Kind {
    TEXT,
    HOST,
    PORT,
    /** The user name a Charmhub charm created for the consumer. */
    USERNAME,
    /** The password a Charmhub charm created for the consumer. */
    PASSWORD,
    /** The name of the database (topic, index, vhost) a Charmhub charm created for the consumer. */
    DATABASE,
    /** The same name as a URL's path segment: URL-quoted. */
    DATABASE_PATH,
    /** A URL's {@code user:password@}, both URL-quoted, from a Charmhub charm's credentials. */
    USERINFO;

    /**
     * The word the generated charms know the kind by ({@code host}, {@code database-path}...): the k8s charm's
     * {@code relation_value} and the machine charm's hook library.
     */
    public String word() {
      return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
  }

  public static ValuePart text(String text) {
    return new ValuePart(Kind.TEXT, text, null);
  }
}
