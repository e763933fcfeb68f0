package dev.gen.target.blueprint;

import java.util.Locale;

/** How each service becomes a Brooklyn entity. */
public enum BlueprintStyle {
  /**
   * A shell-scripted {@code VanillaSoftwareProcess} that installs a container runtime on any machine Brooklyn can
   * reach over SSH and runs the image there with {@code docker run} (or podman).
   */
  VM,
  /** Brooklyn's {@code DockerContainer} entity, provisioned by a {@code docker} location. */
  CONTAINER;

  /** The style named on the command line ({@code vm} or {@code container}), or null when unknown. */
  public static BlueprintStyle fromName(String name) {
    for (BlueprintStyle s : values()) {
      if (s.cliName().equals(name)) {
        return s;
      }
    }
    return null;
  }

  public String cliName() {
    return name().toLowerCase(Locale.ROOT);
  }
}
