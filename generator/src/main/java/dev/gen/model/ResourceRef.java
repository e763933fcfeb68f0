package dev.gen.model;

import dev.gen.diag.SourceLocation;

/**
 * A service's use of a top-level secret or config, mounted as a file.
 *
 * @param name the secret or config name
 * @param target where the file appears in the container (secrets default to {@code /run/secrets/<name>}), or null
 * @param uid owner, or null
 * @param gid group, or null
 * @param mode file mode, or null
 */
public record ResourceRef(String name, String target, String uid, String gid, Integer mode, SourceLocation location) {

  public ResourceRef {
    location = location == null ? SourceLocation.UNKNOWN : location;
  }
}
