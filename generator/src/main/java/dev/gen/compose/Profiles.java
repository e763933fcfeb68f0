package dev.gen.compose;

import dev.gen.yaml.YMap;
import dev.gen.yaml.YNode;
import dev.gen.yaml.YSeq;
import java.util.List;

/**
 * Keeps the services of the active profiles ({@code 15-profiles.md}): a service without {@code profiles} is always
 * active, one with profiles only when one of them is active, and {@code *} activates all. Inactive services leave
 * the model; they are returned so that consistency checks can tell "disabled" from "undefined".
 */
final class Profiles {

  private Profiles() {}

  /** Removes inactive services from {@code project.services} and returns them. */
  static YMap apply(YMap project, List<String> active) {
    YMap disabled = new YMap(project.location());
    if (!(project.get("services") instanceof YMap services)) {
      return disabled;
    }
    for (String name : Nodes.keys(services)) {
      YNode s = services.get(name);
      if (!enabled(s, active)) {
        disabled.put(name, services.keyLocation(name), s);
        services.remove(name);
      }
    }
    return disabled;
  }

  private static boolean enabled(YNode service, List<String> active) {
    if (!(service instanceof YMap s) || !(s.get("profiles") instanceof YSeq profiles) || profiles.size() == 0) {
      return true;
    }
    for (String p : active) {
      if (p.equals("*")) {
        return true;
      }
      for (YNode sp : profiles.items()) {
        if (p.equals(Nodes.string(sp))) {
          return true;
        }
      }
    }
    return false;
  }
}
