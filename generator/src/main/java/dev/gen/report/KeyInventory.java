package dev.gen.report;

import dev.gen.diag.SourceLocation;
import dev.gen.model.compose.ComposeKeys;
import dev.gen.model.compose.ComposeKeys.Rule;
import dev.gen.model.compose.ComposeKeys.Scope;
import dev.gen.model.compose.MappedProject;
import dev.gen.yaml.YMap;
import dev.gen.yaml.YNode;
import dev.gen.yaml.YScalar;
import dev.gen.yaml.YSeq;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The keys a project uses, where: every key of the normalized tree the model was mapped from, by service (and for the
 * top level), grouped by the key of {@link ComposeKeys} it is ({@code ports[0].published} and
 * {@code ports[1].published} are one entry with two locations). Keys gen does not know and extensions are kept too,
 * under their own names, so that the report can say what happened to them.
 */
final class KeyInventory {

  /**
   * One key as the project uses it.
   *
   * @param rowId the key's row id ({@code services.*.ports[].published}), or null for a key gen does not know
   * @param name the key relative to its service, list indexes and names the user chose left out
   *     ({@code ports[].published}, {@code depends_on.*.condition}, {@code secrets[].source})
   * @param locations where it is written, in tree order, without repeats
   */
  record Entry(String rowId, String name, List<SourceLocation> locations) {}

  private final Map<String, Map<String, Entry>> byService = new LinkedHashMap<>();
  private final Map<String, Entry> project = new LinkedHashMap<>();
  private String projectName = "";

  private KeyInventory() {}

  static KeyInventory of(MappedProject mapped) {
    KeyInventory inventory = new KeyInventory();
    inventory.walkProject(mapped);
    return inventory;
  }

  /** The keys of a service, in the order they first appear. */
  List<Entry> service(String name) {
    return List.copyOf(byService.getOrDefault(name, Map.of()).values());
  }

  /** The keys outside the services (top-level resources and the project's own keys). */
  List<Entry> project() {
    return List.copyOf(project.values());
  }

  private void walkProject(MappedProject mapped) {
    YMap root = mapped.normalized();
    projectName = root.get("name") instanceof YScalar n && n.value() != null ? n.asString() : "";
    for (Map.Entry<String, YNode> e : root.entries()) {
      String key = e.getKey();
      Optional<Rule> rule = ComposeKeys.rule(Scope.PROJECT, key);
      add(project, rule.map(Rule::id).orElse(null), key, root.keyLocation(key));
      if (rule.isEmpty()) {
        continue;
      }
      if (key.equals("services") && e.getValue() instanceof YMap services) {
        for (Map.Entry<String, YNode> s : services.entries()) {
          Map<String, Entry> into = byService.computeIfAbsent(s.getKey(), k -> new LinkedHashMap<>());
          if (s.getValue() instanceof YMap service) {
            walk(Scope.SERVICE, service, "", into);
          }
          YMap extensions = mapped.serviceExtensions().get(s.getKey());
          if (extensions != null) {
            walk(Scope.SERVICE, extensions, "", into);
          }
        }
      } else {
        KeyStructure.child(Scope.PROJECT, key).ifPresent(child -> {
          if (e.getValue() instanceof YMap named) {
            for (Map.Entry<String, YNode> n : named.entries()) {
              if (n.getValue() instanceof YMap resource && !onlyDefaultName(resource, n.getKey())) {
                walk(child.scope(), resource, key + "." + n.getKey() + ".", project);
              }
            }
          }
        });
      }
    }
  }

  /**
   * Records every key of {@code map} (a mapping of {@code scope}) and goes into the scopes it holds.
   *
   * @param prefix how unknown keys are named: their path so far
   */
  private void walk(Scope scope, YMap map, String prefix, Map<String, Entry> into) {
    for (Map.Entry<String, YNode> e : map.entries()) {
      String key = e.getKey();
      Optional<Rule> rule = ComposeKeys.rule(scope, key);
      SourceLocation at = map.keyLocation(key);
      if (writtenByNormalizer(scope, key, e.getValue(), prefix)) {
        continue;
      }
      if (rule.isEmpty()) {
        add(into, null, display(prefix + key), at);
        continue;
      }
      add(into, rule.get().id(), display(prefix + key), at);
      Optional<KeyStructure.Child> child = KeyStructure.child(scope, key);
      if (child.isEmpty()) {
        continue;
      }
      Scope inner = child.get().scope();
      YNode value = e.getValue();
      switch (child.get().step()) {
        case MAP -> {
          if (value instanceof YMap m) {
            walk(inner, m, prefix + key + ".", into);
          }
        }
        case LIST -> {
          if (value instanceof YSeq seq) {
            for (int i = 0; i < seq.size(); i++) {
              if (seq.get(i) instanceof YMap m) {
                walk(inner, m, prefix + key + "[" + i + "].", into);
              }
            }
          }
        }
        case NAMED -> {
          if (value instanceof YMap named) {
            for (Map.Entry<String, YNode> n : named.entries()) {
              if (n.getValue() instanceof YMap m) {
                walk(inner, m, prefix + key + ".*.", into); // one row for all dependencies, networks...
              }
            }
          }
        }
      }
    }
  }

  /**
   * True for what the Compose loader writes into every normalized project whether the user wrote it or not, and
   * which holds nothing to carry: null values, empty mappings and lists, a service's attachment to the default
   * network alone, and the default {@code name} of a top-level resource ({@code <project>_<key>}).
   */
  private boolean writtenByNormalizer(Scope scope, String key, YNode value, String prefix) {
    if (value == null || value.isNull()
        || value instanceof YMap m && m.isEmpty() || value instanceof YSeq seq && seq.size() == 0) {
      return true;
    }
    if (scope == Scope.SERVICE && key.equals("networks") && value instanceof YMap nets && nets.size() == 1
        && nets.has("default") && nets.get("default").isNull()) {
      return true;
    }
    return key.equals("name") && isDefaultName(scope, value, prefix);
  }

  private boolean isDefaultName(Scope scope, YNode value, String prefix) {
    if (scope != Scope.NETWORK && scope != Scope.VOLUME && scope != Scope.SECRET && scope != Scope.CONFIG) {
      return false;
    }
    String resource = prefix.substring(prefix.indexOf('.') + 1, prefix.length() - 1);
    return value instanceof YScalar s && (projectName + "_" + resource).equals(s.asString());
  }

  /** A top-level resource that says nothing but its default name (the default network, say). */
  private boolean onlyDefaultName(YMap resource, String name) {
    return resource.keys().stream().allMatch(k -> k.equals("name") && resource.get(k) instanceof YScalar s
        && (projectName + "_" + name).equals(s.asString()));
  }

  /** A key path as the report names it: list indexes become {@code []}, names the user chose {@code *}. */
  private static String display(String path) {
    return path.replaceAll("\\[\\d+\\]", "[]");
  }

  private static void add(Map<String, Entry> into, String rowId, String name, SourceLocation at) {
    String key = name;
    Entry old = into.get(key);
    if (old == null) {
      into.put(key, new Entry(rowId, name, List.of(at)));
    } else if (!old.locations().contains(at)) {
      List<SourceLocation> locations = new ArrayList<>(old.locations());
      locations.add(at);
      into.put(key, new Entry(rowId, name, List.copyOf(locations)));
    }
  }
}
