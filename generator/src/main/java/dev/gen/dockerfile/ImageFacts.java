package dev.gen.dockerfile;

import java.util.List;

/**
 * The image configuration the target stage produces, as far as the Dockerfile determines it.
 *
 * @param inheritsFromBaseImage true unless the stage chain starts {@code FROM scratch}: the base image's own
 *     configuration (environment, labels, ports, volumes, user, working directory, entrypoint, command, health
 *     check, stop signal, shell, ONBUILD triggers) is unknown to gen and underlies these facts; the lists below hold
 *     only what the Dockerfile adds, and single values it does not set have {@link Origin#BASE_IMAGE}
 * @param env the environment in image order (a redefinition keeps the first position)
 * @param exposedPorts sorted by port, then protocol
 * @param unresolvedPorts EXPOSE words gen cannot evaluate (they use variables it cannot know)
 * @param volumes sorted by path
 * @param labels sorted by key
 * @param onBuild the stage's own ONBUILD triggers, in order
 */
public record ImageFacts(
    boolean inheritsFromBaseImage,
    List<EnvFact> env,
    List<PortFact> exposedPorts,
    List<UnresolvedWord> unresolvedPorts,
    List<VolumeFact> volumes,
    List<LabelFact> labels,
    Fact<String> user,
    WorkdirFact workdir,
    CommandFact entrypoint,
    CommandFact cmd,
    HealthcheckFact healthcheck,
    Fact<String> stopSignal,
    Fact<List<String>> shell,
    Fact<String> maintainer,
    List<OnbuildFact> onBuild) {

  public ImageFacts {
    env = List.copyOf(env);
    exposedPorts = List.copyOf(exposedPorts);
    unresolvedPorts = List.copyOf(unresolvedPorts);
    volumes = List.copyOf(volumes);
    labels = List.copyOf(labels);
    onBuild = List.copyOf(onBuild);
  }

  /**
   * What the container runs by default: the ENTRYPOINT's words followed by the CMD's (a shell-form ENTRYPOINT
   * leaves the CMD words as ignored positional parameters of the shell, as Docker does); null when either comes
   * from the base image.
   */
  public List<String> commandLine() {
    if (entrypoint.argv() == null || cmd.argv() == null) {
      return null;
    }
    List<String> all = new java.util.ArrayList<>(entrypoint.argv());
    all.addAll(cmd.argv());
    return List.copyOf(all);
  }

  /** The value of an environment variable the Dockerfile sets (or BuildKit sets for scratch), or null. */
  public String envValue(String name) {
    return env.stream().filter(e -> e.name().equals(name)).map(EnvFact::value).findFirst().orElse(null);
  }
}
