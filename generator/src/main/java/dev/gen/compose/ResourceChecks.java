package dev.gen.compose;

import dev.gen.yaml.YMap;
import dev.gen.yaml.YNode;
import dev.gen.yaml.YScalar;
import dev.gen.yaml.YSeq;
import java.util.List;

/**
 * The checks compose-go's {@code validation} package adds to the schema once all files are merged: a secret or
 * config has exactly one source ({@code file}, {@code environment} or {@code content}, unless it is external or has
 * a driver); an external volume has nothing but a name; a device request has a {@code count} or
 * {@code device_ids}, not both; a watched path is not blank.
 */
final class ResourceChecks {

  private static final List<String> CONFIG_SOURCES = List.of("file", "environment", "content");
  private static final List<String> SECRET_SOURCES = List.of("file", "environment", "content");

  private ResourceChecks() {}

  static void check(YMap model) {
    fileObjects(model, "configs", CONFIG_SOURCES);
    fileObjects(model, "secrets", SECRET_SOURCES);
    if (model.get("volumes") instanceof YMap volumes) {
      for (String name : volumes.keys()) {
        if (volumes.get(name) instanceof YMap v && v.get("external") instanceof YScalar e
            && Boolean.TRUE.equals(e.value())) {
          for (String k : v.keys()) {
            if (!k.equals("name") && !k.equals("external") && !k.startsWith("x-")) {
              throw Nodes.error(v.keyLocation(k), KeyPath.ROOT.key("volumes").key(name).key(k),
                  "compose.invalid-project", "volumes." + name + ": conflicting parameters \"external\" and "
                      + GoValues.quote(k) + " specified");
            }
          }
        }
      }
    }
    if (model.get("services") instanceof YMap services) {
      for (String name : services.keys()) {
        if (!(services.get(name) instanceof YMap s)) {
          continue;
        }
        KeyPath path = KeyPath.ROOT.key("services").key(name);
        if (s.get("deploy") instanceof YMap d && d.get("resources") instanceof YMap r
            && r.get("reservations") instanceof YMap res && res.get("devices") instanceof YSeq devices) {
          devices(devices, path.key("deploy").key("resources").key("reservations").key("devices"));
        }
        if (s.get("gpus") instanceof YSeq gpus) {
          devices(gpus, path.key("gpus"));
        }
        if (s.get("develop") instanceof YMap dev && dev.get("watch") instanceof YSeq watch) {
          for (int i = 0; i < watch.size(); i++) {
            if (watch.get(i) instanceof YMap w && "".equals(Nodes.string(w.get("path")))) {
              throw Nodes.error(w.get("path"), path.key("develop").key("watch").index(i).key("path"),
                  "compose.invalid-project", path.goStyle(false) + ".develop.watch.[].path: value can't be blank");
            }
          }
        }
      }
    }
  }

  private static void fileObjects(YMap model, String kind, List<String> sources) {
    if (!(model.get(kind) instanceof YMap resources)) {
      return;
    }
    for (String name : resources.keys()) {
      if (!(resources.get(name) instanceof YMap r)) {
        continue;
      }
      long count = sources.stream().filter(r::has).count();
      String where = kind + "." + name;
      if (count > 1) {
        throw Nodes.error(r, KeyPath.ROOT.key(kind).key(name), "compose.invalid-project",
            where + ": " + String.join("|", sources) + " attributes are mutually exclusive");
      }
      if (count == 0 && !r.has("driver") && !r.has("external")) {
        throw Nodes.error(r, KeyPath.ROOT.key(kind).key(name), "compose.invalid-project",
            where + ": one of " + String.join("|", sources) + " must be set");
      }
    }
  }

  private static void devices(YSeq requests, KeyPath path) {
    for (int i = 0; i < requests.size(); i++) {
      YNode r = requests.get(i);
      if (r instanceof YMap m && m.has("count") && m.has("device_ids")) {
        throw Nodes.error(m, path.index(i), "compose.invalid-project",
            path.goStyle(false) + ".[]: \"count\" and \"device_ids\" attributes are exclusive");
      }
    }
  }
}
