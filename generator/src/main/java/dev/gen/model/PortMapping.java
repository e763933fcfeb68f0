package dev.gen.model;

import dev.gen.diag.SourceLocation;

/**
 * A container port, optionally published on the host (Compose {@code ports}, one entry per port after ranges are
 * expanded).
 *
 * @param target the container port
 * @param published the host port or host port range, or null when the host picks one
 * @param hostIp the host address to bind, or null for all
 * @param protocol {@code tcp}, {@code udp} or {@code sctp}
 * @param mode {@code ingress} or {@code host}
 * @param appProtocol the application protocol ({@code http}, {@code grpc}...), or null
 * @param name a human name for the port, or null
 */
public record PortMapping(
    int target,
    String published,
    String hostIp,
    String protocol,
    String mode,
    String appProtocol,
    String name,
    SourceLocation location) {

  public PortMapping {
    protocol = protocol == null ? "tcp" : protocol;
    mode = mode == null ? "ingress" : mode;
    location = location == null ? SourceLocation.UNKNOWN : location;
  }

  public boolean isPublished() {
    return published != null && !published.isEmpty();
  }
}
