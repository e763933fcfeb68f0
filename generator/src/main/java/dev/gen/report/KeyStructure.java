package dev.gen.report;

import dev.gen.model.compose.ComposeKeys;
import dev.gen.model.compose.ComposeKeys.Rule;
import dev.gen.model.compose.ComposeKeys.Scope;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * How the scopes of {@link ComposeKeys} nest in a normalized project: which key holds which scope, and how its
 * entries are reached (a mapping, a list of mappings, or mappings under names the user chose). The key inventory
 * walks trees with it and key paths are resolved with it, so both agree on what a key is.
 */
final class KeyStructure {

  /** How the entries of a nested scope hang under their key. */
  enum Step {
    /** The key's value is the scope's mapping: {@code build: {context: ...}}. */
    MAP,
    /** A list of the scope's mappings: {@code ports: [{target: 80}]}. */
    LIST,
    /** Mappings under names: {@code depends_on: {db: {condition: ...}}}. */
    NAMED
  }

  /** The scope a key holds, and how. */
  record Child(Scope scope, Step step) {}

  private static final Map<Scope, Map<String, Child>> CHILDREN = new EnumMap<>(Scope.class);
  private static final Map<Scope, List<String>> PARENT_ROWS = new EnumMap<>(Scope.class);

  static {
    child(Scope.PROJECT, "services", Scope.SERVICE, Step.NAMED);
    child(Scope.PROJECT, "networks", Scope.NETWORK, Step.NAMED);
    child(Scope.PROJECT, "volumes", Scope.VOLUME, Step.NAMED);
    child(Scope.PROJECT, "secrets", Scope.SECRET, Step.NAMED);
    child(Scope.PROJECT, "configs", Scope.CONFIG, Step.NAMED);
    child(Scope.SERVICE, "build", Scope.BUILD, Step.MAP);
    child(Scope.SERVICE, "deploy", Scope.DEPLOY, Step.MAP);
    child(Scope.SERVICE, "healthcheck", Scope.HEALTHCHECK, Step.MAP);
    child(Scope.SERVICE, "ports", Scope.PORT, Step.LIST);
    child(Scope.SERVICE, "volumes", Scope.MOUNT, Step.LIST);
    child(Scope.SERVICE, "depends_on", Scope.DEPENDENCY, Step.NAMED);
    child(Scope.SERVICE, "networks", Scope.SERVICE_NETWORK, Step.NAMED);
    child(Scope.SERVICE, "secrets", Scope.FILE_REFERENCE, Step.LIST);
    child(Scope.SERVICE, "configs", Scope.FILE_REFERENCE, Step.LIST);
    child(Scope.SERVICE, "devices", Scope.DEVICE, Step.LIST);
    child(Scope.SERVICE, "ulimits", Scope.ULIMIT, Step.NAMED);
    child(Scope.DEPLOY, "resources", Scope.DEPLOY_RESOURCES, Step.MAP);
    child(Scope.DEPLOY, "restart_policy", Scope.RESTART_POLICY, Step.MAP);
    child(Scope.DEPLOY, "placement", Scope.PLACEMENT, Step.MAP);
    child(Scope.DEPLOY_RESOURCES, "limits", Scope.RESOURCE_LIMITS, Step.MAP);
    child(Scope.DEPLOY_RESOURCES, "reservations", Scope.RESOURCE_RESERVATIONS, Step.MAP);
    child(Scope.PLACEMENT, "preferences", Scope.PLACEMENT_PREFERENCE, Step.LIST);
    child(Scope.MOUNT, "bind", Scope.MOUNT_BIND, Step.MAP);
    child(Scope.MOUNT, "volume", Scope.MOUNT_VOLUME, Step.MAP);
    child(Scope.MOUNT, "tmpfs", Scope.MOUNT_TMPFS, Step.MAP);
    child(Scope.MOUNT, "image", Scope.MOUNT_IMAGE, Step.MAP);
  }

  private KeyStructure() {}

  private static void child(Scope parent, String key, Scope scope, Step step) {
    CHILDREN.computeIfAbsent(parent, k -> new LinkedHashMap<>()).put(key, new Child(scope, step));
    String parentRow = ComposeKeys.rule(parent, key).map(Rule::id)
        .orElseThrow(() -> new IllegalStateException("ComposeKeys has no rule for " + parent + " " + key));
    PARENT_ROWS.computeIfAbsent(scope, k -> new ArrayList<>()).add(parentRow);
  }

  /** The scope {@code key} of {@code scope} holds, if it holds one. */
  static Optional<Child> child(Scope scope, String key) {
    return Optional.ofNullable(CHILDREN.getOrDefault(scope, Map.of()).get(key));
  }

  /**
   * The rows above a row: the key that holds its scope, that key's holder, and so on ({@code services.*.ports} is
   * above {@code services.*.ports[].host_ip}). A scope held by two keys (secrets and configs) has both above it.
   */
  static List<String> ancestors(Rule rule) {
    List<String> out = new ArrayList<>();
    collect(rule.scope(), out);
    return out;
  }

  private static void collect(Scope scope, List<String> out) {
    for (String parentRow : PARENT_ROWS.getOrDefault(scope, List.of())) {
      if (!out.contains(parentRow)) {
        out.add(parentRow);
        rule(parentRow).ifPresent(r -> collect(r.scope(), out));
      }
    }
  }

  /** The rule with this row id. */
  static Optional<Rule> rule(String rowId) {
    return Optional.ofNullable(BY_ID.get(rowId));
  }

  private static final Map<String, Rule> BY_ID = index();

  private static Map<String, Rule> index() {
    Map<String, Rule> byId = new LinkedHashMap<>();
    for (Rule r : ComposeKeys.rules()) {
      byId.put(r.id(), r);
    }
    return byId;
  }
}
