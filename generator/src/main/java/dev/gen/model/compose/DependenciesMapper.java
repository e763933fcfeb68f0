package dev.gen.model.compose;

import dev.gen.diag.Diagnostics;
import dev.gen.diag.SourceLocation;
import dev.gen.model.Dependency;
import dev.gen.model.Dependency.Condition;
import dev.gen.model.Dependency.Via;
import dev.gen.model.EnvVar;
import dev.gen.model.ServiceReference;
import dev.gen.model.compose.ComposeKeys.Scope;
import dev.gen.yaml.YMap;
import dev.gen.yaml.YNode;
import dev.gen.yaml.YSeq;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Everything that makes one service need another → one {@link Dependency} per service depended on, with every way
 * it is expressed: {@code depends_on} (condition, required, restart), {@code links} (alias),
 * {@code network_mode: service:x}, {@code volumes_from}, and mentions in environment values.
 *
 * <p>The loader adds a {@code depends_on} entry of its own for every {@code links}, {@code network_mode},
 * {@code volumes_from} (and {@code ipc}, {@code pid}...) use of another service. Such an entry, recognisable by its
 * exact default shape, is not counted as {@link Via#DEPENDS_ON} when another way already explains it, so that
 * {@code via} says what the user wrote.
 */
final class DependenciesMapper {

  static final String UNKNOWN_SERVICE = "model.unknown-service";

  private final String consumer;
  private final Set<String> services;
  private final Diagnostics diagnostics;
  private final Map<String, Builder> byService = new TreeMap<>();

  DependenciesMapper(String consumer, Set<String> services, Diagnostics diagnostics) {
    this.consumer = consumer;
    this.services = services;
    this.diagnostics = diagnostics;
  }

  private static final class Builder {
    final Set<Via> via = EnumSet.noneOf(Via.class);
    /** The depends_on entry is in the long form, which is also the form of the loader's own entries. */
    boolean longDependsOn;
    Condition condition = Condition.SERVICE_STARTED;
    boolean required = true;
    boolean restart;
    String alias;
    SourceLocation location;
  }

  void dependsOn(YNode node, String path) {
    if (node instanceof YSeq seq) { // the short form, from a loader that did not canonicalize it
      List<String> names = Values.strings(seq, path);
      for (int i = 0; i < names.size(); i++) {
        add(names.get(i), Via.DEPENDS_ON, seq.get(i).location(), path + "[" + i + "]", true);
      }
      return;
    }
    YMap map = Values.map(node, path);
    if (map == null) {
      return;
    }
    for (Map.Entry<String, YNode> e : map.entries()) {
      String itemPath = Keys.child(path, e.getKey());
      YMap entry = Values.map(e.getValue(), itemPath);
      entry = entry == null ? new YMap(map.keyLocation(e.getKey())) : entry;
      Keys keys = new Keys(entry, Scope.DEPENDENCY, itemPath, diagnostics);
      YNode conditionNode = keys.take("condition");
      String condition = Values.string(conditionNode, keys.path("condition"));
      Boolean required = Values.bool(keys.take("required"), keys.path("required"));
      Boolean restart = Values.bool(keys.take("restart"), keys.path("restart"));
      keys.finish();
      Builder b = add(e.getKey(), Via.DEPENDS_ON, map.keyLocation(e.getKey()), itemPath,
          !Boolean.FALSE.equals(required));
      if (b == null) {
        continue;
      }
      b.longDependsOn = true;
      b.condition = condition(condition, conditionNode, keys.path("condition"));
      b.required = !Boolean.FALSE.equals(required);
      b.restart = Boolean.TRUE.equals(restart);
    }
  }

  void links(YNode node, String path) {
    YSeq seq = Values.seq(node, path);
    if (seq == null) {
      return;
    }
    List<String> links = Values.strings(seq, path);
    for (int i = 0; i < links.size(); i++) {
      String link = links.get(i);
      int colon = link.indexOf(':');
      String service = colon < 0 ? link : link.substring(0, colon);
      Builder b = add(service, Via.LINKS, seq.get(i).location(), path + "[" + i + "]", true);
      if (b != null && colon >= 0 && b.alias == null) {
        b.alias = link.substring(colon + 1);
      }
    }
  }

  void networkMode(String networkMode, YNode node, String path) {
    if (networkMode != null && networkMode.startsWith("service:")) {
      add(networkMode.substring("service:".length()), Via.NETWORK_MODE, node.location(), path, true);
    }
  }

  void volumesFrom(YNode node, String path) {
    YSeq seq = Values.seq(node, path);
    if (seq == null) {
      return;
    }
    List<String> entries = Values.strings(seq, path);
    for (int i = 0; i < entries.size(); i++) {
      String entry = entries.get(i);
      String itemPath = path + "[" + i + "]";
      if (entry.startsWith("container:")) {
        diagnostics.warn(Keys.UNMAPPED, "volumes_from " + entry + " is not carried over: it names a container"
            + " outside the project", seq.get(i).location(), itemPath);
        continue;
      }
      int colon = entry.indexOf(':');
      add(colon < 0 ? entry : entry.substring(0, colon), Via.VOLUMES_FROM, seq.get(i).location(), itemPath, true);
    }
  }

  void environment(List<EnvVar> environment) {
    for (EnvVar var : environment) {
      for (ServiceReference ref : var.references()) {
        add(ref.service(), Via.ENVIRONMENT, var.location(), "", true);
      }
    }
  }

  List<Dependency> build() {
    List<Dependency> out = new ArrayList<>();
    for (Map.Entry<String, Builder> e : byService.entrySet()) {
      Builder b = e.getValue();
      Set<Via> via = EnumSet.copyOf(b.via);
      if (via.size() > 1 && via.contains(Via.DEPENDS_ON) && isImplicit(b)) {
        via.remove(Via.DEPENDS_ON);
      }
      out.add(new Dependency(e.getKey(), List.copyOf(via), b.condition, b.required, b.restart, b.alias, b.location));
    }
    return out;
  }

  /**
   * True for the entry the loader adds by itself: {@code service_started}, required, and {@code restart: true}
   * for links and network_mode (none for volumes_from), with no other key.
   */
  private static boolean isImplicit(Builder b) {
    if (!b.longDependsOn || b.condition != Condition.SERVICE_STARTED || !b.required) {
      return false;
    }
    boolean restartingVia = b.via.contains(Via.LINKS) || b.via.contains(Via.NETWORK_MODE);
    return b.restart ? restartingVia : b.via.contains(Via.VOLUMES_FROM);
  }

  private Builder add(String service, Via via, SourceLocation location, String path, boolean required) {
    if (service.equals(consumer)) {
      return null;
    }
    if (!services.contains(service)) {
      if (via != Via.ENVIRONMENT) {
        String message = consumer + " depends on " + service + ", which is not a service of the project"
            + (required ? "" : " (an optional dependency, perhaps in an inactive profile)")
            + "; the dependency is dropped";
        if (required) {
          diagnostics.warn(UNKNOWN_SERVICE, message, location, path);
        } else {
          diagnostics.notice(UNKNOWN_SERVICE, message, location, path);
        }
      }
      return null;
    }
    Builder b = byService.computeIfAbsent(service, k -> new Builder());
    b.via.add(via);
    if (b.location == null) {
      b.location = location;
    }
    return b;
  }

  private static Condition condition(String text, YNode node, String path) {
    if (text == null) {
      return Condition.SERVICE_STARTED;
    }
    for (Condition c : Condition.values()) {
      if (c.name().toLowerCase(Locale.ROOT).equals(text)) {
        return c;
      }
    }
    throw Values.invalid(node, path,
        "one of service_started, service_healthy, service_completed_successfully");
  }
}
