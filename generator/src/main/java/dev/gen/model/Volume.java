package dev.gen.model;

import dev.gen.diag.SourceLocation;
import java.util.Map;

/**
 * A named volume declared at the top level.
 *
 * @param name the key under {@code volumes}
 * @param externalName the name of an existing volume when {@code external: true}, else null
 */
public record Volume(
    String name,
    boolean external,
    String externalName,
    String driver,
    Map<String, String> driverOptions,
    Map<String, String> labels,
    SourceLocation location) {

  public Volume {
    driverOptions = Models.sortedMap(driverOptions);
    labels = Models.sortedMap(labels);
    location = location == null ? SourceLocation.UNKNOWN : location;
  }
}
