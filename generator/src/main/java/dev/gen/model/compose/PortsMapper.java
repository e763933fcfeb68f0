package dev.gen.model.compose;

import dev.gen.diag.Diagnostics;
import dev.gen.diag.GenException;
import dev.gen.model.ExposedPort;
import dev.gen.model.PortMapping;
import dev.gen.model.compose.ComposeKeys.Scope;
import dev.gen.yaml.YMap;
import dev.gen.yaml.YNode;
import dev.gen.yaml.YSeq;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code ports} (long syntax, one entry per port: the loader has expanded ranges) → {@link PortMapping}s, and
 * {@code expose} → {@link ExposedPort}s, one per port after expanding ranges such as {@code 8000-8002/udp}.
 */
final class PortsMapper {

  private static final Pattern EXPOSE = Pattern.compile("(\\d{1,5})(?:-(\\d{1,5}))?(?:/([A-Za-z]+))?");

  private PortsMapper() {}

  static List<PortMapping> ports(YNode node, String path, Diagnostics diagnostics) {
    YSeq seq = Values.seq(node, path);
    if (seq == null) {
      return List.of();
    }
    List<PortMapping> ports = new ArrayList<>(seq.size());
    for (int i = 0; i < seq.size(); i++) {
      String itemPath = path + "[" + i + "]";
      YMap item = Values.map(seq.get(i), itemPath);
      if (item == null) {
        throw Values.invalid(seq.get(i), itemPath, "a mapping (the long syntax the loader writes)");
      }
      Keys keys = new Keys(item, Scope.PORT, itemPath, diagnostics);
      YNode targetNode = keys.take("target");
      Integer target = Values.smallInteger(targetNode, keys.path("target"));
      if (target == null || target < 0 || target > 65535) {
        throw Values.invalid(targetNode == null ? item : targetNode, keys.path("target"), "a port number (0-65535)");
      }
      String published = Values.string(keys.take("published"), keys.path("published"));
      ports.add(new PortMapping(
          target,
          published == null || published.isEmpty() ? null : published,
          Values.string(keys.take("host_ip"), keys.path("host_ip")),
          Values.string(keys.take("protocol"), keys.path("protocol")),
          Values.string(keys.take("mode"), keys.path("mode")),
          Values.string(keys.take("app_protocol"), keys.path("app_protocol")),
          Values.string(keys.take("name"), keys.path("name")),
          item.location()));
      keys.finish();
    }
    return ports;
  }

  static List<ExposedPort> expose(YNode node, String path) {
    YSeq seq = Values.seq(node, path);
    if (seq == null) {
      return List.of();
    }
    List<ExposedPort> exposed = new ArrayList<>();
    for (int i = 0; i < seq.size(); i++) {
      String itemPath = path + "[" + i + "]";
      YNode item = seq.get(i);
      String text = Values.string(item, itemPath);
      Matcher m = EXPOSE.matcher(text == null ? "" : text.trim());
      if (!m.matches()) {
        throw badExpose(item, itemPath);
      }
      int first = Integer.parseInt(m.group(1));
      int last = m.group(2) == null ? first : Integer.parseInt(m.group(2));
      if (last < first || last > 65535) {
        throw badExpose(item, itemPath);
      }
      String protocol = m.group(3) == null ? null : m.group(3).toLowerCase(java.util.Locale.ROOT);
      for (int port = first; port <= last; port++) {
        exposed.add(new ExposedPort(port, protocol, item.location()));
      }
    }
    return exposed;
  }

  private static GenException badExpose(YNode item, String path) {
    return Values.invalid(item, path, "a port or port range such as 8080, 8000-8002 or 53/udp");
  }
}
