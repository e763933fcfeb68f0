package dev.gen.model;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A project's services by name and by the services they depend on, built once: the answers of
 * {@link Project#service(String)} and {@link Project#dependents(String)} in constant time, for code that asks them
 * for every service (a linear search each time makes a large project cost the square of its size).
 */
public final class ServiceIndex {

  private final Map<String, Service> byName = new HashMap<>();
  private final Map<String, List<Service>> dependents = new HashMap<>();

  public ServiceIndex(Project project) {
    for (Service s : project.services()) {
      byName.putIfAbsent(s.name(), s);
      for (Dependency d : s.dependencies()) {
        List<Service> list = dependents.computeIfAbsent(d.service(), k -> new ArrayList<>());
        if (list.isEmpty() || list.get(list.size() - 1) != s) {
          list.add(s);
        }
      }
    }
  }

  /** The active service of that name, as {@link Project#service(String)} finds it. */
  public Optional<Service> service(String name) {
    return Optional.ofNullable(byName.get(name));
  }

  /** True when the project has an active service of that name. */
  public boolean has(String name) {
    return byName.containsKey(name);
  }

  /** The services that depend on {@code name}, in project order (sorted by name), as {@link Project#dependents}. */
  public List<Service> dependents(String name) {
    return List.copyOf(dependents.getOrDefault(name, List.of()));
  }
}
