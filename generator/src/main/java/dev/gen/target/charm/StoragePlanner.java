package dev.gen.target.charm;

import dev.gen.diag.Diagnostics;
import dev.gen.model.Mount;
import dev.gen.model.Project;
import dev.gen.model.Service;
import dev.gen.model.Volume;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns the volumes a service mounts into Juju filesystem storage mounted at the same place. Juju storage belongs
 * to one unit, so what compose expresses beyond "persistent data at this path" (a volume shared between
 * services, an external volume, driver options) is reported.
 */
final class StoragePlanner {

  private final Project project;
  private final Diagnostics diagnostics;
  /** The services that mount each named volume, in project order: found once, not per mount. */
  private final Map<String, List<Service>> volumeUsers = new HashMap<>();

  StoragePlanner(Project project, Diagnostics diagnostics) {
    this.project = project;
    this.diagnostics = diagnostics;
    for (Service s : project.services()) {
      for (Mount m : s.mounts()) {
        if (m.isNamedVolume()) {
          List<Service> users = volumeUsers.computeIfAbsent(m.source(), k -> new ArrayList<>());
          if (users.isEmpty() || users.get(users.size() - 1) != s) {
            users.add(s);
          }
        }
      }
    }
  }

  List<StoragePlan> plan(Service s) {
    List<StoragePlan> storage = new ArrayList<>();
    Set<String> taken = new HashSet<>();
    for (int i = 0; i < s.mounts().size(); i++) {
      Mount m = s.mounts().get(i);
      if (m.type() != Mount.Type.VOLUME) {
        continue;
      }
      String path = "services." + s.name() + ".volumes[" + i + "]";
      String raw;
      String description;
      if (m.isNamedVolume()) {
        raw = m.source();
        description = "The compose volume " + m.source() + ", mounted at " + m.target() + ".";
        reportVolume(s, m, path);
      } else {
        String target = m.target().replaceAll("/+$", "");
        raw = target.substring(target.lastIndexOf('/') + 1);
        description = "An anonymous volume, mounted at " + m.target() + ".";
      }
      String name = CharmNames.safeName(raw.isEmpty() ? "data" : raw, CharmNames.MAX_CHARM_NAME);
      String unique = name;
      for (int n = 2; taken.contains(unique); n++) {
        unique = name + n;
      }
      taken.add(unique);
      storage.add(new StoragePlan(unique, m.target(), m.readOnly(), m.isNamedVolume() ? m.source() : null,
          description));
    }
    storage.sort(Comparator.comparing(StoragePlan::name));
    return storage;
  }

  private void reportVolume(Service s, Mount m, String path) {
    for (Service other : volumeUsers.getOrDefault(m.source(), List.of())) {
      if (!other.name().equals(s.name())) {
        diagnostics.warn("charm.unmapped", "volume " + m.source() + " is shared with service " + other.name()
            + "; Juju storage belongs to one unit, so each charm gets its own", m.location(), path);
        break;
      }
    }
    Volume v = project.volume(m.source()).orElse(null);
    if (v == null) {
      return;
    }
    String volumePath = "volumes." + v.name();
    if (v.external()) {
      diagnostics.warn("charm.unmapped", "volume " + v.name() + " is external; Juju creates new storage and does"
          + " not attach the existing volume", v.location(), volumePath + ".external");
    }
    if (v.driver() != null && !v.driver().equals("local")) {
      diagnostics.warn("charm.unmapped", "volume driver " + v.driver() + " has no Juju equivalent; choose a"
          + " storage pool at deploy time (juju deploy --storage)", v.location(), volumePath + ".driver");
    }
    if (!v.driverOptions().isEmpty()) {
      diagnostics.warn("charm.unmapped", "volume driver options of " + v.name() + " have no Juju equivalent",
          v.location(), volumePath + ".driver_opts");
    }
    if (!v.labels().isEmpty()) {
      diagnostics.warn("charm.unmapped", "volume labels of " + v.name() + " have no Juju equivalent",
          v.location(), volumePath + ".labels");
    }
  }
}
