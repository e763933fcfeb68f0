package dev.gen.report;

import dev.gen.diag.SourceLocation;
import dev.gen.model.compose.ComposeKeys;
import dev.gen.model.compose.ComposeKeys.Rule;
import dev.gen.model.compose.ComposeKeys.Scope;
import dev.gen.model.compose.MappedProject;
import dev.gen.yaml.YMap;
import dev.gen.yaml.YNode;
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
   * @param name the key relative to its service ({@code ports[].published}), or the key path of an unknown one
   * @param locations where it is written, in tree order, without repeats
   */
  record Entry(String rowId, String name, List<SourceLocation> locations) {}

  private final Map<String, Map<String, Entry>> byService = new LinkedHashMap<>();
  private final Map<String, Entry> project = new LinkedHashMap<>();

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
    for (Map.Entry<String, YNode> e : root.entries()) {
      String key = e.getKey();
      Optional<Rule> rule = ComposeKeys.rule(Scope.PROJECT, key);
      add(project, rule.map(Rule::id).orElse(null), rule.isPresent() ? key : key, root.keyLocation(key));
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
              if (n.getValue() instanceof YMap resource) {
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
      if (isEmpty(e.getValue())) {
        continue; // an empty mapping or list (the normalizer writes some) holds nothing to carry
      }
      if (rule.isEmpty()) {
        add(into, null, prefix + key, at);
        continue;
      }
      add(into, rule.get().id(), name(rule.get()), at);
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
                walk(inner, m, prefix + key + "." + n.getKey() + ".", into);
              }
            }
          }
        }
      }
    }
  }

  private static boolean isEmpty(YNode value) {
    return value instanceof YMap m && m.isEmpty() || value instanceof YSeq seq && seq.size() == 0;
  }

  /** A rule's key as the report names it: relative to its service, or the whole id outside services. */
  static String name(Rule rule) {
    String id = rule.id();
    return id.startsWith("services.*.") ? id.substring("services.*.".length()) : id;
  }

  private static void add(Map<String, Entry> into, String rowId, String name, SourceLocation at) {
    String key = rowId != null ? rowId : "?" + name;
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
