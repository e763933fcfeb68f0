package dev.gen.model;

import dev.gen.diag.SourceLocation;
import java.util.List;
import java.util.Optional;

/**
 * A loaded project: its services (sorted by name) and the top-level resources they use. Look-ups by name
 * ({@link #service}, {@link #volume}, {@link #secret}, {@link #config}) take constant time.
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
    services = NamedList.of(services, Service::name);
    volumes = NamedList.of(volumes, Volume::name);
    networks = Models.list(networks);
    secrets = NamedList.of(secrets, SecretDefinition::name);
    configs = NamedList.of(configs, ConfigDefinition::name);
    hints = hints == null ? Hints.NONE : hints;
    location = location == null ? SourceLocation.UNKNOWN : location;
  }

  public Optional<Service> service(String serviceName) {
    return NamedList.find(services, serviceName, Service::name);
  }

  public Optional<Volume> volume(String volumeName) {
    return NamedList.find(volumes, volumeName, Volume::name);
  }

  public Optional<SecretDefinition> secret(String secretName) {
    return NamedList.find(secrets, secretName, SecretDefinition::name);
  }

  public Optional<ConfigDefinition> config(String configName) {
    return NamedList.find(configs, configName, ConfigDefinition::name);
  }

  /** The services that depend on {@code serviceName}, sorted by name. */
  public List<Service> dependents(String serviceName) {
    return services.stream().filter(s -> s.dependsOn(serviceName)).toList();
  }
}
