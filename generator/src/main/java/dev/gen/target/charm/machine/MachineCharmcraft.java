package dev.gen.target.charm.machine;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a machine charm needs in {@code charmcraft.yaml} beyond what the charm plan writes for every flavour: the
 * options the shell library reads itself, the actions it implements, and a {@code parts} section that packs a
 * hooks-only charm (no Python: charmcraft's {@code dump} plugin copies the hooks, actions and library as they are).
 * The plan merges these into the file it renders; its option names must not clash with {@link #optionNames}.
 */
public final class MachineCharmcraft {

  private MachineCharmcraft() {}

  /** A config option the library reads; {@code defaultValue} is a string (all of them are string options). */
  public record ConfigOption(String name, String type, String defaultValue, String description) {}

  /** An action the charm implements, with no parameters. */
  public record Action(String name, String description) {}

  /** The names of the options the library reads for this view, which the plan must keep free. */
  public static List<String> optionNames(MachineCharmView view) {
    return configOptions(view).stream().map(ConfigOption::name).toList();
  }

  /** The options the library reads: the runtime, and the image (pulled) or the repository and ref (built). */
  public static List<ConfigOption> configOptions(MachineCharmView view) {
    MachineCharmView.OptionNames names = view.options();
    List<ConfigOption> options = new ArrayList<>();
    options.add(new ConfigOption(names.runtime(), "string", "docker",
        "The container runtime that runs the workload: docker (installs the docker.io package) or podman."
            + " Changing it moves the container to the other runtime."));
    if (view.pull() != null) {
      options.add(new ConfigOption(names.image(), "string", view.pull().image(),
          "The image to run. Change it to run another version; an empty value runs the default."));
    } else {
      options.add(new ConfigOption(names.repository(), "string", view.build().repository(),
          "The git repository to build the image from (any URL that git fetch accepts)."));
      options.add(new ConfigOption(names.gitRef(), "string", view.build().gitRef(),
          "The branch, tag or commit to build; empty for the repository's default branch."
              + " Run the rebuild action to build a branch's newer commits."));
    }
    return options;
  }

  /** The actions the machine flavour implements, for every service (rebuild pulls a pulled image again). */
  public static List<Action> actions(MachineCharmView view) {
    String rebuild = view.pull() != null
        ? "Pull the image again and replace the container when the image changed."
        : "Fetch the git repository again, rebuild the image and replace the container when the image changed.";
    return List.of(
        new Action("restart", "Restart the workload's container."),
        new Action("rebuild", rebuild));
  }

  /**
   * The {@code parts} section: one part that dumps the charm's own files. The unified charmcraft.yaml gives Juju
   * the metadata, config and actions; Juju runs {@code hooks/<name>} and {@code actions/<name>} directly, as a
   * hooks-only charm has no {@code dispatch}.
   */
  public static Map<String, Object> parts() {
    Map<String, Object> charm = new LinkedHashMap<>();
    charm.put("plugin", "dump");
    charm.put("source", ".");
    charm.put("prime", List.of("actions", "hooks", "lib"));
    return Map.of("charm", charm);
  }
}
