package dev.gen.target.charm;

import dev.gen.model.Service;
import java.util.ArrayList;
import java.util.List;

/**
 * The config options a flavour adds to every charm of its kind. Their names are taken before any option made
 * from the environment, so an environment variable never shadows them (it gets a {@code -2} suffix instead).
 */
final class FlavourOptions {

  private FlavourOptions() {}

  static List<ConfigOption> of(CharmFlavour flavour, Service service) {
    List<ConfigOption> options = new ArrayList<>();
    if (flavour == CharmFlavour.MACHINE) {
      options.add(new ConfigOption("container-runtime", OptionType.STRING, "docker",
          "The container runtime installed on the unit and used to run the workload: docker or podman.",
          ConfigOption.Source.FLAVOUR, null, false));
      if (service.isBuilt()) {
        String repo = service.build().gitRepository();
        String ref = service.build().gitRef();
        options.add(new ConfigOption("repository", OptionType.STRING, repo == null ? "" : repo,
            "The git repository the image is built from on the unit.", ConfigOption.Source.FLAVOUR, null, false));
        options.add(new ConfigOption("git-ref", OptionType.STRING, ref == null ? "" : ref,
            "The branch, tag or commit of the repository to build; empty for its default branch.",
            ConfigOption.Source.FLAVOUR, null, false));
      }
    }
    return options;
  }
}
