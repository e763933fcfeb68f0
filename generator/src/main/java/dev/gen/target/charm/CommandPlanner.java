package dev.gen.target.charm;

import dev.gen.diag.Diagnostics;
import dev.gen.model.Service;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Decides the workload's complete argv. Docker runs ENTRYPOINT + CMD, where compose's {@code entrypoint} replaces
 * the image's ENTRYPOINT and clears its CMD, and compose's {@code command} replaces CMD. Pebble runs exactly the
 * command it is given, so gen needs the image's ENTRYPOINT whenever compose does not set one: it takes it from
 * {@link WellKnownImages} (for built services, from the Dockerfile's base image, whose ENTRYPOINT is inherited),
 * and says so with a warning when it cannot.
 */
final class CommandPlanner {

  private final Diagnostics diagnostics;

  CommandPlanner(Diagnostics diagnostics) {
    this.diagnostics = diagnostics;
  }

  /** The argv of a service; warnings only for flavours that run the argv themselves (not {@code docker run}). */
  CommandPlan plan(Service s, CharmFlavour flavour) {
    Diagnostics sink = flavour == CharmFlavour.K8S ? diagnostics : new Diagnostics();
    return plan(s, sink);
  }

  private CommandPlan plan(Service s, Diagnostics diagnostics) {
    String path = "services." + s.name();
    String imageForTable = s.isBuilt() ? s.build().baseImage() : s.image();
    Optional<WellKnownImages.Known> known = WellKnownImages.lookup(imageForTable);
    List<String> entrypoint = s.entrypoint();
    List<String> command = s.command();
    CommandPlan plan;
    if (entrypoint != null && !entrypoint.isEmpty()) {
      plan = new CommandPlan(concat(entrypoint, command == null ? List.of() : command),
          CommandPlan.Source.SERVICE, "");
    } else if (entrypoint != null) {
      // an empty entrypoint clears the image's ENTRYPOINT and CMD: only the service's command is left
      plan = command == null || command.isEmpty()
          ? unknown(s, path, diagnostics)
          : new CommandPlan(command, CommandPlan.Source.SERVICE, "");
    } else if (known.isPresent()) {
      WellKnownImages.Known k = known.get();
      List<String> argv = concat(k.entrypoint(), command == null ? k.command() : command);
      if (argv.isEmpty()) {
        plan = unknown(s, path, diagnostics);
      } else {
        plan = new CommandPlan(argv, CommandPlan.Source.WELL_KNOWN_IMAGE,
            "The image's ENTRYPOINT" + (command == null ? " and CMD come" : " comes") + " from gen's table of"
                + " well-known images (" + k.repository() + "); check them against the image you deploy.");
      }
    } else if (command != null && !command.isEmpty()) {
      diagnostics.warn("charm.image-entrypoint", "Pebble replaces the image's ENTRYPOINT and gen does not know"
          + " the ENTRYPOINT of " + describeImage(s) + ": the charm runs the command alone; if the image has an"
          + " ENTRYPOINT, add it as the service's entrypoint", s.location(), path + ".command");
      plan = new CommandPlan(command, CommandPlan.Source.COMMAND_ONLY,
          "The image's own ENTRYPOINT, if it has one, is not known to gen: the charm runs the service's command"
              + " alone.");
    } else {
      plan = unknown(s, path, diagnostics);
    }
    for (String arg : plan.argv()) {
      if (arg.equals("[") || arg.equals("]")) {
        diagnostics.warn("charm.unmapped", "the argument '" + arg + "' has a special meaning in Pebble commands"
            + " (default arguments); check the generated command", s.location(), path + ".command");
        break;
      }
    }
    return plan;
  }

  private static CommandPlan unknown(Service s, String path, Diagnostics diagnostics) {
    diagnostics.warn("charm.unknown-command", "the command of " + describeImage(s) + " is not known: Pebble needs"
        + " the image's full ENTRYPOINT and CMD; set the service's entrypoint and command (the charm stays blocked"
        + " until src/workload.py has one)", s.location(), path);
    return new CommandPlan(List.of(), CommandPlan.Source.UNKNOWN,
        "The image's ENTRYPOINT and CMD are not known to gen: set COMMAND in src/workload.py (or the service's"
            + " entrypoint and command in the compose file, and generate again).");
  }

  private static String describeImage(Service s) {
    if (s.image() != null) {
      return "image " + s.image();
    }
    return "the image built for service " + s.name();
  }

  private static List<String> concat(List<String> a, List<String> b) {
    List<String> all = new ArrayList<>(a);
    all.addAll(b);
    return all;
  }
}
