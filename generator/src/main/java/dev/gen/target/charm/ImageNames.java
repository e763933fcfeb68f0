package dev.gen.target.charm;

import java.util.Locale;

/**
 * The parts of an image reference that tables of well-known images are keyed on: the repository without registry
 * host, {@code library/} prefix, tag or digest ({@code docker.io/library/postgres:16} → {@code postgres}), and the
 * tag.
 */
public final class ImageNames {

  private ImageNames() {}

  /** The repository of an image reference, lower-cased, or the empty string for a null or empty reference. */
  public static String repository(String imageRef) {
    String ref = withoutDigest(imageRef);
    int colon = ref.lastIndexOf(':');
    if (colon > ref.lastIndexOf('/')) {
      ref = ref.substring(0, colon);
    }
    int slash = ref.indexOf('/');
    if (slash > 0) {
      String first = ref.substring(0, slash);
      // a first component with a dot or a port, or localhost, is a registry host (the distribution spec's rule)
      if (first.contains(".") || first.contains(":") || first.equals("localhost")) {
        ref = ref.substring(slash + 1);
      }
    }
    if (ref.startsWith("library/")) {
      ref = ref.substring("library/".length());
    }
    return ref;
  }

  /** The tag of an image reference, lower-cased, or the empty string when it has none. */
  public static String tag(String imageRef) {
    String ref = withoutDigest(imageRef);
    int colon = ref.lastIndexOf(':');
    return colon > ref.lastIndexOf('/') ? ref.substring(colon + 1) : "";
  }

  private static String withoutDigest(String imageRef) {
    if (imageRef == null) {
      return "";
    }
    String ref = imageRef.toLowerCase(Locale.ROOT);
    int at = ref.indexOf('@');
    return at >= 0 ? ref.substring(0, at) : ref;
  }
}
