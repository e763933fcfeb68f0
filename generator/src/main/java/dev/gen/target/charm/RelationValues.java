package dev.gen.target.charm;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * How a charm rebuilds an environment value from what its relations provide ({@link RelationEnv}), written once in
 * Java: both flavours implement the same rules at run time (the Kubernetes charm's {@code layer.relation_value}, the
 * machine charm's {@code _relation_value} in {@code lib/charm.sh}), and the tests of both check them against this.
 *
 * <ul>
 *   <li>without an address (an optional relation that is absent) every piece keeps its compose text;
 *   <li>a host becomes the provider's host; a port stays when the provider listens on it (or gives no main port),
 *       else becomes its main port;
 *   <li>a user name and password become the ones a Charmhub charm made (empty when it gave none); a database name
 *       the one it made, else the compose text;
 *   <li>inside a URL the database name and the user information are URL-quoted ({@link #urlQuote}), and the
 *       user information is {@code user[:password]@}.
 * </ul>
 */
public final class RelationValues {

  private RelationValues() {}

  /**
   * What a provider gave on one endpoint.
   *
   * @param host its host
   * @param port its main port, or null
   * @param ports the ports it listens on (numbers, as text)
   * @param username the user a Charmhub charm made, or null
   * @param password that user's password, or null
   * @param database the database (topic, index, vhost) it made, or null
   */
  public record Address(
      String host, String port, List<String> ports, String username, String password, String database) {

    public Address {
      ports = List.copyOf(ports);
    }

    public Address(String host, String port, List<String> ports) {
      this(host, port, ports, null, null, null);
    }
  }

  /** The value of {@code env} with the addresses the relations gave (by endpoint; absent: none). */
  public static String rebuild(RelationEnv env, Map<String, Address> addresses) {
    StringBuilder value = new StringBuilder();
    for (ValuePart part : env.parts()) {
      Address a = part.endpoint() == null ? null : addresses.get(part.endpoint());
      if (part.kind() == ValuePart.Kind.TEXT || a == null) {
        value.append(part.text());
        continue;
      }
      value.append(switch (part.kind()) {
        case HOST -> a.host();
        case PORT -> a.ports().contains(part.text()) || a.port() == null ? part.text() : a.port();
        case USERNAME -> nullToEmpty(a.username());
        case PASSWORD -> nullToEmpty(a.password());
        case DATABASE -> hasText(a.database()) ? a.database() : part.text();
        case DATABASE_PATH -> hasText(a.database()) ? urlQuote(a.database()) : part.text();
        case USERINFO -> urlQuote(nullToEmpty(a.username()))
            + (hasText(a.password()) ? ":" + urlQuote(a.password()) : "") + "@";
        case TEXT -> part.text();
      });
    }
    return value.toString();
  }

  /** Python's {@code urllib.parse.quote(text, safe="")}: UTF-8 bytes, all but {@code A-Za-z0-9_.-~} escaped. */
  public static String urlQuote(String text) {
    StringBuilder sb = new StringBuilder();
    for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
      int c = b & 0xff;
      if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || "_.-~".indexOf(c) >= 0) {
        sb.append((char) c);
      } else {
        sb.append(String.format(Locale.ROOT, "%%%02X", c));
      }
    }
    return sb.toString();
  }

  private static boolean hasText(String s) {
    return s != null && !s.isEmpty();
  }

  private static String nullToEmpty(String s) {
    return s == null ? "" : s;
  }
}
