package dev.gen.target.charm;

import dev.gen.model.Branding;
import dev.gen.model.Service;
import java.util.regex.Pattern;

/**
 * The charm's title, summary, description and links, from the model's branding (OCI labels, compose labels and
 * {@code x-juju} hints, filled by the model), falling back to the image and service names.
 */
final class BrandingPlanner {

  /** The longest title charmcraft accepts. */
  static final int MAX_TITLE = 40;

  /** The summary length charmcraft's documentation asks for (its schema allows 200). */
  static final int MAX_SUMMARY = 78;

  private static final Pattern HTTP_URL = Pattern.compile("https?://[^\\s<>\"]+");

  /** What the branding became. */
  record Result(String title, String summary, String description, Links links, CharmPlan.BrandingFacts facts) {}

  Result plan(Service s, String projectName) {
    Branding b = s.branding();
    String imageName = imageName(s);
    String title = clip(firstNonBlank(b.title(), imageName, s.name()), MAX_TITLE);
    if (title.length() < 2) {
      title = clip(title + " service", MAX_TITLE);
    }
    String summary = oneLine(firstNonBlank(b.summary(), firstSentence(b.description()), title));
    summary = clip(summary, MAX_SUMMARY);
    String description = b.description() != null && !b.description().isBlank()
        ? b.description().strip()
        : title + ": the " + s.name() + " service of the " + projectName + " project"
            + (s.image() != null ? ", running the image " + s.image()
                : s.build() != null ? ", running the image built from " + s.build().context() : "") + ".";
    Links links = new Links(url(b.website()), url(b.source()), url(b.documentation()), url(b.issues()),
        firstNonBlank(b.authors(), b.vendor(), null));
    return new Result(title, summary, description, links,
        new CharmPlan.BrandingFacts(b.licenses(), b.vendor(), b.authors(), b.version()));
  }

  /** The image's name without registry, path and tag: {@code nginxdemos/hello:0.4} → {@code hello}. */
  static String imageName(Service s) {
    if (s.image() == null || s.image().isBlank()) {
      return null;
    }
    String ref = s.image();
    int at = ref.indexOf('@');
    if (at >= 0) {
      ref = ref.substring(0, at);
    }
    int slash = ref.lastIndexOf('/');
    String last = ref.substring(slash + 1);
    int colon = last.indexOf(':');
    return colon >= 0 ? last.substring(0, colon) : last;
  }

  private static String url(String value) {
    return value != null && HTTP_URL.matcher(value.strip()).matches() ? value.strip() : null;
  }

  private static String firstSentence(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    String t = oneLine(text);
    int end = t.indexOf(". ");
    return end > 0 ? t.substring(0, end + 1) : t;
  }

  private static String oneLine(String text) {
    return text.strip().replaceAll("[\\s\\u0085\\u2028\\u2029]+", " ");
  }

  /** At most {@code max} characters, cut at a word boundary where there is one, with an ellipsis when cut. */
  static String clip(String text, int max) {
    String t = oneLine(text);
    // lengths in code points, as charmcraft (Python) counts them
    if (t.codePointCount(0, t.length()) <= max) {
      return t;
    }
    String cut = t.substring(0, t.offsetByCodePoints(0, max - 1));
    int space = cut.lastIndexOf(' ');
    if (space > cut.length() / 2) {
      cut = cut.substring(0, space);
    }
    return cut.stripTrailing() + "…";
  }

  private static String firstNonBlank(String a, String b, String c) {
    if (a != null && !a.isBlank()) {
      return a;
    }
    if (b != null && !b.isBlank()) {
      return b;
    }
    return c;
  }

}
