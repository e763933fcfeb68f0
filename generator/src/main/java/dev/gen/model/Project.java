package dev.gen.model;

import dev.gen.diag.SourceLocation;
import java.util.List;
import java.util.Optional;

/**
 * A loaded project: its services (sorted by name) and the top-level resources they use.
 *
 * @param name the project name, normalized the way Compose does it
 * @param source what the project was loaded from
 * @param services the active services, sorted by name
 */
public record Project(
    String name,
    SourceKind source,
    List<Service> services,
    List<Volume> volumes,
    List<Network> networks,
    List<SecretDefinition> secrets,
    List<ConfigDefinition> configs,
    Hints hints,
    SourceLocation location) {

  public Project {
    services = Models.list(services);
    volumes = Models.list(volumes);
    networks = Models.list(networks);
    secrets = Models.list(secrets);
    configs = Models.list(configs);
    hints = hints == null ? Hints.NONE : hints;
    location = location == null ? SourceLocation.UNKNOWN : location;
  }

  public Optional<Service> service(String serviceName) {
    return services.stream().filter(s -> s.name().equals(serviceName)).findFirst();
  }

  public Optional<Volume> volume(String volumeName) {
    return volumes.stream().filter(v -> v.name().equals(volumeName)).findFirst();
  }

  public Optional<SecretDefinition> secret(String secretName) {
    return secrets.stream().filter(s -> s.name().equals(secretName)).findFirst();
  }

  public Optional<ConfigDefinition> config(String configName) {
    return configs.stream().filter(c -> c.name().equals(configName)).findFirst();
  }

  /** The services that depend on {@code serviceName}, sorted by name. */
  public List<Service> dependents(String serviceName) {
    return services.stream().filter(s -> s.dependsOn(serviceName)).toList();
  }
}
