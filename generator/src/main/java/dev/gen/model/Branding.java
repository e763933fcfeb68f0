package dev.gen.model;

/**
 * What the workload is, for the people who deploy it: from OCI image annotations
 * ({@code org.opencontainers.image.*} labels in compose or the Dockerfile), {@code x-juju} hints, and last the image
 * name. Every field may be null.
 */
public record Branding(
    String title,
    String summary,
    String description,
    String website,
    String source,
    String documentation,
    String issues,
    String licenses,
    String vendor,
    String authors,
    String version,
    String icon) {

  public static final Branding NONE =
      new Branding(null, null, null, null, null, null, null, null, null, null, null, null);
}
