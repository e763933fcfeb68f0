package dev.gen.model;

import dev.gen.diag.SourceLocation;

/** A network declared at the top level (or Compose's implicit {@code default}). */
public record Network(
    String name, boolean external, String externalName, String driver, boolean internal, SourceLocation location) {

  public Network {
    location = location == null ? SourceLocation.UNKNOWN : location;
  }
}
