package dev.gen.dockerfile;

import dev.gen.diag.SourceLocation;

/**
 * An exposed port, one per port after ranges are expanded.
 *
 * @param protocol tcp, udp or sctp
 * @param location the first EXPOSE that names it
 */
public record PortFact(int port, String protocol, SourceLocation location) {

  /** {@code 80/tcp}, the image-config key. */
  public String key() {
    return port + "/" + protocol;
  }
}
