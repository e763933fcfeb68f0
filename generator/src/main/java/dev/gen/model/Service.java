package dev.gen.model;

import dev.gen.diag.SourceLocation;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One service (one container image and how to run it). Build instances with {@link #builder(String)}.
 *
 * @param image the image reference, or null when only built
 * @param build how the image is built, or null when only pulled
 * @param entrypoint the entrypoint, or null for the image's own; an empty list means "none"
 * @param command the command, or null for the image's own
 * @param environment environment variables, sorted by name
 * @param ports container ports, published or not, in source order
 * @param expose ports open to other services only
 * @param mounts volumes, binds and tmpfs mounts, in source order
 * @param dependencies the services this one needs, sorted by service name
 * @param healthcheck the health check, or null
 * @param labels container labels, sorted
 * @param user the user (and group) to run as, or null
 * @param workingDir the working directory, or null
 * @param secrets the secrets mounted into the container
 * @param configs the configs mounted into the container
 * @param networks the networks joined, sorted by name
 * @param networkMode {@code host}, {@code none}, {@code service:x}..., or null
 * @param profiles the profiles that enable this service (empty: always enabled)
 */
public record Service(
    String name,
    String image,
    Build build,
    List<String> entrypoint,
    List<String> command,
    List<EnvVar> environment,
    List<PortMapping> ports,
    List<ExposedPort> expose,
    List<Mount> mounts,
    List<Dependency> dependencies,
    Healthcheck healthcheck,
    Deployment deployment,
    RestartPolicy restart,
    Map<String, String> labels,
    Branding branding,
    String user,
    String workingDir,
    List<ResourceRef> secrets,
    List<ResourceRef> configs,
    List<NetworkAttachment> networks,
    String networkMode,
    List<String> profiles,
    ContainerOptions options,
    Hints hints,
    SourceLocation location) {

  public Service {
    entrypoint = entrypoint == null ? null : List.copyOf(entrypoint);
    command = command == null ? null : List.copyOf(command);
    environment = Models.list(environment);
    ports = Models.list(ports);
    expose = Models.list(expose);
    mounts = Models.list(mounts);
    dependencies = Models.list(dependencies);
    deployment = deployment == null ? Deployment.DEFAULT : deployment;
    restart = restart == null ? RestartPolicy.NONE : restart;
    labels = Models.sortedMap(labels);
    branding = branding == null ? Branding.NONE : branding;
    secrets = Models.list(secrets);
    configs = Models.list(configs);
    networks = Models.list(networks);
    profiles = Models.list(profiles);
    options = options == null ? ContainerOptions.DEFAULT : options;
    hints = hints == null ? Hints.NONE : hints;
    location = location == null ? SourceLocation.UNKNOWN : location;
  }

  public static Builder builder(String name) {
    return new Builder(name);
  }

  public Builder toBuilder() {
    return new Builder(this);
  }

  public boolean isBuilt() {
    return build != null;
  }

  public boolean dependsOn(String serviceName) {
    return dependencies.stream().anyMatch(d -> d.service().equals(serviceName));
  }

  public Optional<EnvVar> env(String varName) {
    return environment.stream().filter(e -> e.name().equals(varName)).findFirst();
  }

  /** The ports published on the host. */
  public List<PortMapping> publishedPorts() {
    return ports.stream().filter(PortMapping::isPublished).toList();
  }

  /** A mutable builder; every list and map starts empty and every optional value null. */
  public static final class Builder {
    private String name;
    private String image;
    private Build build;
    private List<String> entrypoint;
    private List<String> command;
    private List<EnvVar> environment = new ArrayList<>();
    private List<PortMapping> ports = new ArrayList<>();
    private List<ExposedPort> expose = new ArrayList<>();
    private List<Mount> mounts = new ArrayList<>();
    private List<Dependency> dependencies = new ArrayList<>();
    private Healthcheck healthcheck;
    private Deployment deployment = Deployment.DEFAULT;
    private RestartPolicy restart = RestartPolicy.NONE;
    private Map<String, String> labels = Map.of();
    private Branding branding = Branding.NONE;
    private String user;
    private String workingDir;
    private List<ResourceRef> secrets = new ArrayList<>();
    private List<ResourceRef> configs = new ArrayList<>();
    private List<NetworkAttachment> networks = new ArrayList<>();
    private String networkMode;
    private List<String> profiles = new ArrayList<>();
    private ContainerOptions options = ContainerOptions.DEFAULT;
    private Hints hints = Hints.NONE;
    private SourceLocation location = SourceLocation.UNKNOWN;

    private Builder(String name) {
      this.name = name;
    }

    private Builder(Service s) {
      name = s.name;
      image = s.image;
      build = s.build;
      entrypoint = s.entrypoint;
      command = s.command;
      environment = new ArrayList<>(s.environment);
      ports = new ArrayList<>(s.ports);
      expose = new ArrayList<>(s.expose);
      mounts = new ArrayList<>(s.mounts);
      dependencies = new ArrayList<>(s.dependencies);
      healthcheck = s.healthcheck;
      deployment = s.deployment;
      restart = s.restart;
      labels = s.labels;
      branding = s.branding;
      user = s.user;
      workingDir = s.workingDir;
      secrets = new ArrayList<>(s.secrets);
      configs = new ArrayList<>(s.configs);
      networks = new ArrayList<>(s.networks);
      networkMode = s.networkMode;
      profiles = new ArrayList<>(s.profiles);
      options = s.options;
      hints = s.hints;
      location = s.location;
    }

    public Builder name(String v) { name = v; return this; }
    public Builder image(String v) { image = v; return this; }
    public Builder build(Build v) { build = v; return this; }
    public Builder entrypoint(List<String> v) { entrypoint = v; return this; }
    public Builder command(List<String> v) { command = v; return this; }
    public Builder environment(List<EnvVar> v) { environment = new ArrayList<>(v); return this; }
    public Builder addEnvironment(EnvVar v) { environment.add(v); return this; }
    public Builder ports(List<PortMapping> v) { ports = new ArrayList<>(v); return this; }
    public Builder addPort(PortMapping v) { ports.add(v); return this; }
    public Builder expose(List<ExposedPort> v) { expose = new ArrayList<>(v); return this; }
    public Builder addExpose(ExposedPort v) { expose.add(v); return this; }
    public Builder mounts(List<Mount> v) { mounts = new ArrayList<>(v); return this; }
    public Builder addMount(Mount v) { mounts.add(v); return this; }
    public Builder dependencies(List<Dependency> v) { dependencies = new ArrayList<>(v); return this; }
    public Builder addDependency(Dependency v) { dependencies.add(v); return this; }
    public Builder healthcheck(Healthcheck v) { healthcheck = v; return this; }
    public Builder deployment(Deployment v) { deployment = v; return this; }
    public Builder restart(RestartPolicy v) { restart = v; return this; }
    public Builder labels(Map<String, String> v) { labels = v; return this; }
    public Builder branding(Branding v) { branding = v; return this; }
    public Builder user(String v) { user = v; return this; }
    public Builder workingDir(String v) { workingDir = v; return this; }
    public Builder secrets(List<ResourceRef> v) { secrets = new ArrayList<>(v); return this; }
    public Builder configs(List<ResourceRef> v) { configs = new ArrayList<>(v); return this; }
    public Builder networks(List<NetworkAttachment> v) { networks = new ArrayList<>(v); return this; }
    public Builder networkMode(String v) { networkMode = v; return this; }
    public Builder profiles(List<String> v) { profiles = new ArrayList<>(v); return this; }
    public Builder options(ContainerOptions v) { options = v; return this; }
    public Builder hints(Hints v) { hints = v; return this; }
    public Builder location(SourceLocation v) { location = v; return this; }

    public Service build() {
      List<EnvVar> env = new ArrayList<>(environment);
      env.sort(java.util.Comparator.comparing(EnvVar::name));
      List<Dependency> deps = new ArrayList<>(dependencies);
      deps.sort(java.util.Comparator.comparing(Dependency::service));
      List<NetworkAttachment> nets = new ArrayList<>(networks);
      nets.sort(java.util.Comparator.comparing(NetworkAttachment::network));
      return new Service(
          name, image, build, entrypoint, command, env, ports, expose, mounts, deps, healthcheck, deployment,
          restart, labels, branding, user, workingDir, secrets, configs, nets, networkMode, profiles, options, hints,
          location);
    }
  }
}
