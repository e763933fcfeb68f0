package dev.gen.model;

import java.util.Map;

/**
 * Tool-specific hints from {@code x-juju} and {@code x-brooklyn} extension fields, at the top level or on a service,
 * as JSON-like values (maps, lists, strings, numbers, booleans). The Compose mapper checks them against
 * {@code schemas/x-hints.schema.json} (only the keys some target reads, each of the right kind; see
 * {@code docs/hints.md}); targets check what depends on more than the value (the charm target's
 * {@code charm.invalid-hint} for a Charmhub charm it does not know).
 */
public record Hints(Map<String, Object> juju, Map<String, Object> brooklyn) {

  public static final Hints NONE = new Hints(Map.of(), Map.of());

  public Hints {
    juju = Models.sortedMap(juju);
    brooklyn = Models.sortedMap(brooklyn);
  }

  public boolean isEmpty() {
    return juju.isEmpty() && brooklyn.isEmpty();
  }

  /** A string-valued Juju hint, or null. */
  public String jujuString(String key) {
    return juju.get(key) instanceof String s ? s : null;
  }

  /** A string-valued Brooklyn hint, or null. */
  public String brooklynString(String key) {
    return brooklyn.get(key) instanceof String s ? s : null;
  }
}
