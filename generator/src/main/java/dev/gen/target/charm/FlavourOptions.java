package dev.gen.target.charm;

import dev.gen.model.Service;
import java.util.ArrayList;
import java.util.List;

/**
 * The config options a flavour adds to every charm of its kind. Their names are taken before any option made
 * from the environment, so an environment variable never shadows them (it gets a {@code -2} suffix instead).
 *
 * <p>A machine charm's hooks read these options themselves: the runtime, and the image of a pulled service or the
 * repository and ref of a built one.
 */
public final class FlavourOptions {

  /** The container runtime of a machine charm: {@code docker} or {@code podman}. */
  public static final String RUNTIME = "container-runtime";
  /** The image a machine charm pulls (its default is the compose image). */
  public static final String IMAGE = "image";
  /** The git repository a machine charm builds its image from. */
  public static final String REPOSITORY = "repository";
  /** The branch, tag or commit a machine charm builds. */
  public static final String GIT_REF = "git-ref";

  private FlavourOptions() {}

  static List<ConfigOption> of(CharmFlavour flavour, Service service) {
    List<ConfigOption> options = new ArrayList<>();
    if (flavour == CharmFlavour.MACHINE) {
      options.add(option(RUNTIME, "docker", "The container runtime that runs the workload: docker (the docker.io"
          + " package is installed when it is missing) or podman. Changing it moves the container to the other"
          + " runtime."));
      if (service.isBuilt()) {
        String repo = service.build().gitRepository();
        String ref = service.build().gitRef();
        options.add(option(REPOSITORY, repo == null ? "" : repo, "The git repository the image is built from on"
            + " the unit (any URL that git fetch accepts)."));
        options.add(option(GIT_REF, ref == null ? "" : ref, "The branch, tag or commit of the repository to"
            + " build; empty for its default branch. Run the rebuild action to build a branch's newer commits."));
      } else if (service.image() != null) {
        options.add(option(IMAGE, service.image(), "The image to run. Change it to run another version; an empty"
            + " value runs the default."));
      }
    }
    return options;
  }

  private static ConfigOption option(String name, String defaultValue, String description) {
    return new ConfigOption(name, OptionType.STRING, defaultValue, description, ConfigOption.Source.FLAVOUR, null,
        false);
  }
}
