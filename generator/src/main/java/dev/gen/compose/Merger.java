package dev.gen.compose;

import dev.gen.yaml.YMap;
import dev.gen.yaml.YNode;
import dev.gen.yaml.YSeq;
import java.util.ArrayList;
import java.util.List;

/**
 * Merges one compose document into another with compose-go's override rules ({@code override/merge.go}): mappings
 * merge key by key, sequences append, scalars are replaced, a null never overrides; {@code command},
 * {@code entrypoint} and {@code healthcheck.test} are replaced; key=value lists and maps ({@code environment},
 * {@code labels}, {@code build.args}...) are merged as {@code key=value} sequences (deduplicated later by
 * {@link Unicity}); {@code depends_on} and service {@code networks} merge per entry; {@code build} strings become
 * {@code {context}}; {@code logging} keeps options only when the driver is unchanged; {@code extra_hosts} entries
 * are deduplicated; {@code ulimits} entries are replaced; IPAM configs merge by subnet. The first argument is
 * modified and returned.
 */
final class Merger {

  @FunctionalInterface
  private interface Rule {
    YNode merge(YNode base, YNode override, KeyPath path);
  }

  private static final PathRules<Rule> RULES = new PathRules<Rule>()
      .add("networks.*.ipam.config", Merger::ipamConfig)
      .add("networks.*.labels", Merger::toSequence)
      .add("volumes.*.labels", Merger::toSequence)
      .add("services.*.annotations", Merger::toSequence)
      .add("services.*.build", Merger::build)
      .add("services.*.build.args", Merger::toSequence)
      .add("services.*.build.additional_contexts", Merger::toSequence)
      .add("services.*.build.extra_hosts", Merger::extraHosts)
      .add("services.*.build.labels", Merger::toSequence)
      .add("services.*.command", Merger::replace)
      .add("services.*.depends_on", Merger::dependsOn)
      .add("services.*.deploy.labels", Merger::toSequence)
      .add("services.*.dns", Merger::toSequence)
      .add("services.*.dns_opt", Merger::toSequence)
      .add("services.*.dns_search", Merger::toSequence)
      .add("services.*.entrypoint", Merger::replace)
      .add("services.*.env_file", Merger::toSequence)
      .add("services.*.label_file", Merger::toSequence)
      .add("services.*.environment", Merger::toSequence)
      .add("services.*.extra_hosts", Merger::extraHosts)
      .add("services.*.healthcheck.test", Merger::replace)
      .add("services.*.labels", Merger::toSequence)
      .add("services.*.logging", Merger::logging)
      .add("services.*.networks", Merger::networks)
      .add("services.*.sysctls", Merger::toSequence)
      .add("services.*.tmpfs", Merger::toSequence)
      .add("services.*.ulimits.*", Merger::replace);

  private Merger() {}

  /** Merges {@code override} into {@code base} (both whole documents). */
  static YMap merge(YMap base, YMap override) {
    return (YMap) merge(base, override, KeyPath.ROOT);
  }

  /** Merges a service into the service it extends (the same rules, at a service's path). */
  static YMap extendService(YMap base, YMap service) {
    return (YMap) merge(base, service, KeyPath.ROOT.key("services").key("x"));
  }

  static YNode merge(YNode base, YNode override, KeyPath path) {
    Rule rule = RULES.find(path);
    if (rule != null) {
      return rule.merge(base, override, path);
    }
    if (Nodes.isNull(override)) {
      return base;
    }
    if (base instanceof YMap b) {
      if (!(override instanceof YMap o)) {
        throw Nodes.error(override, path, "compose.merge", "cannot override " + path.goStyle(false));
      }
      return mappings(b, o, path);
    }
    if (base instanceof YSeq b) {
      if (!(override instanceof YSeq o)) {
        throw Nodes.error(override, path, "compose.merge", "cannot override " + path.goStyle(false));
      }
      List<YNode> items = new ArrayList<>(b.items());
      items.addAll(o.items());
      return new YSeq(items, b.location(), b.tag());
    }
    return override;
  }

  private static YMap mappings(YMap base, YMap other, KeyPath path) {
    for (String k : other.keys()) {
      YNode v = other.get(k);
      YNode e = base.get(k);
      if (e == null || k.startsWith("x-")) {
        base.put(k, other.keyLocation(k), v);
        continue;
      }
      base.put(k, merge(e, v, path.key(k)));
    }
    return base;
  }

  private static YNode replace(YNode base, YNode override, KeyPath path) {
    return override;
  }

  private static YNode logging(YNode base, YNode override, KeyPath path) {
    if (!(base instanceof YMap b) || !(override instanceof YMap o)) {
      return override == null || Nodes.isNull(override) ? base : override;
    }
    YNode d = o.get("driver");
    YNode current = b.get("driver");
    if (d == null || current == null || d.equals(current)) {
      return mappings(b, o, path);
    }
    return o;
  }

  private static YNode build(YNode base, YNode override, KeyPath path) {
    YMap b = asBuild(base);
    YMap o = asBuild(override);
    if (b == null) {
      return o == null ? base : o;
    }
    return o == null ? b : mappings(b, o, path);
  }

  private static YMap asBuild(YNode n) {
    if (n instanceof YMap m) {
      return m;
    }
    String s = Nodes.string(n);
    return s == null ? null : new YMap(n.location()).put("context", n);
  }

  private static YNode dependsOn(YNode base, YNode override, KeyPath path) {
    YMap b = toMapping(base, true);
    YMap o = toMapping(override, true);
    if (b == null) {
      return o == null ? base : o;
    }
    return o == null ? b : mappings(b, o, path);
  }

  private static YNode networks(YNode base, YNode override, KeyPath path) {
    YMap b = toMapping(base, false);
    YMap o = toMapping(override, false);
    if (b == null) {
      return o == null ? base : o;
    }
    return o == null ? b : mappings(b, o, path);
  }

  /** compose-go's convertIntoMapping: a list of names becomes a mapping (to defaults, or to null). */
  private static YMap toMapping(YNode n, boolean dependencyDefaults) {
    if (n instanceof YMap m) {
      return m;
    }
    if (n instanceof YSeq s) {
      YMap m = new YMap(s.location());
      for (YNode item : s.items()) {
        m.put(GoValues.sprint(item), item.location(),
            dependencyDefaults ? Canonicalizer.defaultDependency(item) : Nodes.nil(item.location()));
      }
      return m;
    }
    return null;
  }

  private static YNode toSequence(YNode base, YNode override, KeyPath path) {
    List<YNode> items = sequence(base);
    items.addAll(sequence(override));
    return new YSeq(items, base == null ? override.location() : base.location(), "");
  }

  private static YNode extraHosts(YNode base, YNode override, KeyPath path) {
    List<YNode> right = sequence(base);
    List<YNode> left = sequence(override);
    List<YNode> items = new ArrayList<>(right);
    java.util.Set<YNode> seen = new java.util.HashSet<>(right);
    for (YNode v : left) {
      if (!seen.contains(v)) {
        items.add(v);
      }
    }
    return new YSeq(items, base == null ? override.location() : base.location(), "");
  }

  /** compose-go's convertIntoSequence: a mapping becomes sorted {@code key=value} (or {@code key}) strings. */
  static List<YNode> sequence(YNode n) {
    List<YNode> out = new ArrayList<>();
    if (n instanceof YMap m) {
      for (String k : m.keys()) {
        YNode v = m.get(k);
        var at = m.keyLocation(k);
        if (Nodes.isNull(v)) {
          out.add(Nodes.str(k, at));
        } else if (v instanceof YSeq list) {
          for (YNode item : list.items()) {
            out.add(Nodes.str(k + "=" + GoValues.sprint(item), at));
          }
        } else {
          out.add(Nodes.str(k + "=" + GoValues.sprint(v), at));
        }
      }
      out.sort((a, b) -> Nodes.string(a).compareTo(Nodes.string(b)));
    } else if (n instanceof YSeq s) {
      out.addAll(s.items());
    } else if (Nodes.isString(n)) {
      out.add(n);
    }
    return out;
  }

  private static YNode ipamConfig(YNode base, YNode override, KeyPath path) {
    if (!(base instanceof YSeq b) || !(override instanceof YSeq o)) {
      return Nodes.isNull(override) ? base : override;
    }
    List<YMap> configs = new ArrayList<>();
    for (YNode original : b.items()) {
      YMap right = toMapping(original, false);
      for (YNode ov : o.items()) {
        YMap left = toMapping(ov, false);
        if (right == null || left == null) {
          continue;
        }
        YNode leftSubnet = left.get("subnet");
        if (!java.util.Objects.equals(leftSubnet, right.get("subnet"))) {
          boolean present = configs.stream().anyMatch(c -> java.util.Objects.equals(c.get("subnet"), leftSubnet));
          if (!present) {
            configs.add(left);
            continue;
          }
        }
        YMap merged = mappings(right, left, path);
        int existing = -1;
        for (int i = 0; i < configs.size(); i++) {
          if (java.util.Objects.equals(configs.get(i).get("subnet"), merged.get("subnet"))) {
            existing = i;
            break;
          }
        }
        if (existing >= 0) {
          configs.set(existing, merged);
        } else {
          configs.add(merged);
        }
      }
    }
    return new YSeq(new ArrayList<>(configs), b.location(), "");
  }
}
