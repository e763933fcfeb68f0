package dev.gen.compose;

import dev.gen.yaml.YMap;
import dev.gen.yaml.YNode;
import dev.gen.yaml.YSeq;
import java.util.List;
import java.util.Map;

/**
 * Resolves key-only {@code environment} entries and {@code build.args} from the environment ({@code - FOO} or
 * {@code FOO:} with no value). An environment entry that stays unresolved is kept (the container gets it unset); an
 * unresolved build argument is dropped when {@code dropUnresolvedArgs}.
 */
final class KeyOnlyEntries {

  private KeyOnlyEntries() {}

  static void resolve(YMap model, Map<String, String> environment, boolean dropUnresolvedArgs) {
    if (!(model.get("services") instanceof YMap services)) {
      return;
    }
    for (String name : services.keys()) {
      if (!(services.get(name) instanceof YMap s)) {
        continue;
      }
      if (s.get("build") instanceof YMap build && build.has("args")) {
        build.put("args", resolve(build.get("args"), environment, !dropUnresolvedArgs));
      }
      if (s.has("environment")) {
        s.put("environment", resolve(s.get("environment"), environment, true));
      }
    }
  }

  private static YNode resolve(YNode entries, Map<String, String> env, boolean keepUnresolved) {
    if (entries instanceof YMap m) {
      for (String k : Nodes.keys(m)) {
        YNode v = m.get(k);
        if (!Nodes.isNull(v)) {
          continue;
        }
        String value = env.get(k);
        if (value != null) {
          m.put(k, Nodes.str(value, v.location()));
        } else if (!keepUnresolved) {
          m.remove(k);
        }
      }
      return m;
    }
    if (entries instanceof YSeq s) {
      List<YNode> items = s.mutableItems();
      for (int i = 0; i < items.size(); i++) {
        String e = Nodes.string(items.get(i));
        if (e == null || e.contains("=")) {
          continue;
        }
        String value = env.get(e);
        if (value != null) {
          items.set(i, Nodes.str(e + "=" + value, items.get(i).location()));
        } else if (!keepUnresolved) {
          items.remove(i--);
        }
      }
      return s;
    }
    return entries;
  }
}
