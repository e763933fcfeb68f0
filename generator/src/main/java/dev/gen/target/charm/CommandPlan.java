package dev.gen.target.charm;

import java.util.List;

/**
 * What the workload runs. Pebble replaces the image's ENTRYPOINT, so the argv must be complete: entrypoint and
 * command together.
 *
 * @param argv the full argv, or empty when it is not known
 * @param source where the argv comes from
 * @param note a sentence for the README on how the argv was found, or empty
 */
public record CommandPlan(List<String> argv, Source source, String note) {

  /** Where the argv comes from. */
  public enum Source {
    /** The service's own entrypoint (and command): complete. */
    SERVICE,
    /** The service's command after an entrypoint gen knows for the image from its table of well-known images. */
    WELL_KNOWN_IMAGE,
    /** The service's command alone: the image's own ENTRYPOINT, if it has one, is not known. */
    COMMAND_ONLY,
    /** Nothing: neither the service nor gen knows what the image runs. */
    UNKNOWN
  }

  public CommandPlan {
    argv = List.copyOf(argv);
  }

  public boolean isKnown() {
    return !argv.isEmpty();
  }
}
