package dev.gen.model;

import dev.gen.diag.SourceLocation;

/**
 * A top-level secret. The model never holds a secret's value: only where the value comes from.
 *
 * @param kind where the value is
 * @param reference the file path (relative to the project directory), the environment variable name, or the
 *     external secret's name; null for inline content
 */
public record SecretDefinition(String name, Kind kind, String reference, SourceLocation location) {

  /** Where a secret's value comes from. */
  public enum Kind {
    FILE,
    ENVIRONMENT,
    CONTENT,
    EXTERNAL
  }

  public SecretDefinition {
    location = location == null ? SourceLocation.UNKNOWN : location;
  }
}
