package dev.gen.dockerfile.dispatch;

import java.util.regex.Pattern;

/**
 * Checks an image reference the way BuildKit does before resolving it ({@code reference.ParseNormalizedNamed}):
 * {@code [host[:port]/]path[:tag][@digest]} with a lower-case path. Only the syntax is checked; nothing is resolved
 * and no default registry or tag is added.
 */
public final class ImageReference {

  /** References longer than this are rejected before any pattern runs (the name alone may have 255). */
  private static final int MAX_LENGTH = 1024;

  private static final String ALNUM = "[a-z0-9]+";
  private static final String SEPARATOR = "(?:[._]|__|[-]+)";
  private static final String PATH_COMPONENT = ALNUM + "(?:" + SEPARATOR + ALNUM + ")*";
  private static final Pattern PATH = Pattern.compile(PATH_COMPONENT + "(?:/" + PATH_COMPONENT + ")*");
  private static final String DOMAIN_COMPONENT = "(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])";
  private static final Pattern DOMAIN = Pattern.compile(
      "(?:" + DOMAIN_COMPONENT + "(?:\\." + DOMAIN_COMPONENT + ")*|\\[[a-fA-F0-9:]+\\])(?::[0-9]+)?");
  private static final Pattern TAG = Pattern.compile("[\\w][\\w.-]{0,127}");
  private static final Pattern DIGEST =
      Pattern.compile("[A-Za-z][A-Za-z0-9]*(?:[-_+.][A-Za-z][A-Za-z0-9]*)*:[0-9a-fA-F]{32,}");
  private static final Pattern HEX64 = Pattern.compile("[a-f0-9]{64}");

  private ImageReference() {}

  /** Null when {@code ref} is a valid reference, else BuildKit's reason. */
  public static String problem(String ref) {
    if (ref.length() > MAX_LENGTH) {
      return "invalid reference format";
    }
    if (HEX64.matcher(ref).matches()) {
      return "invalid repository name (" + ref + "), cannot specify 64-byte hexadecimal strings";
    }
    String domain = null;
    String remainder = ref;
    int slash = ref.indexOf('/');
    if (slash >= 0) {
      String first = ref.substring(0, slash);
      boolean isDomain = first.contains(".") || first.contains(":") || first.equals("localhost")
          || !first.equals(first.toLowerCase(java.util.Locale.ROOT));
      if (isDomain) {
        domain = first;
        remainder = ref.substring(slash + 1);
      }
    }
    String digest = null;
    int at = remainder.indexOf('@');
    if (at >= 0) {
      digest = remainder.substring(at + 1);
      remainder = remainder.substring(0, at);
    }
    String tag = null;
    int colon = remainder.lastIndexOf(':');
    if (colon >= 0) {
      tag = remainder.substring(colon + 1);
      remainder = remainder.substring(0, colon);
    }
    if (!remainder.equals(remainder.toLowerCase(java.util.Locale.ROOT))) {
      return "invalid reference format: repository name (" + remainder + ") must be lowercase";
    }
    if ((domain != null && !DOMAIN.matcher(domain).matches()) || !PATH.matcher(remainder).matches()
        || (tag != null && !TAG.matcher(tag).matches()) || (digest != null && !DIGEST.matcher(digest).matches())) {
      return "invalid reference format";
    }
    int nameLength = (domain == null ? 0 : domain.length() + 1) + remainder.length();
    if (nameLength > 255) {
      return "invalid reference format: repository name must not be more than 255 characters";
    }
    return null;
  }
}
