package dev.gen.model;

import dev.gen.diag.SourceLocation;

/**
 * A top-level config: a non-secret file made available to services.
 *
 * @param reference the file path (relative to the project directory), the environment variable name, or the
 *     external config's name; null for inline content
 * @param content the inline content, or null
 */
public record ConfigDefinition(
    String name, SecretDefinition.Kind kind, String reference, String content, SourceLocation location) {

  public ConfigDefinition {
    location = location == null ? SourceLocation.UNKNOWN : location;
  }
}
