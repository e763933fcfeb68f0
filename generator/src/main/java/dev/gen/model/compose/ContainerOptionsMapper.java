package dev.gen.model.compose;

import dev.gen.diag.Diagnostics;
import dev.gen.model.ContainerOptions;
import dev.gen.model.compose.ComposeKeys.Scope;
import dev.gen.yaml.YMap;
import dev.gen.yaml.YNode;
import dev.gen.yaml.YScalar;
import dev.gen.yaml.YSeq;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The engine-level keys of a service → {@link ContainerOptions}: privileges, capabilities, names, signals, sizes,
 * kernel settings, devices, DNS. {@code extra_hosts}, {@code ulimits} and {@code devices} are read in every form the
 * loader may leave them in.
 */
final class ContainerOptionsMapper {

  private ContainerOptionsMapper() {}

  static ContainerOptions map(Keys s, Diagnostics diagnostics) {
    return new ContainerOptions(
        flag(s, "privileged"),
        list(s, "cap_add"),
        list(s, "cap_drop"),
        flag(s, "read_only"),
        Values.bool(s.take("init"), s.path("init")),
        Values.string(s.take("hostname"), s.path("hostname")),
        extraHosts(s.take("extra_hosts"), s.path("extra_hosts")),
        Values.string(s.take("stop_signal"), s.path("stop_signal")),
        Values.duration(s.take("stop_grace_period"), s.path("stop_grace_period")),
        flag(s, "tty"),
        flag(s, "stdin_open"),
        Values.string(s.take("pull_policy"), s.path("pull_policy")),
        Values.string(s.take("platform"), s.path("platform")),
        Values.string(s.take("container_name"), s.path("container_name")),
        Values.bytes(s.take("shm_size"), s.path("shm_size")),
        Values.stringMap(s.take("sysctls"), s.path("sysctls")),
        ulimits(s.take("ulimits"), s.path("ulimits"), diagnostics),
        devices(s.take("devices"), s.path("devices"), diagnostics),
        stringOrList(s.take("dns"), s.path("dns")),
        list(s, "security_opt"),
        list(s, "group_add"));
  }

  private static boolean flag(Keys s, String key) {
    return Boolean.TRUE.equals(Values.bool(s.take(key), s.path(key)));
  }

  private static List<String> list(Keys s, String key) {
    return stringOrList(s.take(key), s.path(key));
  }

  private static List<String> stringOrList(YNode node, String path) {
    if (node instanceof YScalar && !node.isNull()) {
      return List.of(Values.string(node, path));
    }
    return Values.strings(node, path);
  }

  /** {@code ["host=ip", "host:ip"]} or {@code {host: ip | [ip...]}} → host to its addresses, in order. */
  static Map<String, List<String>> extraHosts(YNode node, String path) {
    Map<String, List<String>> hosts = new LinkedHashMap<>();
    if (node instanceof YMap map) {
      for (Map.Entry<String, YNode> e : map.entries()) {
        List<String> addresses = stringOrList(e.getValue(), Keys.child(path, e.getKey()));
        hosts.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).addAll(addresses == null ? List.of() : addresses);
      }
      return hosts;
    }
    List<String> entries = Values.strings(node, path);
    if (entries == null) {
      return hosts;
    }
    YSeq seq = (YSeq) node;
    for (int i = 0; i < entries.size(); i++) {
      String entry = entries.get(i);
      int sep = entry.indexOf('=');
      if (sep < 0) {
        sep = entry.indexOf(':');
      }
      if (sep <= 0 || sep == entry.length() - 1) {
        throw Values.invalid(seq.get(i), path + "[" + i + "]", "a host=address entry");
      }
      hosts.computeIfAbsent(entry.substring(0, sep), k -> new ArrayList<>()).add(entry.substring(sep + 1));
    }
    return hosts;
  }

  /** {@code nofile: {soft: 20000, hard: 40000}} → {@code "20000:40000"}; {@code nproc: 65535} → {@code "65535"}. */
  private static Map<String, String> ulimits(YNode node, String path, Diagnostics diagnostics) {
    YMap map = Values.map(node, path);
    Map<String, String> limits = new LinkedHashMap<>();
    if (map == null) {
      return limits;
    }
    for (Map.Entry<String, YNode> e : map.entries()) {
      String itemPath = Keys.child(path, e.getKey());
      if (e.getValue() instanceof YMap softHard) {
        Keys keys = new Keys(softHard, Scope.ULIMIT, itemPath, diagnostics);
        Long soft = Values.integer(keys.take("soft"), keys.path("soft"));
        Long hard = Values.integer(keys.take("hard"), keys.path("hard"));
        keys.finish();
        if (soft == null || hard == null) {
          throw Values.invalid(softHard, itemPath, "a mapping with both soft and hard");
        }
        limits.put(e.getKey(), soft + ":" + hard);
      } else {
        Long value = Values.integer(e.getValue(), itemPath);
        if (value == null) {
          throw Values.invalid(e.getValue(), itemPath, "a number or a mapping with soft and hard");
        }
        limits.put(e.getKey(), Long.toString(value));
      }
    }
    return limits;
  }

  /** {@code {source, target, permissions}} or {@code "source[:target[:permissions]]"} → the string form. */
  private static List<String> devices(YNode node, String path, Diagnostics diagnostics) {
    YSeq seq = Values.seq(node, path);
    List<String> devices = new ArrayList<>();
    if (seq == null) {
      return devices;
    }
    for (int i = 0; i < seq.size(); i++) {
      String itemPath = path + "[" + i + "]";
      YNode item = seq.get(i);
      if (item instanceof YMap device) {
        Keys keys = new Keys(device, Scope.DEVICE, itemPath, diagnostics);
        String source = Values.string(keys.take("source"), keys.path("source"));
        String target = Values.string(keys.take("target"), keys.path("target"));
        String permissions = Values.string(keys.take("permissions"), keys.path("permissions"));
        keys.finish();
        if (source == null) {
          throw Values.invalid(device, itemPath, "a device with a source");
        }
        StringBuilder sb = new StringBuilder(source).append(':').append(target == null ? source : target);
        if (permissions != null && !permissions.isEmpty()) {
          sb.append(':').append(permissions);
        }
        devices.add(sb.toString());
      } else {
        String text = Values.string(item, itemPath);
        if (text == null || text.isEmpty()) {
          throw Values.invalid(item, itemPath, "a device such as /dev/fuse:/dev/fuse:rwm");
        }
        devices.add(text);
      }
    }
    return devices;
  }
}
