package dev.gen.model.compose;

import dev.gen.model.Project;
import dev.gen.yaml.YMap;
import java.util.Map;
import java.util.Objects;

/**
 * A service model with the normalized tree it was mapped from: the tree the Compose mapper read (for compose input the
 * effective one, with each built service's Dockerfile facts merged in; for Dockerfile input the tree made of those
 * facts), every key located. {@code gen report} explains the mapping key by key from it.
 *
 * @param project the service model
 * @param normalized the tree the mapper read
 * @param serviceExtensions the {@code x-*} keys of services, by service name, which the mapper read as if they were in
 *     the services' mappings
 */
public record MappedProject(Project project, YMap normalized, Map<String, YMap> serviceExtensions) {

  public MappedProject {
    Objects.requireNonNull(project, "project");
    Objects.requireNonNull(normalized, "normalized");
    serviceExtensions = Map.copyOf(serviceExtensions);
  }
}
