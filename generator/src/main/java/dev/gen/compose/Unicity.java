package dev.gen.compose;

import dev.gen.yaml.YMap;
import dev.gen.yaml.YNode;
import dev.gen.yaml.YScalar;
import dev.gen.yaml.YSeq;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Removes redefinitions from sequences whose entries have an identity, as compose-go's {@code EnforceUnicity}: a
 * later entry with the same key replaces the earlier one in the earlier one's position. Keys: the name before
 * {@code =} ({@code environment}, {@code labels}, {@code cap_add}...), the container target (volumes, devices),
 * the mount target (secrets, configs), {@code host_ip:published:target/protocol} (ports), the path (env files).
 */
final class Unicity {

  @FunctionalInterface
  private interface Indexer {
    String key(YNode entry, KeyPath path);
  }

  private static final PathRules<Indexer> RULES = new PathRules<Indexer>()
      .add("networks.*.labels", Unicity::keyValue)
      .add("networks.*.ipam.options", Unicity::keyValue)
      .add("services.*.annotations", Unicity::keyValue)
      .add("services.*.build.args", Unicity::keyValue)
      .add("services.*.build.additional_contexts", Unicity::keyValue)
      .add("services.*.build.platform", Unicity::keyValue)
      .add("services.*.build.tags", Unicity::keyValue)
      .add("services.*.build.labels", Unicity::keyValue)
      .add("services.*.cap_add", Unicity::keyValue)
      .add("services.*.cap_drop", Unicity::keyValue)
      .add("services.*.configs", mount(""))
      .add("services.*.deploy.labels", Unicity::keyValue)
      .add("services.*.dns", Unicity::keyValue)
      .add("services.*.dns_opt", Unicity::keyValue)
      .add("services.*.dns_search", Unicity::keyValue)
      .add("services.*.environment", Unicity::keyValue)
      .add("services.*.env_file", Unicity::envFile)
      .add("services.*.expose", Unicity::expose)
      .add("services.*.labels", Unicity::keyValue)
      .add("services.*.links", Unicity::keyValue)
      .add("services.*.networks.*.aliases", Unicity::keyValue)
      .add("services.*.networks.*.link_local_ips", Unicity::keyValue)
      .add("services.*.ports", Unicity::port)
      .add("services.*.profiles", Unicity::keyValue)
      .add("services.*.secrets", mount("/run/secrets"))
      .add("services.*.sysctls", Unicity::keyValue)
      .add("services.*.tmpfs", Unicity::keyValue)
      .add("services.*.volumes", Unicity::volume)
      .add("services.*.devices", Unicity::device);

  private Unicity() {}

  static YMap apply(YMap document) {
    YNode services = document.get("services");
    if (services instanceof YMap) {
      walk(services, KeyPath.ROOT.key("services"));
    }
    YNode networks = document.get("networks");
    if (networks instanceof YMap) {
      walk(networks, KeyPath.ROOT.key("networks"));
    }
    return document;
  }

  private static void walk(YNode node, KeyPath path) {
    if (node instanceof YMap m) {
      for (String k : m.keys()) {
        YNode v = m.get(k);
        KeyPath next = path.key(k);
        if (v instanceof YSeq seq) {
          Indexer indexer = RULES.find(next);
          if (indexer != null) {
            m.put(k, unique(seq, indexer, next));
            continue;
          }
        }
        if (v instanceof YMap && next.depth() < 5) {
          walk(v, next);
        }
      }
    }
  }

  private static YSeq unique(YSeq seq, Indexer indexer, KeyPath path) {
    List<YNode> out = new ArrayList<>(seq.size());
    Map<String, Integer> keys = new HashMap<>();
    for (int i = 0; i < seq.size(); i++) {
      YNode entry = seq.get(i);
      String key = indexer.key(entry, path.index(i));
      Integer j = keys.get(key);
      if (j != null) {
        out.set(j, entry);
      } else {
        keys.put(key, out.size());
        out.add(entry);
      }
    }
    return new YSeq(out, seq.location(), seq.tag());
  }

  private static String keyValue(YNode entry, KeyPath path) {
    String s = Nodes.string(entry);
    if (s == null) {
      throw Nodes.error(entry, path, "compose.invalid-type",
          path.goStyle(false) + ": unexpected type " + Nodes.goType(entry));
    }
    int eq = s.indexOf('=');
    return eq < 0 ? s : s.substring(0, eq);
  }

  private static String volume(YNode entry, KeyPath path) {
    if (entry instanceof YMap m) {
      String target = Nodes.string(m.get("target"));
      if (target == null) {
        throw Nodes.error(entry, path, "compose.volume", "service volume " + path.goStyle(false)
            + " is missing a mount target");
      }
      return target;
    }
    String s = Nodes.string(entry);
    if (s != null) {
      try {
        return VolumeSpec.parse(s).target;
      } catch (VolumeSpec.VolumeException e) {
        throw Nodes.error(entry, path, "compose.volume", e.getMessage());
      }
    }
    return "";
  }

  private static String device(YNode entry, KeyPath path) {
    if (entry instanceof YMap m) {
      String target = Nodes.string(m.get("target"));
      if (target == null) {
        throw Nodes.error(entry, path, "compose.device", "service device " + path.goStyle(false)
            + " is missing a mount target");
      }
      return target;
    }
    String s = Nodes.string(entry);
    if (s != null) {
      String[] arr = s.split(":", -1);
      return arr.length == 1 ? arr[0] : arr[1];
    }
    return "";
  }

  private static String expose(YNode entry, KeyPath path) {
    if (Nodes.isString(entry)) {
      return Nodes.string(entry);
    }
    if (entry instanceof YScalar s && s.value() instanceof Long l) {
      return Long.toString(l);
    }
    throw Nodes.error(entry, path, "compose.invalid-type", path.goStyle(false) + ": unsupported expose value "
        + Nodes.goS(entry));
  }

  private static Indexer mount(String defaultPath) {
    return (entry, path) -> {
      if (Nodes.isString(entry)) {
        return defaultPath + "/" + Nodes.string(entry);
      }
      if (entry instanceof YMap m) {
        YNode t = m.get("target");
        if (t != null) {
          return GoValues.sprint(t);
        }
        return defaultPath + "/" + Nodes.goS(m.get("source"));
      }
      throw Nodes.error(entry, path, "compose.invalid-type", path.goStyle(false) + ": unsupported expose value "
          + Nodes.goS(entry));
    };
  }

  private static String port(YNode entry, KeyPath path) {
    if (entry instanceof YScalar s && s.value() instanceof Long l) {
      return Long.toString(l);
    }
    if (entry instanceof YMap m) {
      YNode target = m.get("target");
      if (target == null) {
        throw Nodes.error(entry, path, "compose.port", "service ports " + path.goStyle(false)
            + " is missing a target port");
      }
      YNode published = m.get("published");
      YNode host = m.get("host_ip");
      YNode protocol = m.get("protocol");
      return (host == null ? "0.0.0.0" : Nodes.goS(host)) + ":" + (published == null ? "%!s(<nil>)"
          : Nodes.goS(published)) + ":" + GoValues.sprint(target) + "/" + (protocol == null ? "tcp"
          : Nodes.goS(protocol));
    }
    String s = Nodes.string(entry);
    return s == null ? "" : s;
  }

  private static String envFile(YNode entry, KeyPath path) {
    if (Nodes.isString(entry)) {
      return Nodes.string(entry);
    }
    if (entry instanceof YMap m) {
      YNode p = m.get("path");
      if (p != null) {
        return GoValues.sprint(p);
      }
      throw Nodes.error(entry, path, "compose.env-file", "environment path attribute " + path.goStyle(false)
          + " is missing");
    }
    return "";
  }
}
