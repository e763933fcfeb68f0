package dev.gen.target.charm;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Makes names that Juju, charmcraft, bundles and ops all accept from names written for Docker.
 *
 * <p>The "safe name" (juju.md §1.6) is the intersection of Juju's charm URL rule, its application name rule and
 * charmcraft's project name rule: lower-case letters, digits and single hyphens, starting with a letter, every
 * hyphen-separated segment holding a letter ({@code redis-1} is not a valid application name), at most 40
 * characters. Storage names follow the same pattern.
 */
public final class CharmNames {

  /** Juju's application and charm name rule (juju/names application.go); storage names use the same pattern. */
  public static final Pattern SAFE_NAME = Pattern.compile("^[a-z][a-z0-9]*(?:-[a-z0-9]*[a-z][a-z0-9]*)*$");

  /** The longest charm name charmcraft accepts. */
  public static final int MAX_CHARM_NAME = 40;

  /** Python keywords: charmcraft rejects them as action names, and ops cannot use them as attribute names. */
  public static final Set<String> PYTHON_KEYWORDS = Set.of(
      "false", "none", "true", "and", "as", "assert", "async", "await", "break", "class", "continue", "def", "del",
      "elif", "else", "except", "finally", "for", "from", "global", "if", "import", "in", "is", "lambda",
      "nonlocal", "not", "or", "pass", "raise", "return", "try", "while", "with", "yield");

  private CharmNames() {}

  /**
   * A safe name of at most {@code maxLength} characters made from {@code raw}: lower-cased; every run of other
   * characters becomes one hyphen; a segment without a letter is joined to its neighbour ({@code redis-1} becomes
   * {@code redis1}); a leading digit gets an {@code app} prefix; long names are cut at a hyphen where possible.
   * A name with no letter or digit at all becomes {@code app}.
   */
  public static String safeName(String raw, int maxLength) {
    String lower = raw.toLowerCase(Locale.ROOT);
    List<String> segments = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    for (int i = 0; i < lower.length(); i++) {
      char c = lower.charAt(i);
      if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
        current.append(c);
      } else if (current.length() > 0) {
        segments.add(current.toString());
        current.setLength(0);
      }
    }
    if (current.length() > 0) {
      segments.add(current.toString());
    }
    if (segments.isEmpty()) {
      return "app";
    }
    List<String> merged = new ArrayList<>();
    for (String segment : segments) {
      if (!hasLetter(segment) && !merged.isEmpty()) {
        merged.set(merged.size() - 1, merged.get(merged.size() - 1) + segment);
      } else {
        merged.add(segment);
      }
    }
    // a first segment without a letter was kept alone above: join it to the next one
    if (!hasLetter(merged.get(0)) && merged.size() > 1) {
      merged.set(1, merged.get(0) + merged.get(1));
      merged.remove(0);
    }
    if (!Character.isLetter(merged.get(0).charAt(0))) {
      merged.set(0, "app" + merged.get(0));
    }
    StringBuilder name = new StringBuilder(merged.get(0));
    if (name.length() > maxLength) {
      return name.substring(0, maxLength);
    }
    for (int i = 1; i < merged.size(); i++) {
      if (name.length() + 1 + merged.get(i).length() > maxLength) {
        break;
      }
      name.append('-').append(merged.get(i));
    }
    return name.toString();
  }

  private static boolean hasLetter(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (Character.isLetter(s.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  /** The name of a service's charm without the flavour suffix: safe, short enough for the suffix to fit. */
  public static String baseName(String service, CharmFlavour flavour) {
    String suffix = flavour.nameSuffix();
    String base = safeName(service, MAX_CHARM_NAME - suffix.length());
    if (!suffix.isEmpty() && base.endsWith(suffix) && base.length() > suffix.length()) {
      base = base.substring(0, base.length() - suffix.length());
    }
    return base;
  }

  /** The charm name of a service: its base name plus the flavour's suffix ({@code web} → {@code web-k8s}). */
  public static String charmName(String service, CharmFlavour flavour) {
    return baseName(service, flavour) + flavour.nameSuffix();
  }

  /**
   * A config option name in Juju's style for an environment variable: lower case, words joined by single hyphens
   * ({@code WORDPRESS_DB_USER} → {@code wordpress-db-user}), starting with a letter.
   */
  public static String optionName(String envVar) {
    String lower = envVar.toLowerCase(Locale.ROOT);
    StringBuilder sb = new StringBuilder();
    boolean hyphen = false;
    for (int i = 0; i < lower.length(); i++) {
      char c = lower.charAt(i);
      if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
        if (hyphen && sb.length() > 0) {
          sb.append('-');
        }
        hyphen = false;
        sb.append(c);
      } else {
        hyphen = true;
      }
    }
    if (sb.length() == 0) {
      return "env";
    }
    if (!Character.isLetter(sb.charAt(0))) {
      sb.insert(0, "env-");
    }
    return sb.toString();
  }

  /** True for names Juju reserves for itself: {@code juju} and {@code juju-*}. */
  public static boolean isReserved(String name) {
    return name.equals("juju") || name.startsWith("juju-");
  }

  /**
   * A name not yet taken: {@code name} itself, or {@code name-2}, {@code name-3}... {@code taken} holds names in
   * their {@link #opsForm} (ops turns hyphens into underscores, so {@code a-b} and {@code a_b} collide); the caller
   * adds the result's ops form to it.
   */
  public static String unique(String name, Set<String> taken) {
    if (!taken.contains(opsForm(name))) {
      return name;
    }
    for (int n = 2; ; n++) {
      String candidate = name + "-" + n;
      if (!taken.contains(opsForm(candidate))) {
        return candidate;
      }
    }
  }

  /** The form ops gives a name in attribute and event names: hyphens become underscores. */
  public static String opsForm(String name) {
    return name.replace('-', '_');
  }

  /** A Python class name for a charm: {@code shop-api} → {@code ShopApiCharm}. */
  public static String pythonClassName(String baseName) {
    StringBuilder sb = new StringBuilder();
    for (String part : baseName.split("-")) {
      if (!part.isEmpty()) {
        sb.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
      }
    }
    return sb.append("Charm").toString();
  }
}
