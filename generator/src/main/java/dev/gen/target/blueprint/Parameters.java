package dev.gen.target.blueprint;

import java.util.LinkedHashMap;
import java.util.Map;

/** {@code brooklyn.parameters} entries: they declare the keys a catalog item can be configured with. */
final class Parameters {

  private Parameters() {}

  static Map<String, Object> of(String name, String label, String type, String description, Object defaultValue) {
    Map<String, Object> p = new LinkedHashMap<>();
    p.put("name", name);
    p.put("label", label);
    p.put("type", type);
    p.put("description", description);
    if (defaultValue != null) {
      p.put("default", defaultValue);
    }
    return p;
  }
}
