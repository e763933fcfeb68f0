package dev.gen.model.compose;

import dev.gen.compose.ComposeProject;
import dev.gen.diag.Diagnostics;
import dev.gen.diag.GenException;
import dev.gen.model.Hints;
import dev.gen.model.Project;
import dev.gen.model.Service;
import dev.gen.model.SourceKind;
import dev.gen.model.compose.ComposeKeys.Scope;
import dev.gen.yaml.YMap;
import dev.gen.yaml.YNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Maps a normalized Compose project (the loader's output: the tree {@code docker compose config --format json}
 * prints, with absolute paths) to the service model. Every key is either carried into the model or reported
 * ({@code model.unmapped-key} warnings, {@code model.extension-ignored} notices), following {@link ComposeKeys}.
 *
 * <p>Stateless and thread-safe; each call reports to the {@link Diagnostics} it is given.
 */
public final class ComposeModelMapper {

  /**
   * Maps a project as the Compose loader loaded it, with the {@code x-*} keys of its services (which its normalized
   * model does not hold, as Compose's does not).
   *
   * @throws GenException when the tree is not a normalized project (a value of the wrong shape)
   */
  public Project map(ComposeProject project, Diagnostics diagnostics) {
    return map(project.model(), project.serviceExtensions(), project.projectDirectory(), diagnostics);
  }

  /**
   * @param normalized the normalized project
   * @param projectDirectory the absolute project directory, against which paths are made relative
   * @param diagnostics where warnings and notices go
   * @throws GenException when the tree is not a normalized project (a value of the wrong shape)
   */
  public Project map(YMap normalized, Path projectDirectory, Diagnostics diagnostics) {
    return map(normalized, Map.of(), projectDirectory, diagnostics);
  }

  /**
   * @param normalized the normalized project
   * @param serviceExtensions the {@code x-*} keys of services, by service name, read as if they were in the
   *     service's mapping ({@link ComposeProject#serviceExtensions()})
   * @param projectDirectory the absolute project directory, against which paths are made relative
   * @param diagnostics where warnings and notices go
   * @throws GenException when the tree is not a normalized project (a value of the wrong shape)
   */
  public Project map(YMap normalized, Map<String, YMap> serviceExtensions, Path projectDirectory,
      Diagnostics diagnostics) {
    ProjectPaths paths = new ProjectPaths(projectDirectory);
    Keys top = new Keys(normalized, Scope.PROJECT, "", diagnostics);
    YNode nameNode = top.take("name");
    String name = Values.string(nameNode, "name");
    if (name == null || name.isEmpty()) {
      throw GenException.at(normalized.location(), "name", Values.INVALID,
          "the normalized project has no name; the Compose loader always sets one");
    }
    YMap services = Values.map(top.take("services"), "services");
    services = services == null ? new YMap(normalized.location()) : services;
    Set<String> serviceNames = new LinkedHashSet<>(services.keys());
    ServiceMapper serviceMapper =
        new ServiceMapper(serviceNames, HostNames.of(services), paths, diagnostics);
    List<Service> mapped = new ArrayList<>();
    for (Map.Entry<String, YNode> e : services.entries()) {
      YMap service = Values.map(e.getValue(), "services." + e.getKey());
      if (service == null) {
        service = new YMap(services.keyLocation(e.getKey()));
      }
      service = withExtensions(service, serviceExtensions.get(e.getKey()));
      mapped.add(serviceMapper.map(e.getKey(), service, services.keyLocation(e.getKey())));
    }
    mapped.sort(Comparator.comparing(Service::name));

    TopLevelMapper resources = new TopLevelMapper(name, paths, diagnostics);
    YNode juju = top.take("x-juju");
    YNode brooklyn = top.take("x-brooklyn");
    HintsSchema.checkProject(juju, brooklyn, normalized.location());
    Hints hints = HintsReader.read(juju, "x-juju", brooklyn, "x-brooklyn", diagnostics);
    Project project = new Project(
        name,
        SourceKind.COMPOSE,
        mapped,
        resources.volumes(top.take("volumes")),
        resources.networks(top.take("networks")),
        resources.secrets(top.take("secrets")),
        resources.configs(top.take("configs")),
        hints,
        normalized.location());
    top.finish();
    return project;
  }

  /** A shallow copy of {@code service} with its extensions added, so the normalized tree stays as it is. */
  private static YMap withExtensions(YMap service, YMap extensions) {
    if (extensions == null || extensions.isEmpty()) {
      return service;
    }
    YMap merged = service.withTag(service.tag());
    for (Map.Entry<String, YNode> e : extensions.entries()) {
      if (!merged.has(e.getKey())) {
        merged.put(e.getKey(), extensions.keyLocation(e.getKey()), e.getValue());
      }
    }
    return merged;
  }
}
