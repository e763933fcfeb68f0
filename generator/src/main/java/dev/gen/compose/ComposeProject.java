package dev.gen.compose;

import dev.gen.yaml.YMap;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A loaded Compose project.
 *
 * @param name the project name
 * @param projectDirectory the absolute project directory; paths in the model are absolute
 * @param files the compose files that were merged, in order
 * @param model the normalized project: its JSON form is what {@code docker compose config --format json} prints
 *     (with real values: a {@code $} is not doubled)
 * @param serviceExtensions the {@code x-*} keys of each service of the model that has some, by service name, located
 *     where they were written (interpolated and merged like the rest of the service). Compose drops them from its
 *     model, and so does {@link #model()}; gen's service model still reads {@code x-juju} and {@code x-brooklyn}
 *     from here. Empty when interpolation is off (the model then keeps them itself).
 */
public record ComposeProject(String name, Path projectDirectory, List<Path> files, YMap model,
    Map<String, YMap> serviceExtensions) {

  public ComposeProject {
    files = List.copyOf(files);
    serviceExtensions = Collections.unmodifiableMap(new TreeMap<>(serviceExtensions));
  }

  /** A project whose services have no extensions. */
  public ComposeProject(String name, Path projectDirectory, List<Path> files, YMap model) {
    this(name, projectDirectory, files, model, Map.of());
  }

  /** The {@code x-*} keys of {@code service}; an empty map when it has none. */
  public YMap extensionsOf(String service) {
    YMap found = serviceExtensions.get(service);
    return found == null ? new YMap(model.location()) : found;
  }
}
