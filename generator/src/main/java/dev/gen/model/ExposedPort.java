package dev.gen.model;

import dev.gen.diag.SourceLocation;

/**
 * A port the service listens on for other services only (Compose {@code expose}, Dockerfile {@code EXPOSE}),
 * one entry per port after ranges are expanded.
 */
public record ExposedPort(int port, String protocol, SourceLocation location) {

  public ExposedPort {
    protocol = protocol == null ? "tcp" : protocol;
    location = location == null ? SourceLocation.UNKNOWN : location;
  }
}
