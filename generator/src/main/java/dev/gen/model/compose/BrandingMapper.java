package dev.gen.model.compose;

import dev.gen.model.Branding;
import dev.gen.model.Hints;
import java.util.Map;

/**
 * What a service is called and how it describes itself, for the people who deploy it. Sources, strongest first:
 * the service's {@code x-juju} hints ({@code title}, {@code summary}, {@code description}, {@code website},
 * {@code source}, {@code issues}, {@code documentation}), written for gen and so meant to win; its OCI image labels
 * ({@code org.opencontainers.image.*}); the older Label Schema labels ({@code org.label-schema.*}); and last a title
 * derived from the image name ({@code nginxdemos/hello:0.4} → {@code hello}) or the service name.
 */
final class BrandingMapper {

  private static final String OCI = "org.opencontainers.image.";
  private static final String LABEL_SCHEMA = "org.label-schema.";

  /**
   * Charmhub lists a charm by its one-line {@code summary}, and charmcraft's documentation asks for at most 78
   * characters there; Brooklyn shows it as the catalog item's short description.
   */
  static final int SUMMARY_MAX = 78;

  private BrandingMapper() {}

  static Branding map(String serviceName, String image, Map<String, String> labels, Hints hints) {
    String title = first(hints.jujuString("title"), labels.get(OCI + "title"), labels.get(LABEL_SCHEMA + "name"),
        titleFromImage(image), serviceName);
    String description = first(hints.jujuString("description"), labels.get(OCI + "description"),
        labels.get(LABEL_SCHEMA + "description"));
    String summary = first(hints.jujuString("summary"), summarize(description), title);
    return new Branding(
        title,
        summary,
        description,
        first(hints.jujuString("website"), labels.get(OCI + "url"), labels.get(LABEL_SCHEMA + "url")),
        first(hints.jujuString("source"), labels.get(OCI + "source"), labels.get(LABEL_SCHEMA + "vcs-url")),
        first(hints.jujuString("documentation"), labels.get(OCI + "documentation"),
            labels.get(LABEL_SCHEMA + "usage")),
        hints.jujuString("issues"),
        labels.get(OCI + "licenses"),
        first(labels.get(OCI + "vendor"), labels.get(LABEL_SCHEMA + "vendor")),
        labels.get(OCI + "authors"),
        first(labels.get(OCI + "version"), labels.get(LABEL_SCHEMA + "version")),
        null);
  }

  /** The repository's last path segment without tag or digest: {@code ghcr.io/a/b:1@sha256:x} → {@code b}. */
  static String titleFromImage(String image) {
    if (image == null || image.isBlank()) {
      return null;
    }
    String ref = image;
    int at = ref.indexOf('@');
    if (at >= 0) {
      ref = ref.substring(0, at);
    }
    int slash = ref.lastIndexOf('/');
    String last = ref.substring(slash + 1);
    int colon = last.indexOf(':');
    if (colon >= 0) {
      last = last.substring(0, colon);
    }
    return last.isBlank() ? null : last;
  }

  /**
   * The description's first sentence on one line, cut on a word boundary (with {@code ...}) to at most
   * {@link #SUMMARY_MAX} characters; null when there is no description.
   */
  static String summarize(String description) {
    if (description == null || description.isBlank()) {
      return null;
    }
    String text = description.strip().replaceAll("\\s+", " ");
    String sentence = text;
    for (int i = 0; i < text.length() - 1; i++) {
      char c = text.charAt(i);
      // a sentence ends at . ! ? before a space, unless a lower-case word follows ("e.g. nginx")
      if ((c == '.' || c == '!' || c == '?') && text.charAt(i + 1) == ' '
          && (i + 2 >= text.length() || !Character.isLowerCase(text.charAt(i + 2)))) {
        sentence = text.substring(0, i + 1);
        break;
      }
    }
    if (sentence.length() <= SUMMARY_MAX) {
      return sentence;
    }
    int limit = SUMMARY_MAX - 3;
    int cut = sentence.lastIndexOf(' ', limit);
    String head = cut > 0 ? sentence.substring(0, cut) : sentence.substring(0, limit);
    return head.replaceAll("[\\s,;:.-]+$", "") + "...";
  }

  private static String first(String... candidates) {
    for (String c : candidates) {
      if (c != null && !c.isBlank()) {
        return c;
      }
    }
    return null;
  }
}
