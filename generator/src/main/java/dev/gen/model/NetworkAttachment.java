package dev.gen.model;

import dev.gen.diag.SourceLocation;
import java.util.List;

/** A service's membership of a network, with its aliases there. */
public record NetworkAttachment(
    String network, List<String> aliases, String ipv4Address, String ipv6Address, SourceLocation location) {

  public NetworkAttachment {
    aliases = Models.list(aliases);
    location = location == null ? SourceLocation.UNKNOWN : location;
  }
}
