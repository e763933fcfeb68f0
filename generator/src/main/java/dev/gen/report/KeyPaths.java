package dev.gen.report;

import dev.gen.model.Project;
import dev.gen.model.compose.ComposeKeys;
import dev.gen.model.compose.ComposeKeys.Rule;
import dev.gen.model.compose.ComposeKeys.Scope;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Resolves the key path of a diagnostic ({@code services.web.ports[1].host_ip}, {@code volumes.data.driver}) to the
 * service it is about and the deepest key of {@link ComposeKeys} it names ({@code services.*.ports[].host_ip}).
 * Names the user chose may contain dots ({@code depends_on.my.db}), so they are matched against the project's own
 * names, longest first; a path that goes below a leaf key ({@code labels.com.example}, {@code restart.delay}) resolves
 * to that key.
 */
final class KeyPaths {

  /**
   * What a key path names.
   *
   * @param service the service, or null for a key outside the services
   * @param rowId the deepest key's row id, or null when the path names no key gen knows (only a service, say)
   */
  record Resolved(String service, String rowId) {}

  private final List<String> services;
  private final List<String> networks;
  private final List<String> volumes;
  private final List<String> secrets;
  private final List<String> configs;

  KeyPaths(Project project) {
    this.services = longestFirst(project.services().stream().map(s -> s.name()).toList());
    Set<String> nets = new TreeSet<>(project.networks().stream().map(n -> n.name()).toList());
    nets.add("default");
    this.networks = longestFirst(List.copyOf(nets));
    this.volumes = longestFirst(project.volumes().stream().map(v -> v.name()).toList());
    this.secrets = longestFirst(project.secrets().stream().map(s -> s.name()).toList());
    this.configs = longestFirst(project.configs().stream().map(c -> c.name()).toList());
  }

  private static List<String> longestFirst(List<String> names) {
    List<String> sorted = new ArrayList<>(names);
    sorted.sort(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()));
    return sorted;
  }

  Resolved resolve(String keyPath) {
    if (keyPath == null || keyPath.isEmpty()) {
      return new Resolved(null, null);
    }
    Cursor c = new Cursor(keyPath);
    String first = c.key();
    Optional<Rule> top = ComposeKeys.rule(Scope.PROJECT, first);
    if (top.isEmpty()) {
      return new Resolved(null, null);
    }
    Optional<KeyStructure.Child> child = KeyStructure.child(Scope.PROJECT, first);
    if (child.isEmpty() || !c.dot()) {
      return new Resolved(null, top.get().id());
    }
    List<String> names = switch (first) {
      case "services" -> services;
      case "networks" -> networks;
      case "volumes" -> volumes;
      case "secrets" -> secrets;
      default -> configs;
    };
    String name = c.name(names);
    String service = first.equals("services") ? name : null;
    if (!c.dot()) {
      return new Resolved(service, first.equals("services") ? null : top.get().id());
    }
    String row = walk(child.get().scope(), c, first.equals("services") ? null : top.get().id());
    return new Resolved(service, row);
  }

  /** The deepest rule the rest of the path names inside {@code scope}; {@code above} when it names none. */
  private String walk(Scope scope, Cursor c, String above) {
    String key = c.key();
    Optional<Rule> rule = ComposeKeys.rule(scope, key);
    if (rule.isEmpty()) {
      return above;
    }
    String row = rule.get().id();
    Optional<KeyStructure.Child> child = KeyStructure.child(scope, key);
    if (child.isEmpty()) {
      return row;
    }
    switch (child.get().step()) {
      case LIST -> {
        if (!c.index()) {
          return row;
        }
      }
      case NAMED -> {
        if (!c.dot()) {
          return row;
        }
        List<String> names = switch (key) {
          case "depends_on" -> services;
          case "networks" -> networks;
          default -> List.of();
        };
        c.name(names);
      }
      case MAP -> { }
    }
    if (!c.dot()) {
      return row;
    }
    return walk(child.get().scope(), c, row);
  }

  /** Reads a key path piece by piece. */
  private static final class Cursor {
    private final String path;
    private int at;

    Cursor(String path) {
      this.path = path;
    }

    /** The key at the cursor: up to the next {@code .} or {@code [}. */
    String key() {
      int start = at;
      while (at < path.length() && path.charAt(at) != '.' && path.charAt(at) != '[') {
        at++;
      }
      return path.substring(start, at);
    }

    /** A name at the cursor: the longest of {@code names} that ends at a separator, else up to the next dot. */
    String name(List<String> names) {
      for (String n : names) {
        int end = at + n.length();
        if (path.startsWith(n, at) && (end == path.length() || path.charAt(end) == '.' || path.charAt(end) == '[')) {
          at = end;
          return n;
        }
      }
      int start = at;
      while (at < path.length() && path.charAt(at) != '.') {
        at++;
      }
      return path.substring(start, at);
    }

    /** Steps over a {@code .}; false at the end of the path. */
    boolean dot() {
      if (at < path.length() && path.charAt(at) == '.') {
        at++;
        return at < path.length();
      }
      return false;
    }

    /** Steps over an index {@code [n]}; false when there is none. */
    boolean index() {
      if (at < path.length() && path.charAt(at) == '[') {
        int close = path.indexOf(']', at);
        if (close < 0) {
          return false;
        }
        at = close + 1;
        return true;
      }
      return false;
    }
  }
}
