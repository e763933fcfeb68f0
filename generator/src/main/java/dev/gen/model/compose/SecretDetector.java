package dev.gen.model.compose;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Decides whether an environment variable holds a secret, so targets never write its value into generated files.
 * Two signals: the variable's name ({@code *PASSWORD*}, {@code *TOKEN*}, {@code *_KEY}...) and a URL in the value
 * whose user information carries a password ({@code postgres://u:p@db/x}). A {@code *_FILE} variable whose value is
 * an absolute path is the convention for "read the secret from this mounted file" (the official database images
 * use it): the path itself is not secret. Nor is a switch such as {@code ALLOW_EMPTY_PASSWORD=yes} or
 * {@code MARIADB_RANDOM_ROOT_PASSWORD=1}: a name with a word like ALLOW, RANDOM or SKIP and a yes/no value says how
 * the image treats passwords, it is not one.
 */
final class SecretDetector {

  /** The verdict: not secret (reason null), or secret with the reason the model records. */
  record Verdict(boolean secret, String reason) {
    static final Verdict PLAIN = new Verdict(false, null);
  }

  static final String BY_NAME = "name";
  static final String BY_URL_CREDENTIALS = "url-credentials";

  private static final List<String> SECRET_WORDS =
      List.of("PASSWORD", "PASSWD", "SECRET", "TOKEN", "API_KEY", "PRIVATE_KEY", "CREDENTIAL");

  /** Words that make a variable a switch about secrets rather than a secret. */
  private static final Set<String> SWITCH_WORDS = Set.of(
      "ALLOW", "ENABLE", "ENABLED", "DISABLE", "DISABLED", "REQUIRE", "REQUIRED", "SKIP", "FORCE", "RANDOM",
      "GENERATE", "USE", "NO");

  private static final Set<String> SWITCH_VALUES =
      Set.of("yes", "no", "true", "false", "on", "off", "y", "n", "1", "0", "");

  private SecretDetector() {}

  static Verdict classify(String name, String value) {
    String upper = name.toUpperCase(Locale.ROOT);
    if (upper.endsWith("_FILE") && value != null && value.startsWith("/")) {
      return Verdict.PLAIN;
    }
    if (upper.endsWith("_KEY") || SECRET_WORDS.stream().anyMatch(upper::contains)) {
      return isSwitch(upper, value) ? Verdict.PLAIN : new Verdict(true, BY_NAME);
    }
    if (value != null && hasUrlPassword(value)) {
      return new Verdict(true, BY_URL_CREDENTIALS);
    }
    return Verdict.PLAIN;
  }

  private static boolean isSwitch(String upperName, String value) {
    return value != null
        && SWITCH_VALUES.contains(value.trim().toLowerCase(Locale.ROOT))
        && Arrays.stream(upperName.split("[_.-]")).anyMatch(SWITCH_WORDS::contains);
  }

  /** True when some {@code scheme://user:password@host} in the value carries a non-empty password. */
  static boolean hasUrlPassword(String value) {
    for (UrlAuthority authority : UrlAuthority.findAll(value)) {
      String userInfo = authority.userInfo();
      if (userInfo != null) {
        int colon = userInfo.indexOf(':');
        if (colon >= 0 && colon < userInfo.length() - 1) {
          return true;
        }
      }
    }
    return false;
  }
}
