package dev.gen.target.charm;

import java.time.Duration;
import java.util.List;

/**
 * The health check, as Pebble runs it.
 *
 * @param name the check's name
 * @param kind how the check probes the workload
 * @param command the argv of an {@link Kind#EXEC} check ({@code /bin/sh -c script} for compose's CMD-SHELL), empty
 *     for an HTTP check
 * @param url the URL of an {@link Kind#HTTP} check, or null
 * @param period the time between checks
 * @param timeout the time a check may take (less than the period, as Pebble requires)
 * @param threshold failures in a row before the check is down
 */
public record CheckPlan(
    String name, Kind kind, List<String> command, String url, Duration period, Duration timeout, int threshold) {

  /** Pebble's check kinds that gen writes. */
  public enum Kind {
    EXEC,
    HTTP
  }

  public CheckPlan {
    command = List.copyOf(command);
  }
}
