package dev.gen.model.compose;

import dev.gen.model.compose.ServiceReferenceFinder.HostResolver;
import dev.gen.yaml.YMap;
import dev.gen.yaml.YNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Every name under which a service can be reached by another: its service name, its {@code container_name}, its
 * {@code hostname}, its network aliases, and (for one consumer only) that consumer's {@code links} aliases. Names
 * are matched case-insensitively, as DNS does. When a name is ambiguous the more specific kind wins (a consumer's
 * own link alias, then service names, container names, host names, network aliases); a tie within one kind
 * resolves to nothing rather than to a guess.
 */
final class HostNames {

  private final Map<String, Set<String>> serviceNames = new HashMap<>();
  private final Map<String, Set<String>> containerNames = new HashMap<>();
  private final Map<String, Set<String>> hostnames = new HashMap<>();
  private final Map<String, Set<String>> networkAliases = new HashMap<>();
  private final Map<String, Map<String, Set<String>>> linkAliases = new HashMap<>();

  /** Reads the names from the normalized {@code services} mapping (read-only; the mapper reads the keys later). */
  static HostNames of(YMap services) {
    HostNames names = new HostNames();
    for (Map.Entry<String, YNode> e : services.entries()) {
      String service = e.getKey();
      String path = "services." + service;
      names.add(names.serviceNames, service, service);
      YMap svc = Values.map(e.getValue(), path);
      if (svc == null) {
        continue;
      }
      names.add(names.containerNames, Values.string(svc.get("container_name"), path + ".container_name"), service);
      names.add(names.hostnames, Values.string(svc.get("hostname"), path + ".hostname"), service);
      if (svc.get("networks") instanceof YMap networks) {
        for (Map.Entry<String, YNode> n : networks.entries()) {
          String networkPath = path + ".networks." + n.getKey();
          if (n.getValue() instanceof YMap attachment) {
            List<String> aliases = Values.strings(attachment.get("aliases"), networkPath + ".aliases");
            for (String alias : aliases == null ? List.<String>of() : aliases) {
              names.add(names.networkAliases, alias, service);
            }
          }
        }
      }
      List<String> links = Values.strings(svc.get("links"), path + ".links");
      Map<String, Set<String>> own = new HashMap<>();
      for (String link : links == null ? List.<String>of() : links) {
        int colon = link.indexOf(':');
        String target = colon < 0 ? link : link.substring(0, colon);
        String alias = colon < 0 ? link : link.substring(colon + 1);
        names.add(own, alias, target);
      }
      names.linkAliases.put(service, own);
    }
    return names;
  }

  /** Resolves names as {@code consumer} sees them; the consumer itself is never the answer. */
  HostResolver forConsumer(String consumer) {
    List<Map<String, Set<String>>> tiers = new ArrayList<>();
    tiers.add(linkAliases.getOrDefault(consumer, Map.of()));
    tiers.add(serviceNames);
    tiers.add(containerNames);
    tiers.add(hostnames);
    tiers.add(networkAliases);
    return host -> {
      String key = host.toLowerCase(Locale.ROOT);
      for (Map<String, Set<String>> tier : tiers) {
        Set<String> services = tier.get(key);
        if (services == null) {
          continue;
        }
        if (services.contains(consumer)) {
          return Optional.empty(); // the consumer's own name
        }
        return services.size() == 1 ? Optional.of(services.iterator().next()) : Optional.empty();
      }
      return Optional.empty();
    };
  }

  private void add(Map<String, Set<String>> tier, String name, String service) {
    if (name != null && !name.isEmpty()) {
      tier.computeIfAbsent(name.toLowerCase(Locale.ROOT), k -> new TreeSet<>()).add(service);
    }
  }
}
